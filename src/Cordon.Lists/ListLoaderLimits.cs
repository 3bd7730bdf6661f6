namespace Cordon.Lists;

/// <summary>
/// Caps that protect an import from hostile or broken archives (zip bombs, archives of archives).
/// The defaults are far above any real sanctions list (the largest, the EU list, is under 30 MB; OFAC's largest XML about
/// 100 MB). The server reads them from the configuration section <c>Cordon:Lists</c> (e.g. <c>Cordon__Lists__MaxEntryBytes</c>).
/// </summary>
public sealed record ListLoaderLimits
{
    /// <summary>Most bytes one load may hold in memory after decompression and extraction, all files together. Default 512 MiB.</summary>
    public long MaxTotalBytes { get; init; } = 512L << 20;

    /// <summary>
    /// Most bytes one file may expand to out of a gzip stream or a zip entry. Default 256 MiB. Counted as the bytes come
    /// out, whatever the archive declares, so a zip bomb is refused before it expands past this.
    /// </summary>
    public long MaxEntryBytes { get; init; } = 256L << 20;

    /// <summary>Most files one load may extract from archives. Default 10,000.</summary>
    public int MaxArchiveEntries { get; init; } = 10_000;

    /// <summary>How deep archives may nest (a gzip inside a zip is depth 2). Default 3.</summary>
    public int MaxNestingDepth { get; init; } = 3;

    /// <summary>
    /// Largest share of a list's records that may be unreadable (skipped and reported) before the whole version is refused
    /// and the version in force kept. Default 0.01 (1 %). 0 refuses a version with any unreadable record.
    /// </summary>
    public double MaxBadRecordShare { get; init; } = 0.01;
}
