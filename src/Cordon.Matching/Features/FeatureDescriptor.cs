namespace Cordon.Matching.Features;

/// <summary>One row of the algorithm's features table: the documentation of what can move a score.</summary>
/// <param name="Name">Feature name, as it appears in explanations.</param>
/// <param name="MinPoints">Lowest contribution (negative for evidence that can disagree).</param>
/// <param name="MaxPoints">Highest contribution.</param>
/// <param name="Description">What the feature compares and why it weighs what it does.</param>
public sealed record FeatureDescriptor(string Name, double MinPoints, double MaxPoints, string Description);
