namespace Cordon.Risk;

/// <summary>One red flag found in a record.</summary>
/// <param name="Code">Stable rule code, e.g. <c>LOC-VPN</c>.</param>
/// <param name="Title">Short title of the rule.</param>
/// <param name="Family">identity, location, access, employment, hiring or money.</param>
/// <param name="Points">Points before the family's diminishing returns.</param>
/// <param name="Evidence">The input values that fired it.</param>
/// <param name="Source">The advisory or research the rule comes from (A22, P23, P24, P25, MS, MAN, S1, SEAL).</param>
/// <param name="Explanation">What was found, in plain language.</param>
public sealed record Signal(string Code, string Title, string Family, double Points, IReadOnlyList<Evidence> Evidence, string Source, string Explanation);
