namespace Cordon.Risk.Rules;

/// <summary>Every rule of the engine, in documentation order.</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        .. IdentityRules.All,
        .. LocationRules.All,
        .. AccessRules.All,
        .. EmploymentRules.All,
        .. HiringRules.All,
        .. MoneyRules.All,
    ];

    public static RuleDefinition Define(
        string code,
        string title,
        string family,
        string source,
        string inputs,
        double points,
        string description,
        string advice,
        Func<RuleInput, RuleHit?> evaluate,
        bool supportingOnly = false) =>
        new(new RiskRuleInfo(code, title, family, source, inputs, points, supportingOnly, description), advice, evaluate);

    public static Evidence At(string path, string value, string? note = null) => new(path, value, note);
}
