namespace Cordon.Hub;

/// <summary>What one poll of a subscription brought.</summary>
/// <param name="Pages">Pages read.</param>
/// <param name="Received">Objects received.</param>
/// <param name="Added">Object versions newly stored.</param>
/// <param name="Refused">Objects refused as invalid STIX (each listed in <paramref name="Problems"/>).</param>
/// <param name="Problems">Why each refused object was refused.</param>
/// <param name="AddedAfter">Where the next poll starts.</param>
public sealed record TaxiiPollResult(int Pages, int Received, int Added, int Refused, IReadOnlyList<string> Problems, DateTimeOffset? AddedAfter);
