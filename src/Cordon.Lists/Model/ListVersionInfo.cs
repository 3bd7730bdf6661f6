namespace Cordon.Lists;

/// <summary>One stored version of a list.</summary>
/// <param name="Id">Store-wide version id, increasing with each import.</param>
/// <param name="ListId">The list.</param>
/// <param name="ListName">Human-readable list name.</param>
/// <param name="Format">File format it was read from.</param>
/// <param name="ContentHash">SHA-256 of the input files.</param>
/// <param name="PublishedAt">Publication date stated in the files, if any.</param>
/// <param name="ImportedAt">When it was imported.</param>
/// <param name="EntityCount">Number of entries.</param>
/// <param name="Sources">Files it was read from.</param>
/// <param name="IsCurrent">True for the version in force.</param>
public sealed record ListVersionInfo(
    long Id,
    string ListId,
    string ListName,
    string Format,
    string ContentHash,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ImportedAt,
    int EntityCount,
    IReadOnlyList<string> Sources,
    bool IsCurrent);
