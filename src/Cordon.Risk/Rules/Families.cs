namespace Cordon.Risk.Rules;

/// <summary>Names of the rule families.</summary>
internal static class Families
{
    public const string Identity = "identity";
    public const string Location = "location";
    public const string Access = "access";
    public const string Employment = "employment";
    public const string Hiring = "hiring";
    public const string Money = "money";
    public const string Network = "network";
}
