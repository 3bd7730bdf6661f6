namespace Cordon.Storage;

/// <summary>One stored version of a STIX object.</summary>
/// <param name="Sequence">Store-wide insertion number (breaks ties between equal <paramref name="DateAdded"/> values).</param>
/// <param name="CollectionId">The collection.</param>
/// <param name="ObjectId">The STIX id.</param>
/// <param name="Type">The STIX type.</param>
/// <param name="SpecVersion">The STIX specification version.</param>
/// <param name="Version">The version timestamp (microseconds, UTC).</param>
/// <param name="VersionText">The version as written in the object (or the date added for unversioned objects).</param>
/// <param name="DateAdded">When the collection received it (microseconds, UTC).</param>
/// <param name="OwnerOrganisation">The organisation that added it.</param>
/// <param name="Tlp">Effective TLP level.</param>
/// <param name="Revoked">Its <c>revoked</c> property.</param>
/// <param name="ValidUntil">Its <c>valid_until</c>.</param>
/// <param name="Provenance">Federation source, or null.</param>
/// <param name="Json">The object as received; null when the query asked for metadata only.</param>
public sealed record HubStoredObject(
    long Sequence,
    string CollectionId,
    string ObjectId,
    string Type,
    string SpecVersion,
    DateTimeOffset Version,
    string VersionText,
    DateTimeOffset DateAdded,
    string OwnerOrganisation,
    string Tlp,
    bool Revoked,
    DateTimeOffset? ValidUntil,
    string? Provenance,
    string? Json);
