namespace Cordon.Networks;

/// <summary>One shared value between two records of a group.</summary>
/// <param name="Kind">The kind of value (a name from <see cref="LinkKinds"/>).</param>
/// <param name="Value">The normalised shared value (for similarity links, a description such as the Hamming distance).</param>
/// <param name="Strength">The strength of the link.</param>
/// <param name="RecordA">One record id.</param>
/// <param name="RecordB">The other record id.</param>
public sealed record NetworkLink(string Kind, string Value, LinkStrength Strength, string RecordA, string RecordB);
