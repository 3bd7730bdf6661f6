namespace Cordon.Storage;

/// <summary>One STIX object to store in a collection, with the facts the hub extracted from it.</summary>
/// <param name="ObjectId">The STIX id (<c>type--uuid</c>).</param>
/// <param name="Type">The STIX type.</param>
/// <param name="SpecVersion">The STIX specification version ("2.1"; "2.0" when the object has none).</param>
/// <param name="Version">Its <c>modified</c> (else <c>created</c>) timestamp; null for objects without one (most SCOs),
/// whose version is then their <c>date_added</c> and which are stored once per collection.</param>
/// <param name="VersionText">The version as written in the object (kept so that clients get back exactly their text).</param>
/// <param name="Tlp">Effective TLP level (<see cref="HubTlp"/>).</param>
/// <param name="Revoked">The object's <c>revoked</c> property.</param>
/// <param name="ValidUntil">The object's <c>valid_until</c>, if any.</param>
/// <param name="ReferenceId">For sightings, the <c>sighting_of_ref</c>; else null.</param>
/// <param name="Json">The object as received.</param>
/// <param name="DateAdded">A <c>date_added</c> to keep (imports); null lets the store assign the next one.</param>
/// <param name="Provenance">Where it came from (federation source), or null when added here.</param>
public sealed record HubObjectToAdd(
    string ObjectId,
    string Type,
    string SpecVersion,
    DateTimeOffset? Version,
    string? VersionText,
    string Tlp,
    bool Revoked,
    DateTimeOffset? ValidUntil,
    string? ReferenceId,
    string Json,
    DateTimeOffset? DateAdded = null,
    string? Provenance = null)
{
    /// <summary>
    /// For a TLP:RED version, the organisations besides the owner named as its recipients (Cordon's
    /// <c>x_cordon_recipients</c>); they, and nobody else, may read it too.
    /// </summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
}
