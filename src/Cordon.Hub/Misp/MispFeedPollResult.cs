namespace Cordon.Hub.Misp;

/// <summary>What one poll of a MISP feed brought.</summary>
/// <param name="Listed">Events in the manifest.</param>
/// <param name="Fetched">Events fetched because they are new or their timestamp changed.</param>
/// <param name="Stored">Events stored (each in its own transaction).</param>
/// <param name="Added">Object versions newly stored.</param>
/// <param name="Revoked">Objects revoked because an event no longer holds them.</param>
/// <param name="Problems">Why each event that was not stored was refused (it is fetched again next time).</param>
public sealed record MispFeedPollResult(int Listed, int Fetched, int Stored, int Added, int Revoked, IReadOnlyList<string> Problems);
