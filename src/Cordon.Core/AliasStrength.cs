namespace Cordon.Core;

/// <summary>
/// How much an alias should count in matching. Lists mark "weak" or "low quality" a.k.a.s
/// (nicknames, transliterations too broad to identify someone) that on their own do not justify a hit.
/// </summary>
public enum AliasStrength
{
    /// <summary>A name by which the party is reliably identified.</summary>
    Strong,

    /// <summary>A broad or low-quality alias: evidence, never a match on its own.</summary>
    Weak,
}
