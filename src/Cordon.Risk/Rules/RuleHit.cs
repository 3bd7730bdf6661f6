namespace Cordon.Risk.Rules;

/// <summary>What a rule found: the share of its points it earns, the values that fired it and why.</summary>
/// <param name="Factor">Share of the rule's points, 0–1 (weak forms of a red flag earn less).</param>
/// <param name="Evidence">The input values that fired it.</param>
/// <param name="Explanation">Plain-language explanation.</param>
internal sealed record RuleHit(double Factor, IReadOnlyList<Evidence> Evidence, string Explanation);
