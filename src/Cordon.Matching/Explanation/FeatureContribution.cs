using System.Globalization;

namespace Cordon.Matching.Explanation;

/// <summary>What one scoring feature contributed to a match.</summary>
/// <param name="Feature">The feature's name (see <see cref="Matcher.Features"/>).</param>
/// <param name="Points">Points added to the score (negative when the evidence disagrees).</param>
/// <param name="Reason">Why, in words an analyst reads ("date of birth 1984-01-08 agrees").</param>
public sealed record FeatureContribution(string Feature, double Points, string Reason)
{
    /// <summary>One-line description.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Feature} {Points:+0.00;-0.00;0.00}: {Reason}");
}
