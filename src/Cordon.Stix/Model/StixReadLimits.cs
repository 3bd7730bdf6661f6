namespace Cordon.Stix.Model;

/// <summary>
/// Bounds applied while reading STIX JSON, so a hostile or broken input fails fast with a clear error instead of
/// exhausting memory or the stack. Immutable; use <c>with</c> to derive other limits.
/// </summary>
public sealed record StixReadLimits
{
    /// <summary>Default limits: 64 MiB, nesting depth 64, 1,000,000 objects per bundle.</summary>
    public static StixReadLimits Default { get; } = new();

    /// <summary>Largest accepted input in bytes (UTF-8).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest accepted JSON nesting (objects and arrays).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most objects accepted in one bundle.</summary>
    public int MaxObjects { get; init; } = 1_000_000;
}
