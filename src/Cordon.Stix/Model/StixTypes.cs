using System.Collections.Frozen;

namespace Cordon.Stix.Model;

/// <summary>
/// The catalogue of STIX 2.1 object types this library knows: their category, specific properties and which types
/// their reference properties may point to. Cordon's own extension observables are included.
/// </summary>
public static class StixTypes
{
    /// <summary>Properties common to every SDO and SRO (STIX 2.1 section 3.2).</summary>
    public static readonly FrozenSet<string> CommonDomainProperties = FrozenSet.ToFrozenSet(
    [
        "type", "spec_version", "id", "created_by_ref", "created", "modified", "revoked", "labels", "confidence", "lang",
        "external_references", "object_marking_refs", "granular_markings", "extensions",
    ]);

    /// <summary>Properties common to every SCO (STIX 2.1 section 6.1).</summary>
    public static readonly FrozenSet<string> CommonObservableProperties = FrozenSet.ToFrozenSet(
        ["type", "spec_version", "id", "object_marking_refs", "granular_markings", "defanged", "extensions"]);

    private static readonly string[] DomainObjectTypes =
    [
        "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator", "infrastructure",
        "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data", "opinion", "report",
        "threat-actor", "tool", "vulnerability",
    ];

    private static readonly string[] ObservableTypes =
    [
        "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file", "ipv4-addr",
        "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url", "user-account",
        "windows-registry-key", "x509-certificate",
        CordonObservableTypes.CryptocurrencyWallet, CordonObservableTypes.BankAccount, CordonObservableTypes.PhoneNumber,
        CordonObservableTypes.KeyedIdentifier,
    ];

    private static readonly FrozenDictionary<string, StixObjectCategory> Categories = BuildCategories();

