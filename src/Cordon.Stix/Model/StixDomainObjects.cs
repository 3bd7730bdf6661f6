using System.Text.Json.Nodes;

// The typed views are a few lines each and read best side by side, so they share this file.
#pragma warning disable CA1711
namespace Cordon.Stix.Model;

/// <summary>An indicator (STIX 2.1 section 4.7): a pattern that detects something suspicious, with its validity window.</summary>
public sealed class StixIndicator : StixObject
{
    internal StixIndicator(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>description</c> property.</summary>
    public string? Description => GetString("description");

    /// <summary>The <c>indicator_types</c> property.</summary>
    public IReadOnlyList<string> IndicatorTypes => GetStrings("indicator_types");

    /// <summary>The <c>pattern</c> property.</summary>
    public string? Pattern => GetString("pattern");

    /// <summary>The <c>pattern_type</c> property (<c>stix</c> for STIX patterning).</summary>
    public string? PatternType => GetString("pattern_type");

    /// <summary>The <c>pattern_version</c> property.</summary>
    public string? PatternVersion => GetString("pattern_version");

    /// <summary>The <c>valid_from</c> property.</summary>
    public StixTimestamp? ValidFrom => GetTimestamp("valid_from");

    /// <summary>The <c>valid_until</c> property.</summary>
    public StixTimestamp? ValidUntil => GetTimestamp("valid_until");

    /// <summary>
    /// Whether the indicator may be used to match at <paramref name="at"/>: not revoked, <c>valid_from</c> reached and
    /// <c>valid_until</c> (exclusive) not reached.
    /// </summary>
    public bool IsActiveAt(DateTimeOffset at) =>
        !Revoked && (ValidFrom is not { } from || from.Value <= at) && (ValidUntil is not { } until || at < until.Value);
}

/// <summary>An identity (STIX 2.1 section 4.5): an individual, organisation or group.</summary>
public sealed class StixIdentity : StixObject
{
    internal StixIdentity(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>identity_class</c> property (individual, group, system, organization, class, unknown).</summary>
    public string? IdentityClass => GetString("identity_class");

    /// <summary>The <c>sectors</c> property.</summary>
    public IReadOnlyList<string> Sectors => GetStrings("sectors");

    /// <summary>The <c>contact_information</c> property.</summary>
    public string? ContactInformation => GetString("contact_information");
}

/// <summary>A threat actor (STIX 2.1 section 4.17).</summary>
public sealed class StixThreatActor : StixObject
{
    internal StixThreatActor(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>threat_actor_types</c> property.</summary>
    public IReadOnlyList<string> ThreatActorTypes => GetStrings("threat_actor_types");

    /// <summary>The <c>aliases</c> property.</summary>
    public IReadOnlyList<string> Aliases => GetStrings("aliases");

    /// <summary>The <c>first_seen</c> property.</summary>
    public StixTimestamp? FirstSeen => GetTimestamp("first_seen");

    /// <summary>The <c>last_seen</c> property.</summary>
    public StixTimestamp? LastSeen => GetTimestamp("last_seen");
}

/// <summary>An intrusion set (STIX 2.1 section 4.8).</summary>
public sealed class StixIntrusionSet : StixObject
{
    internal StixIntrusionSet(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>aliases</c> property.</summary>
    public IReadOnlyList<string> Aliases => GetStrings("aliases");

    /// <summary>The <c>first_seen</c> property.</summary>
    public StixTimestamp? FirstSeen => GetTimestamp("first_seen");

    /// <summary>The <c>last_seen</c> property.</summary>
    public StixTimestamp? LastSeen => GetTimestamp("last_seen");
}

/// <summary>A campaign (STIX 2.1 section 4.2).</summary>
public sealed class StixCampaign : StixObject
{
    internal StixCampaign(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>aliases</c> property.</summary>
    public IReadOnlyList<string> Aliases => GetStrings("aliases");

    /// <summary>The <c>objective</c> property.</summary>
    public string? Objective => GetString("objective");

    /// <summary>The <c>first_seen</c> property.</summary>
    public StixTimestamp? FirstSeen => GetTimestamp("first_seen");

    /// <summary>The <c>last_seen</c> property.</summary>
    public StixTimestamp? LastSeen => GetTimestamp("last_seen");
}

/// <summary>A sighting (STIX 2.1 section 5.2): someone saw an indicator, malware, etc.</summary>
public sealed class StixSighting : StixObject
{
    internal StixSighting(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>sighting_of_ref</c> property.</summary>
    public string? SightingOfRef => GetString("sighting_of_ref");

    /// <summary>The <c>count</c> property (0–999,999,999).</summary>
    public int? Count => GetInt32("count");

    /// <summary>The <c>first_seen</c> property.</summary>
    public StixTimestamp? FirstSeen => GetTimestamp("first_seen");

    /// <summary>The <c>last_seen</c> property.</summary>
    public StixTimestamp? LastSeen => GetTimestamp("last_seen");

    /// <summary>The <c>observed_data_refs</c> property.</summary>
    public IReadOnlyList<string> ObservedDataRefs => GetStrings("observed_data_refs");

    /// <summary>The <c>where_sighted_refs</c> property.</summary>
    public IReadOnlyList<string> WhereSightedRefs => GetStrings("where_sighted_refs");

    /// <summary>The <c>summary</c> property.</summary>
    public bool Summary => GetBoolean("summary") ?? false;
}

/// <summary>A relationship (STIX 2.1 section 5.1).</summary>
public sealed class StixRelationship : StixObject
{
    internal StixRelationship(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>relationship_type</c> property.</summary>
    public string? RelationshipType => GetString("relationship_type");

    /// <summary>The <c>source_ref</c> property.</summary>
    public string? SourceRef => GetString("source_ref");

    /// <summary>The <c>target_ref</c> property.</summary>
    public string? TargetRef => GetString("target_ref");

    /// <summary>The <c>start_time</c> property.</summary>
    public StixTimestamp? StartTime => GetTimestamp("start_time");

    /// <summary>The <c>stop_time</c> property.</summary>
    public StixTimestamp? StopTime => GetTimestamp("stop_time");
}

/// <summary>A note (STIX 2.1 section 4.11).</summary>
public sealed class StixNote : StixObject
{
    internal StixNote(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>abstract</c> property.</summary>
    public string? Abstract => GetString("abstract");

    /// <summary>The <c>content</c> property.</summary>
    public string? Content => GetString("content");

    /// <summary>The <c>authors</c> property.</summary>
    public IReadOnlyList<string> Authors => GetStrings("authors");

    /// <summary>The <c>object_refs</c> property.</summary>
    public IReadOnlyList<string> ObjectRefs => GetStrings("object_refs");
}

/// <summary>A report (STIX 2.1 section 4.15).</summary>
public sealed class StixReport : StixObject
{
    internal StixReport(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>report_types</c> property.</summary>
    public IReadOnlyList<string> ReportTypes => GetStrings("report_types");

    /// <summary>The <c>published</c> property.</summary>
    public StixTimestamp? Published => GetTimestamp("published");

    /// <summary>The <c>object_refs</c> property.</summary>
    public IReadOnlyList<string> ObjectRefs => GetStrings("object_refs");
}

/// <summary>Observed data (STIX 2.1 section 4.14): observables seen between two times.</summary>
public sealed class StixObservedData : StixObject
{
    internal StixObservedData(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>first_observed</c> property.</summary>
    public StixTimestamp? FirstObserved => GetTimestamp("first_observed");

    /// <summary>The <c>last_observed</c> property.</summary>
    public StixTimestamp? LastObserved => GetTimestamp("last_observed");

    /// <summary>The <c>number_observed</c> property.</summary>
    public int? NumberObserved => GetInt32("number_observed");

    /// <summary>The <c>object_refs</c> property.</summary>
    public IReadOnlyList<string> ObjectRefs => GetStrings("object_refs");
}

/// <summary>A marking definition (STIX 2.1 section 7.2.1), such as a TLP level.</summary>
public sealed class StixMarkingDefinition : StixObject
{
    internal StixMarkingDefinition(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>definition_type</c> property (STIX 2.0-style markings: <c>tlp</c> or <c>statement</c>).</summary>
    public string? DefinitionType => GetString("definition_type");

    /// <summary>The <c>definition</c> property.</summary>
    public JsonObject? Definition => Json["definition"] as JsonObject;
}

/// <summary>An extension definition (STIX 2.1 section 7.3).</summary>
public sealed class StixExtensionDefinition : StixObject
{
    internal StixExtensionDefinition(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>schema</c> property (URL or text of the schema).</summary>
    public string? Schema => GetString("schema");

    /// <summary>The <c>version</c> property.</summary>
    public string? Version => GetString("version");

    /// <summary>The <c>extension_types</c> property (new-sdo, new-sco, new-sro, property-extension, toplevel-property-extension).</summary>
    public IReadOnlyList<string> ExtensionTypes => GetStrings("extension_types");
}
