namespace Cordon.Networks;

/// <summary>An address or IP used by several distinct identities (laptop-farm view).</summary>
/// <param name="Kind"><c>equipment_address</c> or <c>residential_ip</c>.</param>
/// <param name="Value">The normalised address or the IP.</param>
/// <param name="Records">The record ids using it, sorted.</param>
public sealed record SharedResource(string Kind, string Value, IReadOnlyList<string> Records);
