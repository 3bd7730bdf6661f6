using System.Globalization;
using System.Text.Json.Nodes;
using Cordon.Stix.Model;
using Cordon.Storage;

namespace Cordon.Hub.Misp;

/// <summary>
/// Turns stored STIX objects back into MISP events — the inverse of <see cref="MispToStix"/> for what came from MISP
/// (every attribute's uuid, type, category, value, to_ids, comment, tags, distribution and object membership are read from
/// the labels and <c>x_misp_*</c> properties written on import), and a best reading of other partners' STIX: an indicator
/// whose pattern compares one property for equality becomes an attribute of the matching MISP type, any other pattern a
/// <c>stix2-pattern</c> attribute. A report becomes an event; readable indicators and observations no readable report
/// refers to are gathered, per owner, in one event of their own (<see cref="LooseEvent"/>).
/// <para>Never widening: each object carries the TLP level Cordon stored for it. When what goes to MISP — the attribute's
/// tags and distribution together with its event's — would allow more than that level, the attribute (or event) gets the
/// <c>tlp:</c> tag of its level instead of its weaker ones, so a MISP instance never receives something under a looser
/// rule than Cordon applies.</para> Pure: no I/O.
/// </summary>
public static class StixToMisp
{
    private static readonly HashSet<string> PrimaryTypes = new(StringComparer.Ordinal) { "indicator", "observed-data", "x-misp-attribute" };

    /// <summary>What to call the event holding a owner's objects that no readable report refers to.</summary>
    /// <param name="Uuid">Its UUID for one owner organisation.</param>
    /// <param name="Info">Its title for one owner organisation.</param>
    public sealed record LooseEvent(Func<string, string> Uuid, Func<string, string> Info);

    /// <summary>Converts the latest readable versions of a collection's objects, in the order they were stored.</summary>
    public static IReadOnlyList<MispEvent> Convert(IReadOnlyList<HubStoredObject> stored, LooseEvent? looseEvent = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var items = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var o in stored.OrderBy(o => o.Sequence))
        {
            if (o.Json is not null && JsonNode.Parse(o.Json) is JsonObject json)
            {
                items[o.ObjectId] = new Item(o, json);
            }
        }

        var members = items.Values
            .Where(i => PrimaryTypes.Contains(i.Stored.Type) && Text(i.Json, MispToStix.ObjectRefProperty) is not null)
            .ToLookup(i => Text(i.Json, MispToStix.ObjectRefProperty)!, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<MispEvent>();
        foreach (var report in items.Values.Where(i => i.Stored.Type == "report"))
        {
            if (Event(report, items, members, used) is { } converted)
            {
                events.Add(converted);
            }
        }

        if (looseEvent is not null)
        {
            foreach (var owner in items.Values.Where(i => PrimaryTypes.Contains(i.Stored.Type) && !used.Contains(i.Stored.ObjectId)).GroupBy(i => i.Stored.OwnerOrganisation))
            {
                // An attribute whose object is not readable here is shared on its own.
                var attributes = owner.Select(i => Attribute(i, items, HubTlp.None, null)).OfType<MispAttributeData>().Select(a => a with { ObjectRelation = null }).ToList();
                if (attributes.Count == 0)
                {
                    continue;
                }

                var first = owner.Min(i => i.Stored.Version);
                events.Add(new MispEvent(
                    looseEvent.Uuid(owner.Key), looseEvent.Info(owner.Key), DateOnly.FromDateTime(first.UtcDateTime), attributes.Max(a => a.Timestamp),
                    null, null, null, true, null, new MispOrganisation(owner.Key, null), [], attributes, []));
            }
        }

        return events;
    }

