using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Cordon.Stix.Extensions;
using Cordon.Stix.Markings;
using Cordon.Stix.Model;
using Cordon.Storage;

namespace Cordon.Hub.Misp;

/// <summary>
/// Converts a MISP event into STIX 2.1 objects, after the mapping of MISP's misp-stix project (documented in
/// docs/hub.md): the event becomes a <c>report</c> (id <c>report--&lt;event uuid&gt;</c>) referring to everything else;
/// each attribute becomes one object with the attribute's UUID — an <c>indicator</c> when MISP marks it for detection
/// (<c>to_ids</c>), else an <c>observed-data</c> with its observable — labelled <c>misp:type="…"</c>,
/// <c>misp:category="…"</c>, <c>misp:to_ids="…"</c> and its tags; a type without a STIX pattern becomes an
/// <c>x-misp-attribute</c>. Person, identity, employee, legal-entity and organization objects become <c>identity</c>
/// objects, others <c>x-misp-object</c>; their attributes are converted like the event's and point back with
/// <c>x_misp_object_ref</c>. Every object is marked with the TLP level MISP's rules give it (<see cref="MispAccess"/>).
/// Where Cordon departs from misp-stix, it does so to keep correlation with applicant records working: e-mail and IP
/// attributes are patterns on <c>email-addr</c> / <c>ipv4-addr</c> (records are addresses, not messages or traffic), and
/// phone numbers, wallets and IBANs use Cordon's observable types instead of custom objects. Pure: no I/O.
/// </summary>
public static class MispToStix
{
    /// <summary>Custom property: the attribute's value exactly as MISP gave it (the pattern may hold a normalised form).</summary>
    public const string ValueProperty = "x_misp_value";

    /// <summary>Custom property: the distribution (0–5) MISP gave.</summary>
    public const string DistributionProperty = "x_misp_distribution";

    /// <summary>Custom property: the UUID of a MISP sharing group.</summary>
    public const string SharingGroupProperty = "x_misp_sharing_group";

    /// <summary>Custom property of an object's attribute: the STIX id of the object it belongs to.</summary>
    public const string ObjectRefProperty = "x_misp_object_ref";

    /// <summary>Custom property of an object's attribute: its object_relation.</summary>
    public const string ObjectRelationProperty = "x_misp_object_relation";

    /// <summary>The MISP object templates that describe a person or an organisation, and so become STIX identities.</summary>
    public static readonly IReadOnlySet<string> IdentityObjects = new HashSet<string>(StringComparer.Ordinal) { "person", "identity", "employee", "legal-entity", "organization", "organisation" };

