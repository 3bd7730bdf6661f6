namespace Cordon.Matching.Features;

/// <summary>What a feature returns: points and, when explaining, the reason (null when the feature had nothing to compare).</summary>
internal readonly record struct FeatureOutcome(double Points, string? Reason, bool Applied)
{
    public static FeatureOutcome NotApplicable { get; } = new(0, null, false);
}