    /// <summary>Specific (non-common) properties of the types this library models in detail.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> SpecificProperties = new Dictionary<string, string[]>
    {
        ["indicator"] = ["name", "description", "indicator_types", "pattern", "pattern_type", "pattern_version", "valid_from", "valid_until", "kill_chain_phases"],
        ["identity"] = ["name", "description", "roles", "identity_class", "sectors", "contact_information"],
        ["threat-actor"] = ["name", "description", "threat_actor_types", "aliases", "first_seen", "last_seen", "roles", "goals", "sophistication", "resource_level", "primary_motivation", "secondary_motivations", "personal_motivations"],
        ["intrusion-set"] = ["name", "description", "aliases", "first_seen", "last_seen", "goals", "resource_level", "primary_motivation", "secondary_motivations"],
        ["campaign"] = ["name", "description", "aliases", "first_seen", "last_seen", "objective"],
        ["sighting"] = ["description", "first_seen", "last_seen", "count", "sighting_of_ref", "observed_data_refs", "where_sighted_refs", "summary"],
        ["relationship"] = ["relationship_type", "description", "source_ref", "target_ref", "start_time", "stop_time"],
        ["note"] = ["abstract", "content", "authors", "object_refs"],
        ["report"] = ["name", "description", "report_types", "published", "object_refs"],
        ["observed-data"] = ["first_observed", "last_observed", "number_observed", "objects", "object_refs"],
        ["marking-definition"] = ["name", "definition_type", "definition"],
        ["extension-definition"] = ["name", "description", "schema", "version", "extension_types", "extension_properties"],
        ["email-addr"] = ["value", "display_name", "belongs_to_ref"],
        ["domain-name"] = ["value", "resolves_to_refs"],
        ["ipv4-addr"] = ["value", "resolves_to_refs", "belongs_to_refs"],
        ["ipv6-addr"] = ["value", "resolves_to_refs", "belongs_to_refs"],
        ["url"] = ["value"],
        ["user-account"] = ["user_id", "credential", "account_login", "account_type", "display_name", "is_service_account", "is_privileged", "can_escalate_privs", "is_disabled", "account_created", "account_expires", "credential_last_changed", "account_first_login", "account_last_login"],
        ["file"] = ["hashes", "size", "name", "name_enc", "magic_number_hex", "mime_type", "ctime", "mtime", "atime", "parent_directory_ref", "contains_refs", "content_ref"],
        [CordonObservableTypes.CryptocurrencyWallet] = ["value", "currency", "owner_ref"],
        [CordonObservableTypes.BankAccount] = ["iban", "account_number", "bic", "bank_country", "holder_name"],
        [CordonObservableTypes.PhoneNumber] = ["value", "phone_type", "country"],
        [CordonObservableTypes.KeyedIdentifier] = ["identifier_kind", "hmac_sha256", "key_id"],
    }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>
    /// Reference properties whose targets the specification restricts: (type or <c>*</c> for every type, property) → allowed
    /// target types, or a category marker (<c>@sdo</c>, <c>@sco</c>, <c>@sdo-sco</c>).
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> ReferenceTargets = new Dictionary<string, string[]>
    {
        ["*.created_by_ref"] = ["identity"],
        ["*.object_marking_refs"] = ["marking-definition"],
        ["sighting.sighting_of_ref"] = ["@sdo"],
        ["sighting.observed_data_refs"] = ["observed-data"],
        ["sighting.where_sighted_refs"] = ["identity", "location"],
        ["relationship.source_ref"] = ["@sdo-sco"],
        ["relationship.target_ref"] = ["@sdo-sco"],
        ["observed-data.object_refs"] = ["@sco-sro"],
        ["email-addr.belongs_to_ref"] = ["user-account"],
        ["domain-name.resolves_to_refs"] = ["ipv4-addr", "ipv6-addr", "domain-name"],
        ["ipv4-addr.resolves_to_refs"] = ["mac-addr"],
        ["ipv4-addr.belongs_to_refs"] = ["autonomous-system"],
        ["ipv6-addr.resolves_to_refs"] = ["mac-addr"],
        ["ipv6-addr.belongs_to_refs"] = ["autonomous-system"],
        ["file.parent_directory_ref"] = ["directory"],
        ["file.content_ref"] = ["artifact"],
        ["file.contains_refs"] = ["@sco"],
        ["email-message.from_ref"] = ["email-addr"],
        ["email-message.sender_ref"] = ["email-addr"],
        ["email-message.to_refs"] = ["email-addr"],
        ["email-message.cc_refs"] = ["email-addr"],
        ["email-message.bcc_refs"] = ["email-addr"],
        ["email-message.raw_email_ref"] = ["artifact"],
        [CordonObservableTypes.CryptocurrencyWallet + ".owner_ref"] = ["identity", "user-account", "email-addr"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The category of a type; <see cref="StixObjectCategory.Unknown"/> for custom or extension-defined types.</summary>
    public static StixObjectCategory CategoryOf(string type) =>
        Categories.TryGetValue(type, out var category) ? category : StixObjectCategory.Unknown;

    /// <summary>Whether the type is defined by STIX 2.1 itself (not custom, not Cordon's extensions).</summary>
    public static bool IsSpecificationType(string type) =>
        Categories.ContainsKey(type) && !CordonObservableTypes.All.Contains(type);

    /// <summary>The properties a type defines besides the common ones, or null when this library does not model the type in detail.</summary>
    public static IReadOnlySet<string>? SpecificPropertiesOf(string type) =>
        SpecificProperties.TryGetValue(type, out var set) ? set : null;

    /// <summary>
    /// The allowed target types of a reference property, or null when any identifier is allowed. Category markers
    /// (<c>@sdo</c>, <c>@sco</c>, <c>@sdo-sco</c>, <c>@sco-sro</c>) stand for every type of those categories.
    /// </summary>
    public static IReadOnlyList<string>? AllowedReferenceTargets(string type, string property) =>
        ReferenceTargets.TryGetValue(type + "." + property, out var t) ? t
        : ReferenceTargets.TryGetValue("*." + property, out var any) ? any
        : null;

    /// <summary>Whether an identifier of <paramref name="targetType"/> satisfies an allowed-targets list.</summary>
    public static bool IsAllowedTarget(IReadOnlyList<string> allowed, string targetType)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var category = CategoryOf(targetType);
        foreach (var entry in allowed)
        {
            var ok = entry switch
            {
                "@sdo" => category is StixObjectCategory.DomainObject or StixObjectCategory.Unknown,
                "@sco" => category is StixObjectCategory.CyberObservable or StixObjectCategory.Unknown,
                "@sdo-sco" => category is StixObjectCategory.DomainObject or StixObjectCategory.CyberObservable or StixObjectCategory.Unknown,
                "@sco-sro" => category is StixObjectCategory.CyberObservable or StixObjectCategory.RelationshipObject or StixObjectCategory.Unknown,
                _ => string.Equals(entry, targetType, StringComparison.Ordinal),
            };
            if (ok)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, StixObjectCategory> BuildCategories()
    {
        var map = new Dictionary<string, StixObjectCategory>(StringComparer.Ordinal);
        foreach (var t in DomainObjectTypes)
        {
            map[t] = StixObjectCategory.DomainObject;
        }

        foreach (var t in ObservableTypes)
        {
            map[t] = StixObjectCategory.CyberObservable;
        }

        map["relationship"] = StixObjectCategory.RelationshipObject;
        map["sighting"] = StixObjectCategory.RelationshipObject;
        map["marking-definition"] = StixObjectCategory.MetaObject;
        map["extension-definition"] = StixObjectCategory.MetaObject;
        map["language-content"] = StixObjectCategory.MetaObject;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