    /// <summary>Converts one event. The objects are in dependency order (observables before what refers to them, the report last).</summary>
    /// <exception cref="MispConversionException">The event has nothing to convert (no attribute, no object).</exception>
    public static IReadOnlyList<JsonObject> Convert(MispEvent mispEvent)
    {
        ArgumentNullException.ThrowIfNull(mispEvent);
        if (mispEvent.Attributes.Count == 0 && mispEvent.Objects.Count == 0)
        {
            throw new MispConversionException($"event {mispEvent.Uuid} ('{mispEvent.Info}') has no attribute and no object: nothing to share.");
        }

        var result = new List<JsonObject>();
        var refs = new List<string>();
        var eventLevel = MispAccess.Strictest(MispAccess.LevelOfTags(mispEvent.Tags), MispAccess.LevelOfDistribution(mispEvent.Distribution));
        var createdBy = mispEvent.Orgc?.Uuid is { } org ? "identity--" + org : null;
        var eventStart = new DateTimeOffset(mispEvent.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        foreach (var attribute in mispEvent.Attributes)
        {
            var level = AttributeLevel(attribute, mispEvent.Distribution, eventLevel);
            refs.Add(AddAttribute(attribute, level, null, createdBy, eventStart, result));
        }

        foreach (var mispObject in mispEvent.Objects)
        {
            var objectDistribution = mispObject.Distribution == 5 ? mispEvent.Distribution : mispObject.Distribution;
            var objectLevel = MispAccess.Strictest(eventLevel, MispAccess.LevelOfDistribution(objectDistribution));
            var stix = ObjectToStix(mispObject, objectLevel, createdBy, eventStart);
            result.Add(stix);
            refs.Add(Id(stix));
            foreach (var attribute in mispObject.Attributes)
            {
                var level = AttributeLevel(attribute, objectDistribution, objectLevel);
                AddAttribute(attribute, level, Id(stix), createdBy, eventStart, result);
            }
        }

        var report = Common("report", mispEvent.Uuid, Created(eventStart, mispEvent.Timestamp), mispEvent.Timestamp, createdBy, eventLevel);
        report["name"] = mispEvent.Info;
        report["published"] = Time(mispEvent.PublishTimestamp ?? mispEvent.Timestamp);
        report["report_types"] = new JsonArray("misp-event");
        report["object_refs"] = new JsonArray(refs.Select(r => (JsonNode)r).ToArray());
        Labels(report, [], mispEvent.Tags);
        report["x_misp_date"] = mispEvent.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Put(report, DistributionProperty, mispEvent.Distribution);
        Put(report, "x_misp_threat_level_id", mispEvent.ThreatLevel);
        Put(report, "x_misp_analysis", mispEvent.Analysis);
        report["x_misp_published"] = mispEvent.Published;
        if (mispEvent.Orgc is { } orgc)
        {
            report["x_misp_orgc"] = orgc.Uuid is null ? new JsonObject { ["name"] = orgc.Name } : new JsonObject { ["name"] = orgc.Name, ["uuid"] = orgc.Uuid };
        }

        if (mispEvent.SharingGroup is { } group)
        {
            report[SharingGroupProperty] = group;
        }

        result.Add(report);
        return result;
    }

    /// <summary>The level an attribute gets: its container's, its own tags' and its own distribution's, whichever is strictest.</summary>
    private static string AttributeLevel(MispAttributeData attribute, int? containerDistribution, string containerLevel)
    {
        var distribution = attribute.Distribution == 5 ? containerDistribution : attribute.Distribution;
        return MispAccess.Strictest(containerLevel, MispAccess.LevelOfTags(attribute.Tags), MispAccess.LevelOfDistribution(distribution));
    }

    private static string AddAttribute(MispAttributeData attribute, string level, string? objectRef, string? createdBy, DateTimeOffset eventStart, List<JsonObject> result)
    {
        var created = Created(eventStart, attribute.Timestamp);
        var observable = MispObservables.Map(attribute);
        JsonObject primary;
        if (observable is null)
        {
            primary = Common("x-misp-attribute", attribute.Uuid, created, attribute.Timestamp, createdBy, level);
            primary["x_misp_type"] = attribute.Type;
            primary["x_misp_category"] = attribute.Category;
        }
        else if (attribute.ToIds)
        {
            primary = Common("indicator", attribute.Uuid, created, attribute.Timestamp, createdBy, level);
            primary["pattern"] = observable.Pattern;
            primary["pattern_type"] = "stix";
            primary["pattern_version"] = "2.1";
            primary["valid_from"] = Time(created);
            if (attribute.Comment is { } comment)
            {
                primary["description"] = comment;
            }
        }
        else
        {
            var sco = observable.Observable(attribute.Uuid);
            if (Marking(level) is { } marking)
            {
                sco["object_marking_refs"] = new JsonArray(marking);
            }

            result.Add(sco);
            primary = Common("observed-data", attribute.Uuid, created, attribute.Timestamp, createdBy, level);
            primary["first_observed"] = Time(attribute.Timestamp);
            primary["last_observed"] = Time(attribute.Timestamp);
            primary["number_observed"] = 1;
            primary["object_refs"] = new JsonArray(Id(sco));
        }

        Labels(primary, [$"misp:type=\"{attribute.Type}\"", $"misp:category=\"{attribute.Category}\"", $"misp:to_ids=\"{(attribute.ToIds ? "True" : "False")}\""], attribute.Tags);
        primary[ValueProperty] = attribute.Value;
        if (attribute.Comment is { } text && primary["description"] is null)
        {
            primary["x_misp_comment"] = text;
        }

        Put(primary, DistributionProperty, attribute.Distribution);
        if (attribute.SharingGroup is { } group)
        {
            primary[SharingGroupProperty] = group;
        }

        if (objectRef is not null)
        {
            primary[ObjectRefProperty] = objectRef;
            primary[ObjectRelationProperty] = attribute.ObjectRelation;
        }

        if (attribute.FirstSeen is { } first)
        {
            primary["x_misp_first_seen"] = first;
        }

        if (attribute.LastSeen is { } last)
        {
            primary["x_misp_last_seen"] = last;
        }

        if (attribute.Deleted)
        {
            primary["revoked"] = true;
        }

        result.Add(primary);
        return Id(primary);
    }

    private static JsonObject ObjectToStix(MispObject mispObject, string level, string? createdBy, DateTimeOffset eventStart)
    {
        var created = Created(eventStart, mispObject.Timestamp);
        JsonObject stix;
        if (IdentityObjects.Contains(mispObject.Name))
        {
            stix = Common("identity", mispObject.Uuid, created, mispObject.Timestamp, createdBy, level);
            string? Relation(string name) => mispObject.Attributes.FirstOrDefault(a => a.ObjectRelation == name)?.Value;
            var personal = string.Join(' ', new[] { Relation("first-name"), Relation("middle-name"), Relation("last-name") }.Where(n => !string.IsNullOrWhiteSpace(n)));
            stix["name"] = Relation("full-name") ?? Relation("name") ?? (personal.Length > 0 ? personal : null) ?? mispObject.Name;
            stix["identity_class"] = Relation("identity_class")
                ?? (mispObject.Name is "legal-entity" or "organization" or "organisation" ? "organization" : "individual");
        }
        else
        {
            stix = Common("x-misp-object", mispObject.Uuid, created, mispObject.Timestamp, createdBy, level);
            stix["x_misp_name"] = mispObject.Name;
        }

        var labels = new List<string> { $"misp:name=\"{mispObject.Name}\"" };
        if (mispObject.MetaCategory is { } meta)
        {
            labels.Add($"misp:meta-category=\"{meta}\"");
        }

        Labels(stix, labels, []);
        if (mispObject.TemplateUuid is { } template)
        {
            stix["x_misp_template_uuid"] = template;
        }

        if (mispObject.Comment is { } comment)
        {
            stix["x_misp_comment"] = comment;
        }

        Put(stix, DistributionProperty, mispObject.Distribution);
        if (mispObject.SharingGroup is { } group)
        {
            stix[SharingGroupProperty] = group;
        }

        if (mispObject.Deleted)
        {
            stix["revoked"] = true;
        }

        return stix;
    }

    private static JsonObject Common(string type, string uuid, DateTimeOffset created, DateTimeOffset modified, string? createdBy, string level)
    {
        var json = new JsonObject
        {
            ["type"] = type,
            ["spec_version"] = "2.1",
            ["id"] = type + "--" + uuid,
        };
        if (createdBy is not null)
        {
            json["created_by_ref"] = createdBy;
        }

        json["created"] = Time(created);
        json["modified"] = Time(modified);
        if (Marking(level) is { } marking)
        {
            json["object_marking_refs"] = new JsonArray(marking);
        }

        return json;
    }

    private static string? Marking(string level) => level switch
    {
        HubTlp.Clear => TlpMarkings.ClearId,
        HubTlp.Green => TlpMarkings.GreenId,
        HubTlp.Amber => TlpMarkings.AmberId,
        HubTlp.AmberStrict => TlpMarkings.AmberStrictId,
        HubTlp.Red => TlpMarkings.RedId,
        _ => null,
    };

    private static void Labels(JsonObject json, IEnumerable<string> first, IEnumerable<string> tags)
    {
        var labels = first.Concat(tags).Distinct(StringComparer.Ordinal).Select(l => (JsonNode)l).ToArray();
        if (labels.Length > 0)
        {
            json["labels"] = new JsonArray(labels);
        }
    }

    private static void Put(JsonObject json, string name, int? value)
    {
        if (value is { } number)
        {
            json[name] = number;
        }
    }

    // A version's created must not change between versions nor follow its modified: the event's date, unless it lies later.
    private static DateTimeOffset Created(DateTimeOffset eventStart, DateTimeOffset modified) => eventStart < modified ? eventStart : modified;

    private static string Time(DateTimeOffset time) => StixTimestamp.FormatMilliseconds(time);

    private static string Id(JsonObject json) => json["id"]!.GetValue<string>();
}
