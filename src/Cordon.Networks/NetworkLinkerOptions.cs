namespace Cordon.Networks;

/// <summary>Settings of the linker.</summary>
public sealed record NetworkLinkerOptions
{
    /// <summary>The default options.</summary>
    public static NetworkLinkerOptions Default { get; } = new();

    /// <summary>
    /// Frequency discount: a value held by more than this many distinct records is treated as common (a corporate NAT,
    /// a shared office, a webmail pattern) and links nothing. Default 30.
    /// </summary>
    public int DocumentFrequencyLimit { get; init; } = 30;

    /// <summary>Largest Hamming distance at which two 64-bit perceptual hashes count as the same image. Default 4.</summary>
    public int MaxImageHammingDistance { get; init; } = 4;

    /// <summary>Smallest exact Jaccard similarity of résumé shingles that counts as a near-duplicate. Default 0.6.</summary>
    public double ResumeSimilarity { get; init; } = 0.6;

    /// <summary>Width in days of the time windows in which the same IP links records (sessions fall in fixed windows since 1970-01-01 UTC). Default 7.</summary>
    public int IpWindowDays { get; init; } = 7;
}
