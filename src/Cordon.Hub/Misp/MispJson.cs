using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Hub.Misp;

/// <summary>
/// Reads and writes the MISP core format (draft-dulaunoy-misp-core-format): one event as <c>{"Event": {…}}</c>, a list of
/// them, MISP's REST answer <c>{"response": [{"Event": …}]}</c>, or a bare event object. MISP writes most numbers as
/// strings (<c>"timestamp": "1603642920"</c>, <c>"distribution": "1"</c>) and booleans as <c>true</c>, <c>"1"</c> or
/// <c>"true"</c>; all are read. Every problem is reported with its path (<c>Event[0].Attribute[3].uuid</c>).
/// </summary>
public static class MispJson
{
    /// <summary>Whether a parsed JSON document is MISP JSON rather than a STIX bundle or TAXII envelope.</summary>
    public static bool IsMisp(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Object => root.TryGetProperty("Event", out _)
            || (root.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Array)
            || (!root.TryGetProperty("objects", out _) && root.TryGetProperty("Attribute", out _) && root.TryGetProperty("info", out _)),
        JsonValueKind.Array => root.GetArrayLength() > 0 && root[0].ValueKind == JsonValueKind.Object && root[0].TryGetProperty("Event", out _),
        _ => false,
    };

    /// <summary>Reads the events of a MISP JSON text.</summary>
    /// <exception cref="HubImportException">Not JSON, not MISP JSON, or an event breaks the format; nothing is returned.</exception>
    public static IReadOnlyList<MispEvent> Read(string name, ReadOnlyMemory<byte> json)
    {
        using (var document = HubJson.ParseImport(name, json))
        {
            var root = document.RootElement;
            return Read(name, root);
        }
    }

    /// <summary>Reads the events of a parsed MISP JSON document.</summary>
    /// <exception cref="HubImportException">Not MISP JSON, or an event breaks the format.</exception>
    public static IReadOnlyList<MispEvent> Read(string name, JsonElement root)
    {
        var items = new List<(string Where, JsonElement Event)>();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Array)
        {
            Collect(response, "response", items);
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            Collect(root, string.Empty, items);
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Event", out var single))
        {
            items.Add(("Event", single));
        }
        else if (root.ValueKind == JsonValueKind.Object && IsMisp(root))
        {
            items.Add((string.Empty, root));
        }
        else
        {
            throw new HubImportException($"{name}: not MISP JSON (an object with an 'Event', a list of them, or MISP's {{\"response\": […]}}); nothing was imported.");
        }

        var problems = new List<string>();
        var events = new List<MispEvent>();
        foreach (var (where, element) in items)
        {
            if (ReadEvent(element, where, problems) is { } read)
            {
                events.Add(read);
            }
        }

        var duplicate = events.GroupBy(e => e.Uuid).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add($"event {duplicate.Key} appears {duplicate.Count()} times; give each event once.");
        }

        if (problems.Count > 0)
        {
            throw new HubImportException(name, problems);
        }

        if (events.Count == 0)
        {
            throw new HubImportException($"{name}: holds no MISP event; nothing was imported.");
        }

