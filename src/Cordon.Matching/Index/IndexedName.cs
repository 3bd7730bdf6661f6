using Cordon.Matching.Normalisation;

namespace Cordon.Matching.Index;

/// <summary>One name of one entry, normalised once at index build, with its token weights.</summary>
internal sealed class IndexedName(int entity, NormalisedName name, float[] weights, NameSource source)
{
    /// <summary>Position of the entry in the index.</summary>
    public int Entity { get; } = entity;

    /// <summary>The prepared name.</summary>
    public NormalisedName Name { get; } = name;

    /// <summary>Weight of each token (class × list frequency).</summary>
    public float[] Weights { get; } = weights;

    /// <summary>Primary, alias, weak alias or derived acronym.</summary>
    public NameSource Source { get; } = source;

    /// <summary>Label for explanations.</summary>
    public string SourceLabel => Source switch
    {
        NameSource.Primary => "primary",
        NameSource.Alias => "alias",
        NameSource.WeakAlias => "weak alias",
        _ => "derived acronym",
    };
}