    private static MispEvent? Event(Item report, Dictionary<string, Item> items, ILookup<string, Item> members, HashSet<string> used)
    {
        var json = report.Json;
        var refs = Strings(json["object_refs"]).Where(items.ContainsKey).Select(r => items[r]).ToList();
        var distribution = Number(json, MispToStix.DistributionProperty);
        var fromMisp = distribution is not null || json["x_misp_date"] is not null;
        var tags = Tags(json, report.Stored.Tlp, distribution, fromMisp, HubTlp.None);
        var eventLevel = MispAccess.Strictest(MispAccess.LevelOfTags(tags), MispAccess.LevelOfDistribution(distribution ?? MispAccess.DistributionOfLevel(report.Stored.Tlp)));
        if (!fromMisp)
        {
            distribution = MispAccess.DistributionOfLevel(report.Stored.Tlp);
        }

        var attributes = new List<MispAttributeData>();
        var objects = new List<MispObject>();
        foreach (var item in refs)
        {
            if (PrimaryTypes.Contains(item.Stored.Type) && Text(item.Json, MispToStix.ObjectRefProperty) is null)
            {
                if (Attribute(item, items, eventLevel, distribution) is { } attribute)
                {
                    attributes.Add(attribute);
                    used.Add(item.Stored.ObjectId);
                }
            }
            else if (MispObjectOf(item, items, members[item.Stored.ObjectId], eventLevel, distribution, used) is { } mispObject)
            {
                objects.Add(mispObject);
            }
        }

        if (attributes.Count == 0 && objects.Count == 0)
        {
            return null; // nothing of it is readable here: an empty event tells the reader nothing
        }

        var orgc = json["x_misp_orgc"] is JsonObject org && Text(org, "name") is { } orgName
            ? new MispOrganisation(orgName, Text(org, "uuid"))
            : new MispOrganisation(report.Stored.OwnerOrganisation, null); // MISP needs a creator: the organisation that shared it here
        var date = Text(json, "x_misp_date") is { } day && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : DateOnly.FromDateTime((Time(json, "created") ?? report.Stored.Version).UtcDateTime);
        return new MispEvent(
            report.Stored.ObjectId[(report.Stored.ObjectId.IndexOf("--", StringComparison.Ordinal) + 2)..],
            Text(json, "name") ?? report.Stored.ObjectId,
            date,
            report.Stored.Version,
            distribution,
            Number(json, "x_misp_threat_level_id"),
            Number(json, "x_misp_analysis"),
            json["x_misp_published"] is JsonValue published && published.TryGetValue<bool>(out var isPublished) ? isPublished : true,
            Time(json, "published"),
            orgc,
            tags,
            attributes,
            objects,
            Text(json, MispToStix.SharingGroupProperty));
    }

    private static MispObject? MispObjectOf(Item item, Dictionary<string, Item> items, IEnumerable<Item> members, string eventLevel, int? eventDistribution, HashSet<string> used)
    {
        var labels = Strings(item.Json["labels"]).ToList();
        var name = Label(labels, "misp:name") ?? Text(item.Json, "x_misp_name");
        if (name is null)
        {
            return null;
        }

        var distribution = Number(item.Json, MispToStix.DistributionProperty);
        var objectLevel = MispAccess.Strictest(eventLevel, MispAccess.LevelOfDistribution(distribution == 5 ? eventDistribution : distribution));
        var attributes = new List<MispAttributeData>();
        foreach (var member in members)
        {
            if (Attribute(member, items, objectLevel, distribution == 5 ? eventDistribution : distribution) is { } attribute)
            {
                attributes.Add(attribute);
                used.Add(member.Stored.ObjectId);
            }
        }

        return new MispObject(
            Uuid(item.Stored.ObjectId), name, Label(labels, "misp:meta-category"), Text(item.Json, "x_misp_template_uuid"), distribution, item.Stored.Version,
            Text(item.Json, "x_misp_comment"), item.Stored.Revoked, attributes, Text(item.Json, MispToStix.SharingGroupProperty));
    }

