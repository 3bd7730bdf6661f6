namespace Cordon.Networks;

/// <summary>One record holding one value.</summary>
/// <param name="Record">The record index.</param>
/// <param name="Kind">The kind under which the record holds the value.</param>
/// <param name="Strength">The strength of the value for this record.</param>
internal readonly record struct Posting(int Record, string Kind, LinkStrength Strength);
