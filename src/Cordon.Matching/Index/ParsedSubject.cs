using Cordon.Core;
using Cordon.Matching.Normalisation;

namespace Cordon.Matching.Index;

/// <summary>A screening subject prepared for one query: normalised name, token weights, country and gender.</summary>
internal sealed class ParsedSubject(ScreeningSubject subject, NormalisedName name, float[] weights, string? country, string? gender)
{
    public ScreeningSubject Subject { get; } = subject;

    public NormalisedName Name { get; } = name;

    public float[] Weights { get; } = weights;

    /// <summary>ISO alpha-2 of the stated nationality (or its upper-cased text when not recognised).</summary>
    public string? Country { get; } = country;

    public string? Gender { get; } = gender;
}
