namespace Cordon.Risk.Rules;

/// <summary>A rule: its description, the advice that goes with it and the feature function that evaluates it.</summary>
/// <param name="Info">Code, title, family, source, inputs, default points.</param>
/// <param name="Advice">Recommended next step from the advisories.</param>
/// <param name="Evaluate">The feature function: null when the rule does not fire.</param>
internal sealed record RuleDefinition(RiskRuleInfo Info, string Advice, Func<RuleInput, RuleHit?> Evaluate);
