namespace Cordon.Risk.Records;

/// <summary>A messenger account (<c>$.contacts.messengers[]</c>).</summary>
/// <param name="Service">The service, e.g. telegram.</param>
/// <param name="Handle">The handle at that service.</param>
public sealed record Messenger(string Service, string Handle);
