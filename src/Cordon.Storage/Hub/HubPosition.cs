namespace Cordon.Storage;

/// <summary>A position in a collection's (date_added, sequence) order: a page starts strictly after it.</summary>
/// <param name="DateAdded">The last returned object's <c>date_added</c>.</param>
/// <param name="Sequence">The last returned object's sequence.</param>
public sealed record HubPosition(DateTimeOffset DateAdded, long Sequence);
