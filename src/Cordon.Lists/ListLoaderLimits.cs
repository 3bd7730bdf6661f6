namespace Cordon.Lists;

/// <summary>
/// Caps that protect an import from hostile or broken archives (zip bombs, archives of archives).
/// The defaults are far above any real sanctions list (the largest, the EU list, is under 30 MB).
/// </summary>
public sealed record ListLoaderLimits
{
    /// <summary>Most bytes one load may hold in memory after decompression and extraction, all files together. Default 1 GiB.</summary>
    public long MaxTotalBytes { get; init; } = 1L << 30;

    /// <summary>Most files one load may extract from archives. Default 10,000.</summary>
    public int MaxArchiveEntries { get; init; } = 10_000;

    /// <summary>How deep archives may nest (a gzip inside a zip is depth 2). Default 3.</summary>
    public int MaxNestingDepth { get; init; } = 3;
}
