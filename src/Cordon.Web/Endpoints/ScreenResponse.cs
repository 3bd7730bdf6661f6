namespace Cordon.Web.Endpoints;

/// <summary>The result of screening one subject.</summary>
/// <param name="Algorithm">Matching algorithm and version.</param>
/// <param name="Threshold">Threshold applied.</param>
/// <param name="ListVersions">Ids of the list versions screened against.</param>
/// <param name="Matches">Matches, best first.</param>
public sealed record ScreenResponse(string Algorithm, double Threshold, IReadOnlyList<long> ListVersions, IReadOnlyList<MatchResult> Matches);
