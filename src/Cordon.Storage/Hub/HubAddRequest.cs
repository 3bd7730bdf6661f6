namespace Cordon.Storage;

/// <summary>One envelope's worth of objects for one collection, stored in one transaction together with its status.</summary>
/// <param name="CollectionId">The collection.</param>
/// <param name="OwnerOrganisation">The organisation adding them: owner of every stored version.</param>
/// <param name="Objects">The valid objects, in envelope order.</param>
/// <param name="Status">The status to record; its successes are filled in by the store, its failures (objects refused
/// before storage) are kept. Null stores no status (imports).</param>
/// <param name="Now">The clock's time: the earliest <c>date_added</c> given to new objects.</param>
public sealed record HubAddRequest(
    string CollectionId,
    string OwnerOrganisation,
    IReadOnlyList<HubObjectToAdd> Objects,
    HubStatus? Status,
    DateTimeOffset Now)
{
    /// <summary>
    /// When true (imports), an object refused because another organisation owns its id in the collection refuses the whole
    /// request (<see cref="ArgumentException"/>, nothing stored); otherwise it is listed in the status's failures and the rest is stored.
    /// </summary>
    public bool AllOrNothing { get; init; }
}
