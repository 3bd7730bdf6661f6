namespace Cordon.Storage;

/// <summary>
/// A read of one collection on behalf of one organisation. Only versions that organisation may read are considered,
/// for the page, the version filters and <see cref="HubObjectPage.More"/> alike.
/// </summary>
/// <param name="CollectionId">The collection (the caller's right to read it is checked before).</param>
/// <param name="ReaderOrganisation">The reading organisation.</param>
/// <param name="Limit">Largest number of versions to return (at least 1).</param>
/// <param name="After">Start strictly after this position (a decoded paging cursor), or null.</param>
/// <param name="AddedAfter">Only versions added strictly after this time, or null.</param>
/// <param name="Ids">Only these STIX ids, or null for any.</param>
/// <param name="Types">Only these STIX types, or null for any.</param>
/// <param name="Versions">Which versions.</param>
/// <param name="SpecVersions">Only these specification versions; null: only the latest specification version of each object
/// among those the reader may read (TAXII 2.1 section 3.4.1). Either way <paramref name="Versions"/> is judged among the
/// versions of the selected specification versions.</param>
/// <param name="WithJson">Whether to read the objects themselves (false for manifests and version lists).</param>
public sealed record HubObjectQuery(
    string CollectionId,
    string ReaderOrganisation,
    int Limit,
    HubPosition? After = null,
    DateTimeOffset? AddedAfter = null,
    IReadOnlyList<string>? Ids = null,
    IReadOnlyList<string>? Types = null,
    HubVersionFilter? Versions = null,
    IReadOnlyList<string>? SpecVersions = null,
    bool WithJson = true)
{
    /// <summary>With <see cref="SpecVersions"/> null, consider every specification version (deletes, existence checks).</summary>
    public bool EverySpecVersion { get; init; }
}
