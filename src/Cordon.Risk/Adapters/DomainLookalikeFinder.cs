using Cordon.Intelligence;
using Cordon.Risk.Lookups;

namespace Cordon.Risk.Adapters;

/// <summary>Serves <see cref="ILookalikeFinder"/> from <see cref="DomainLookalike"/> (homoglyphs, typos, added words, TLD swaps).</summary>
public sealed class DomainLookalikeFinder : ILookalikeFinder
{
    /// <summary>The one instance.</summary>
    public static DomainLookalikeFinder Instance { get; } = new();

    /// <inheritdoc/>
    public LookalikeFacts? Find(string domain, IReadOnlyList<string> protectedDomains) =>
        DomainLookalike.Find(domain, protectedDomains) is { } m ? new LookalikeFacts(m.Domain, m.Imitates, m.Technique, m.Similarity) : null;
}
