namespace Cordon.Web.Endpoints;

/// <summary>The result of screening one subject.</summary>
/// <param name="Algorithm">Matching algorithm and version.</param>
/// <param name="Threshold">Threshold applied.</param>
/// <param name="ListVersions">Ids of the list versions screened against.</param>
/// <param name="Matches">Matches, best first.</param>
public sealed record ScreenResponse(string Algorithm, double Threshold, IReadOnlyList<long> ListVersions, IReadOnlyList<MatchResult> Matches)
{
    /// <summary>
    /// Near misses under the threshold: every entry whose name alone scores at least 0.95 (whatever pulled its score
    /// down, such as a conflicting date of birth), and scores within 0.10 of the threshold.
    /// </summary>
    public IReadOnlyList<MatchResult> BelowThreshold { get; init; } = [];

    /// <summary>The list versions searched, with their publication and import dates: an entry listed later is not on them.</summary>
    public IReadOnlyList<Cordon.Lists.ListVersionInfo> Lists { get; init; } = [];
}
