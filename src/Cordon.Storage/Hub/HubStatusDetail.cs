namespace Cordon.Storage;

/// <summary>One object's outcome inside a TAXII status resource.</summary>
/// <param name="Id">The object's id as given (may be empty when the object had none).</param>
/// <param name="Version">The object's version, if known.</param>
/// <param name="Message">Why it failed, or a note; null when there is nothing to say.</param>
public sealed record HubStatusDetail(string Id, string? Version, string? Message);
