using Cordon.Stix.Model;
using Cordon.Stix.Patterning;

namespace Cordon.Stix.Validation;

/// <summary>Options of <see cref="StixValidator"/>. Immutable.</summary>
public sealed record StixValidationOptions
{
    /// <summary>Defaults: default read and pattern limits, patterns checked.</summary>
    public static StixValidationOptions Default { get; } = new();

    /// <summary>Size and depth bounds for reading JSON.</summary>
    public StixReadLimits ReadLimits { get; init; } = StixReadLimits.Default;

    /// <summary>Bounds for indicator patterns.</summary>
    public PatternLimits PatternLimits { get; init; } = PatternLimits.Default;

    /// <summary>Whether indicators with <c>pattern_type</c> <c>stix</c> have their pattern parsed.</summary>
    public bool CheckPatterns { get; init; } = true;

    /// <summary>Most errors collected before validation stops (a hostile bundle could otherwise produce millions).</summary>
    public int MaxErrors { get; init; } = 1000;
}
