namespace Cordon.Hub.Misp;

/// <summary>A MISP organisation as events name it (<c>Orgc</c>: the creator).</summary>
/// <param name="Name">Its name.</param>
/// <param name="Uuid">Its UUID, when given.</param>
public sealed record MispOrganisation(string Name, string? Uuid);

/// <summary>
/// One MISP attribute (draft-dulaunoy-misp-core-format section 2.3): a typed value with its category, whether it is meant
/// for detection (<c>to_ids</c>), its own distribution and tags. Inside an object it also has its <c>object_relation</c>.
/// </summary>
/// <param name="Uuid">Its UUID (lower case).</param>
/// <param name="Type">The MISP type (<c>email-src</c>, <c>ip-dst</c>, <c>btc</c>, …).</param>
/// <param name="Category">The MISP category.</param>
/// <param name="Value">The value as given.</param>
/// <param name="ToIds">Whether MISP marks it for detection.</param>
/// <param name="Distribution">0–5, or null when absent (then the event's applies).</param>
/// <param name="Timestamp">Last change.</param>
/// <param name="Comment">Free text, or null.</param>
/// <param name="Tags">Tag names, in order.</param>
/// <param name="Deleted">Soft-deleted in MISP.</param>
/// <param name="ObjectRelation">Its relation inside an object, or null for an event's own attribute.</param>
/// <param name="SharingGroup">The UUID of its sharing group (distribution 4), when given.</param>
/// <param name="FirstSeen">MISP's first_seen text, kept as given.</param>
/// <param name="LastSeen">MISP's last_seen text, kept as given.</param>
public sealed record MispAttributeData(
    string Uuid,
    string Type,
    string Category,
    string Value,
    bool ToIds,
    int? Distribution,
    DateTimeOffset Timestamp,
    string? Comment,
    IReadOnlyList<string> Tags,
    bool Deleted = false,
    string? ObjectRelation = null,
    string? SharingGroup = null,
    string? FirstSeen = null,
    string? LastSeen = null);

/// <summary>A MISP object: a named template instance grouping attributes (a <c>person</c>, an <c>identity</c>, …).</summary>
/// <param name="Uuid">Its UUID (lower case).</param>
/// <param name="Name">The template name (<c>person</c>).</param>
/// <param name="MetaCategory">The template's meta-category, or null.</param>
/// <param name="TemplateUuid">The template's UUID, or null.</param>
/// <param name="Distribution">0–5, or null.</param>
/// <param name="Timestamp">Last change.</param>
/// <param name="Comment">Free text, or null.</param>
/// <param name="Deleted">Soft-deleted in MISP.</param>
/// <param name="Attributes">Its attributes, each with its object_relation.</param>
/// <param name="SharingGroup">The UUID of its sharing group (distribution 4), when given.</param>
public sealed record MispObject(
    string Uuid,
    string Name,
    string? MetaCategory,
    string? TemplateUuid,
    int? Distribution,
    DateTimeOffset Timestamp,
    string? Comment,
    bool Deleted,
    IReadOnlyList<MispAttributeData> Attributes,
    string? SharingGroup = null);

/// <summary>A MISP event (draft-dulaunoy-misp-core-format section 2.2): what Cordon reads from MISP JSON and writes back.</summary>
/// <param name="Uuid">Its UUID (lower case).</param>
/// <param name="Info">Its title.</param>
/// <param name="Date">The event date (YYYY-MM-DD).</param>
/// <param name="Timestamp">Last change of the event or anything in it (what feeds compare).</param>
/// <param name="Distribution">0–4, or null when absent.</param>
/// <param name="ThreatLevel">threat_level_id 1–4, or null.</param>
/// <param name="Analysis">analysis 0–2, or null.</param>
/// <param name="Published">Whether it is published.</param>
/// <param name="PublishTimestamp">When it was published, or null.</param>
/// <param name="Orgc">The creating organisation, or null.</param>
/// <param name="Tags">Tag names, in order.</param>
/// <param name="Attributes">The event's own attributes.</param>
/// <param name="Objects">Its objects.</param>
/// <param name="SharingGroup">The UUID of its sharing group (distribution 4), when given.</param>
public sealed record MispEvent(
    string Uuid,
    string Info,
    DateOnly Date,
    DateTimeOffset Timestamp,
    int? Distribution,
    int? ThreatLevel,
    int? Analysis,
    bool Published,
    DateTimeOffset? PublishTimestamp,
    MispOrganisation? Orgc,
    IReadOnlyList<string> Tags,
    IReadOnlyList<MispAttributeData> Attributes,
    IReadOnlyList<MispObject> Objects,
    string? SharingGroup = null);