    private static MispAttributeData? Attribute(Item item, Dictionary<string, Item> items, string containerLevel, int? containerDistribution)
    {
        var json = item.Json;
        var labels = Strings(json["labels"]).ToList();
        var type = Label(labels, "misp:type") ?? Text(json, "x_misp_type");
        var value = Text(json, MispToStix.ValueProperty);
        if (type is null || value is null)
        {
            (string Type, string Value)? read = item.Stored.Type switch
            {
                "indicator" when Text(json, "pattern") is { } pattern && Text(json, "pattern_type") is null or "stix" =>
                    MispObservables.FromPattern(pattern) ?? ("stix2-pattern", pattern),
                "observed-data" => Observed(json, items),
                _ => null,
            };
            if (read is null)
            {
                return null;
            }

            type ??= read.Value.Type;
            value ??= read.Value.Value;
        }

        var distribution = Number(json, MispToStix.DistributionProperty);
        var fromMisp = Label(labels, "misp:type") is not null;
        var tags = Tags(json, item.Stored.Tlp, distribution == 5 ? containerDistribution : distribution, fromMisp, containerLevel);
        var toIds = Label(labels, "misp:to_ids") is { } flag ? flag == "True" : item.Stored.Type == "indicator";
        return new MispAttributeData(
            Uuid(item.Stored.ObjectId),
            type,
            Label(labels, "misp:category") ?? Text(json, "x_misp_category") ?? DefaultCategory(type),
            value,
            toIds,
            fromMisp ? distribution : 5,
            item.Stored.Version,
            Text(json, "x_misp_comment") ?? Text(json, "description"),
            tags,
            item.Stored.Revoked,
            Text(json, MispToStix.ObjectRelationProperty),
            Text(json, MispToStix.SharingGroupProperty),
            Text(json, "x_misp_first_seen"),
            Text(json, "x_misp_last_seen"));
    }

    /// <summary>
    /// The tags to publish: the object's own (labels other than <c>misp:…</c>), and, when they and the distribution and the
    /// container would together allow more than the stored level, the stored level's tag in place of weaker TLP tags.
    /// </summary>
    private static List<string> Tags(JsonObject json, string storedLevel, int? distribution, bool fromMisp, string containerLevel)
    {
        var tags = Strings(json["labels"]).Where(l => !l.StartsWith("misp:", StringComparison.Ordinal)).ToList();
        if (!fromMisp)
        {
            // Not from MISP: its labels are not tags of a TLP meaning, and its level is Cordon's.
            tags = tags.Where(t => MispAccess.LevelOfTag(t) is null).ToList();
            return storedLevel == HubTlp.None ? tags : WithLevel(tags, storedLevel);
        }

        var published = MispAccess.Strictest(containerLevel, MispAccess.LevelOfTags(tags), MispAccess.LevelOfDistribution(distribution));
        return HubTlp.Rank(published) >= HubTlp.Rank(storedLevel) ? tags : WithLevel(tags, storedLevel);
    }

    private static List<string> WithLevel(IEnumerable<string> tags, string level) =>
        [.. tags.Where(t => MispAccess.LevelOfTag(t) is null), MispAccess.TagOfLevel(level)];

    private static (string, string)? Observed(JsonObject json, Dictionary<string, Item> items)
    {
        var first = Strings(json["object_refs"]).Select(r => items.GetValueOrDefault(r)).FirstOrDefault(i => i is not null);
        if (first is null || Text(first.Json, "value") is not { } value)
        {
            return null;
        }

        return first.Stored.Type switch
        {
            "email-addr" => ("email", value),
            "domain-name" => ("domain", value),
            "ipv4-addr" or "ipv6-addr" => ("ip-dst", value),
            "url" => ("url", value),
            CordonObservableTypes.PhoneNumber => ("phone-number", value),
            _ => null,
        };
    }

    private static string DefaultCategory(string type) => type switch
    {
        "email" or "email-src" or "email-dst" => "Payload delivery",
        "btc" or "xmr" or "iban" => "Financial fraud",
        "phone-number" => "Person",
        "md5" or "sha1" or "sha256" or "sha512" or "filename" => "Payload delivery",
        _ => "Network activity",
    };

    private static string? Label(IEnumerable<string> labels, string name)
    {
        var prefix = name + "=\"";
        var label = labels.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal) && l.EndsWith('"'));
        return label?[prefix.Length..^1];
    }

    private static IEnumerable<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>() : [];

    private static string? Text(JsonObject json, string name) => json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Number(JsonObject json, string name) => json[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static DateTimeOffset? Time(JsonObject json, string name) => StixTimestamp.TryParseInstant(Text(json, name));

    private static string Uuid(string id) => id[(id.IndexOf("--", StringComparison.Ordinal) + 2)..];

    private sealed record Item(HubStoredObject Stored, JsonObject Json);
}
