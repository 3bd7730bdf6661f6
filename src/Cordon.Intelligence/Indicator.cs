namespace Cordon.Intelligence;

/// <summary>One shared indicator from an indicator CSV.</summary>
/// <param name="Type">Kind of indicator.</param>
/// <param name="Value">Normalised value (lower-case domain without <c>www.</c>, canonical IP or CIDR, E.164 phone, e-mail or e-mail pattern).</param>
/// <param name="Context">Why it is listed, as the source says.</param>
/// <param name="Source">Where it comes from (report URL).</param>
public sealed record Indicator(IndicatorType Type, string Value, string Context, string Source);