        return events;
    }

    private static void Collect(JsonElement list, string prefix, List<(string, JsonElement)> items)
    {
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var where = $"{prefix}[{index++}]";
            items.Add(item.ValueKind == JsonValueKind.Object && item.TryGetProperty("Event", out var inner) ? (where + ".Event", inner) : (where, item));
        }
    }

    private static MispEvent? ReadEvent(JsonElement e, string where, List<string> problems)
    {
        var at = where.Length == 0 ? "event" : where;
        if (e.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: an event must be a JSON object.");
            return null;
        }

        var count = problems.Count;
        var uuid = Uuid(e, "uuid", at, problems, required: true);
        var info = Text(e, "info");
        if (string.IsNullOrWhiteSpace(info))
        {
            problems.Add($"{at}.info: missing or empty (every MISP event has a title).");
        }

        var timestamp = Epoch(e, "timestamp", at, problems, required: true);
        DateOnly date;
        var dateText = Text(e, "date");
        if (dateText is null)
        {
            date = DateOnly.FromDateTime((timestamp ?? DateTimeOffset.UnixEpoch).UtcDateTime);
        }
        else if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problems.Add($"{at}.date: '{Clip(dateText)}' is not a date (YYYY-MM-DD).");
        }

        var distribution = Number(e, "distribution", at, problems, 0, 4);
        var threat = Number(e, "threat_level_id", at, problems, 1, 4);
        var analysis = Number(e, "analysis", at, problems, 0, 2);
        var published = Flag(e, "published");
        var publishTimestamp = Epoch(e, "publish_timestamp", at, problems, required: false);
        MispOrganisation? orgc = null;
        if (e.TryGetProperty("Orgc", out var org) && org.ValueKind == JsonValueKind.Object && Text(org, "name") is { } orgName)
        {
            orgc = new MispOrganisation(orgName, Uuid(org, "uuid", at + ".Orgc", problems, required: false));
        }

        var tags = Tags(e, at, problems);
        var attributes = new List<MispAttributeData>();
        if (e.TryGetProperty("Attribute", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (ReadAttribute(item, $"{at}.Attribute[{index++}]", problems, inObject: false) is { } attribute)
                {
                    attributes.Add(attribute);
                }
            }
        }

        var objects = new List<MispObject>();
        if (e.TryGetProperty("Object", out var objectList) && objectList.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in objectList.EnumerateArray())
            {
                if (ReadObject(item, $"{at}.Object[{index++}]", problems) is { } read)
                {
                    objects.Add(read);
                }
            }
        }

        var uuids = attributes.Select(a => a.Uuid).Concat(objects.Select(o => o.Uuid)).Concat(objects.SelectMany(o => o.Attributes).Select(a => a.Uuid));
        if (uuids.GroupBy(u => u).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            problems.Add($"{at}: uuid {repeated.Key} is used by {repeated.Count()} attributes or objects; each needs its own.");
        }

        if (problems.Count > count)
        {
            return null;
        }

        return new MispEvent(uuid!, info!.Trim(), date, timestamp!.Value, distribution, threat, analysis, published, publishTimestamp, orgc, tags, attributes, objects, SharingGroupUuid(e));
    }

    private static MispObject? ReadObject(JsonElement o, string at, List<string> problems)
    {
        if (o.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: an object must be a JSON object.");
            return null;
        }

        var count = problems.Count;
        var uuid = Uuid(o, "uuid", at, problems, required: true);
        var name = Text(o, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"{at}.name: missing (the object's template name, such as 'person').");
        }

        var timestamp = Epoch(o, "timestamp", at, problems, required: true);
        var distribution = Number(o, "distribution", at, problems, 0, 5);
        var attributes = new List<MispAttributeData>();
        if (o.TryGetProperty("Attribute", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (ReadAttribute(item, $"{at}.Attribute[{index++}]", problems, inObject: true) is { } attribute)
                {
                    attributes.Add(attribute);
                }
            }
        }

        return problems.Count > count
            ? null
            : new MispObject(uuid!, name!, Text(o, "meta-category"), Text(o, "template_uuid"), distribution, timestamp!.Value, Blank(Text(o, "comment")), Flag(o, "deleted"), attributes, SharingGroupUuid(o));
    }

    private static MispAttributeData? ReadAttribute(JsonElement a, string at, List<string> problems, bool inObject)
    {
        if (a.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: an attribute must be a JSON object.");
            return null;
        }

        var count = problems.Count;
        var uuid = Uuid(a, "uuid", at, problems, required: true);
        var type = Text(a, "type");
        if (string.IsNullOrWhiteSpace(type))
        {
            problems.Add($"{at}.type: missing (the MISP attribute type, such as 'email-src').");
        }

        var value = Text(a, "value");
        if (string.IsNullOrEmpty(value))
        {
            problems.Add($"{at}.value: missing or empty.");
        }

        var relation = Text(a, "object_relation");
        if (inObject && string.IsNullOrWhiteSpace(relation))
        {
            problems.Add($"{at}.object_relation: missing (every attribute of an object names its relation).");
        }

        var timestamp = Epoch(a, "timestamp", at, problems, required: true);
        var distribution = Number(a, "distribution", at, problems, 0, 5);
        var tags = Tags(a, at, problems);
        return problems.Count > count
            ? null
            : new MispAttributeData(
                uuid!, type!, Text(a, "category") ?? string.Empty, value!, Flag(a, "to_ids"), distribution, timestamp!.Value, Blank(Text(a, "comment")), tags,
                Flag(a, "deleted"), inObject ? relation : null, SharingGroupUuid(a), Blank(Text(a, "first_seen")), Blank(Text(a, "last_seen")));
    }

    private static List<string> Tags(JsonElement element, string at, List<string> problems)
    {
        var tags = new List<string>();
        if (!element.TryGetProperty("Tag", out var list))
        {
            return tags;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{at}.Tag: must be a list.");
            return tags;
        }

        var index = 0;
        foreach (var tag in list.EnumerateArray())
        {
            var name = tag.ValueKind == JsonValueKind.Object ? Text(tag, "name") : tag.ValueKind == JsonValueKind.String ? tag.GetString() : null;
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add($"{at}.Tag[{index}]: a tag needs a 'name'.");
            }
            else if (!tags.Contains(name, StringComparer.Ordinal))
            {
                tags.Add(name);
            }

            index++;
        }

        return tags;
    }

    private static string? SharingGroupUuid(JsonElement element) =>
        element.TryGetProperty("SharingGroup", out var group) && group.ValueKind == JsonValueKind.Object && Text(group, "uuid") is { } uuid && Guid.TryParse(uuid, out var parsed)
            ? parsed.ToString()
            : null;

    private static string? Uuid(JsonElement element, string name, string at, List<string> problems, bool required)
    {
        var text = Text(element, name);
        if (text is null)
        {
            if (required)
            {
                problems.Add($"{at}.{name}: missing.");
            }

            return null;
        }

        if (!Guid.TryParseExact(text, "D", out var uuid))
        {
            problems.Add($"{at}.{name}: '{Clip(text)}' is not a UUID.");
            return null;
        }

        return uuid.ToString();
    }

    private static DateTimeOffset? Epoch(JsonElement element, string name, string at, List<string> problems, bool required)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add($"{at}.{name}: missing (seconds since 1970).");
            }

            return null;
        }

        long seconds;
        var ok = value.ValueKind == JsonValueKind.Number ? value.TryGetInt64(out seconds)
            : long.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : null, NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
        if (!ok || seconds < 0 || seconds > 253402300799)
        {
            problems.Add($"{at}.{name}: '{Clip(value.ToString())}' is not a time in seconds since 1970.");
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    private static int? Number(JsonElement element, string name, string at, List<string> problems, int min, int max)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        int number;
        var ok = value.ValueKind == JsonValueKind.Number ? value.TryGetInt32(out number)
            : int.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : null, NumberStyles.None, CultureInfo.InvariantCulture, out number);
        if (!ok || number < min || number > max)
        {
            problems.Add($"{at}.{name}: '{Clip(value.ToString())}' is not a whole number from {min} to {max}.");
            return null;
        }

        return number;
    }

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True
            || (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n != 0)
            || (value.ValueKind == JsonValueKind.String && value.GetString() is "1" or "true" or "True"));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>Writes an event as MISP writes it in feeds and exports: <c>{"Event": {…}}</c>, numbers as strings.</summary>
    public static JsonObject Write(MispEvent mispEvent)
    {
        ArgumentNullException.ThrowIfNull(mispEvent);
        var e = new JsonObject
        {
            ["uuid"] = mispEvent.Uuid,
            ["info"] = mispEvent.Info,
            ["date"] = mispEvent.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["timestamp"] = Seconds(mispEvent.Timestamp),
        };
        Put(e, "distribution", mispEvent.Distribution);
        Put(e, "threat_level_id", mispEvent.ThreatLevel);
        Put(e, "analysis", mispEvent.Analysis);
        e["published"] = mispEvent.Published;
        if (mispEvent.PublishTimestamp is { } published)
        {
            e["publish_timestamp"] = Seconds(published);
        }

        if (mispEvent.Orgc is { } orgc)
        {
            e["Orgc"] = orgc.Uuid is null ? new JsonObject { ["name"] = orgc.Name } : new JsonObject { ["name"] = orgc.Name, ["uuid"] = orgc.Uuid };
        }

        e["Tag"] = TagList(mispEvent.Tags);
        e["Attribute"] = new JsonArray(mispEvent.Attributes.Select(a => (JsonNode)WriteAttribute(a)).ToArray());
        e["Object"] = new JsonArray(mispEvent.Objects.Select(o => (JsonNode)WriteObject(o)).ToArray());
        return new JsonObject { ["Event"] = e };
    }

    /// <summary>The feed manifest entry of an event (what MISP's feed generator writes into <c>manifest.json</c>).</summary>
    public static JsonObject ManifestEntry(MispEvent mispEvent)
    {
        ArgumentNullException.ThrowIfNull(mispEvent);
        var entry = new JsonObject
        {
            ["info"] = mispEvent.Info,
            ["date"] = mispEvent.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["timestamp"] = Seconds(mispEvent.Timestamp),
        };
        Put(entry, "analysis", mispEvent.Analysis);
        Put(entry, "threat_level_id", mispEvent.ThreatLevel);
        if (mispEvent.Orgc is { } orgc)
        {
            entry["Orgc"] = orgc.Uuid is null ? new JsonObject { ["name"] = orgc.Name } : new JsonObject { ["name"] = orgc.Name, ["uuid"] = orgc.Uuid };
        }

        entry["Tag"] = TagList(mispEvent.Tags);
        return entry;
    }

    private static JsonObject WriteObject(MispObject o)
    {
        var json = new JsonObject { ["uuid"] = o.Uuid, ["name"] = o.Name };
        if (o.MetaCategory is not null)
        {
            json["meta-category"] = o.MetaCategory;
        }

        if (o.TemplateUuid is not null)
        {
            json["template_uuid"] = o.TemplateUuid;
        }

        json["timestamp"] = Seconds(o.Timestamp);
        Put(json, "distribution", o.Distribution);
        SharingGroup(json, o.SharingGroup);
        if (o.Comment is not null)
        {
            json["comment"] = o.Comment;
        }

        json["deleted"] = o.Deleted;
        json["Attribute"] = new JsonArray(o.Attributes.Select(a => (JsonNode)WriteAttribute(a)).ToArray());
        return json;
    }

    private static JsonObject WriteAttribute(MispAttributeData a)
    {
        var json = new JsonObject { ["uuid"] = a.Uuid, ["type"] = a.Type, ["category"] = a.Category };
        if (a.ObjectRelation is not null)
        {
            json["object_relation"] = a.ObjectRelation;
        }

        json["value"] = a.Value;
        json["to_ids"] = a.ToIds;
        json["timestamp"] = Seconds(a.Timestamp);
        Put(json, "distribution", a.Distribution);
        SharingGroup(json, a.SharingGroup);
        json["comment"] = a.Comment ?? string.Empty;
        json["deleted"] = a.Deleted;
        if (a.FirstSeen is not null)
        {
            json["first_seen"] = a.FirstSeen;
        }

        if (a.LastSeen is not null)
        {
            json["last_seen"] = a.LastSeen;
        }

        json["Tag"] = TagList(a.Tags);
        return json;
    }

    private static void SharingGroup(JsonObject json, string? uuid)
    {
        if (uuid is not null)
        {
            json["SharingGroup"] = new JsonObject { ["uuid"] = uuid };
        }
    }

    private static JsonArray TagList(IEnumerable<string> tags) => new(tags.Select(t => (JsonNode)new JsonObject { ["name"] = t }).ToArray());

    private static void Put(JsonObject json, string name, int? value)
    {
        if (value is { } number)
        {
            json[name] = number.ToString(CultureInfo.InvariantCulture);
        }
    }

    internal static string Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
