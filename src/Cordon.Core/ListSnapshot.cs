namespace Cordon.Core;

/// <summary>
/// The whole content of one list as read from one set of files: what an import stores as a new version.
/// </summary>
/// <param name="ListId">Which list (see <see cref="ListIds"/>).</param>
/// <param name="ListName">Human-readable name ("OFAC SDN").</param>
/// <param name="Format">The file format read ("ofac-csv", "ofac-enhanced-xml", "un-xml"…).</param>
/// <param name="ContentHash">SHA-256 (hex) over the input files, so that re-importing identical files is recognised.</param>
/// <param name="PublishedAt">Publication date stated in the files, when they state one.</param>
/// <param name="Sources">The files read, as given.</param>
/// <param name="Entities">The entries, in source order, with unique <see cref="ListedEntity.SourceId"/>s.</param>
public sealed record ListSnapshot(
    string ListId,
    string ListName,
    string Format,
    string ContentHash,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ListedEntity> Entities)
{
    /// <summary>
    /// Records of the files that could not be read and were left out, each with its place and reason. A reader skips an
    /// odd record rather than refusing the whole list; the loader refuses the version when too many are skipped.
    /// </summary>
    public IReadOnlyList<SkippedRecord> SkippedRecords { get; init; } = [];

    /// <summary>
    /// Files of the list's set that were not given, each named with what the version lacks without it (OFAC's
    /// <c>alt.csv (aliases)</c>): a version read from part of a set silently drops those fields from every entry, so an
    /// import refuses it unless the operator accepts it explicitly.
    /// </summary>
    public IReadOnlyList<string> MissingParts { get; init; } = [];
}
