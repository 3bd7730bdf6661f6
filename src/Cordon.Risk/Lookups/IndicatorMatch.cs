namespace Cordon.Risk.Lookups;

/// <summary>One indicator that matched.</summary>
/// <param name="Value">The indicator as listed.</param>
/// <param name="Context">What the source says about it.</param>
/// <param name="Source">Where it was published.</param>
public sealed record IndicatorMatch(string Value, string Context, string Source);
