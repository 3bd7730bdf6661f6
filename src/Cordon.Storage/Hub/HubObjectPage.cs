namespace Cordon.Storage;

/// <summary>One page of a collection read.</summary>
/// <param name="Objects">The versions, in (date_added, sequence) order.</param>
/// <param name="More">Whether more versions match after the last one.</param>
public sealed record HubObjectPage(IReadOnlyList<HubStoredObject> Objects, bool More);
