using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>The outcome of checking one STIX object: what to store, or why it is refused.</summary>
/// <param name="Valid">The object to store, when valid.</param>
/// <param name="Id">Its id as given (empty when it has none), for the status resource.</param>
/// <param name="Version">Its version as given, if any.</param>
/// <param name="Error">Why it is refused (field and reason), when invalid.</param>
public sealed record StixObjectCheck(HubObjectToAdd? Valid, string Id, string? Version, string? Error);
