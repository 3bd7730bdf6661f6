namespace Cordon.Risk;

/// <summary>Description of one rule: the table of rules is the documentation.</summary>
/// <param name="Code">Stable code, e.g. <c>LOC-VPN</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="Family">identity, location, access, employment, hiring or money.</param>
/// <param name="Source">Sources per RED_FLAGS.md (A22, P23, P24, P25, MS, MAN, S1, SEAL, public lists).</param>
/// <param name="Inputs">Record fields the rule reads, and whether it looks across the batch.</param>
/// <param name="DefaultPoints">Points it adds by default (the configuration may change them).</param>
/// <param name="SupportingOnly">True when the rule never raises the level on its own.</param>
/// <param name="Description">What the rule checks and why.</param>
public sealed record RiskRuleInfo(string Code, string Title, string Family, string Source, string Inputs, double DefaultPoints, bool SupportingOnly, string Description);
