using System.Text.Json;
using Cordon.Stix.Model;
using Cordon.Hub.Correlation;
using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>
/// Loads the memory-backend JSON of the OASIS reference TAXII server (medallion): a "/discovery" entry, then one entry per
/// API root with "information", "status" and "collections"; each collection with "id", "title", "description",
/// "can_read", "can_write", "media_types", "objects" and (older files) "manifest". Each object's date_added comes from its
/// "__meta" (medallion 3) or its manifest entry (matched by id and version); objects keep their own JSON minus "__meta".
/// Medallion's can_read/can_write apply to every user, so they become the rights of the one organisation named for the import,
/// which also owns the objects and statuses. Everything is checked before anything is stored.
/// </summary>
public static class MedallionImport
{
    /// <summary>Default max_content_length when the file gives none (medallion's own default).</summary>
    public const long DefaultMaxContentLength = 9_765_625;

    /// <summary>Imports <paramref name="path"/> for <paramref name="organisation"/>.</summary>
    /// <exception cref="HubImportException">The file is malformed or holds invalid objects; nothing was stored.</exception>
    public static async Task<MedallionImportResult> ImportAsync(ICordonStore store, string path, string organisation, TimeProvider? time = null, HubCorrelation? correlation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        var plan = Plan(path, await HubFiles.ReadAsync(path, cancellationToken), organisation);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        int objects = 0, duplicates = 0;
        foreach (var root in plan.Roots)
        {
            await store.SaveHubApiRootAsync(root, cancellationToken);
        }

        foreach (var (collection, right, items) in plan.Collections)
        {
            await store.SaveHubCollectionAsync(collection, cancellationToken);
            await store.SetHubCollectionRightAsync(right, cancellationToken);
            var result = await store.AddHubObjectsAsync(new HubAddRequest(collection.Id, organisation, items, null, now) { AllOrNothing = true }, cancellationToken);
            objects += result.Added;
            duplicates += result.Duplicates;
            if (correlation is not null)
            {
                await correlation.CorrelateArrivalsQuietlyAsync(collection.Id, organisation, items.Select(o => o.ObjectId), cancellationToken);
            }
        }

        foreach (var status in plan.Statuses)
        {
            await store.SaveHubStatusAsync(status, cancellationToken);
        }

        return new MedallionImportResult(plan.Roots.Count, plan.Collections.Count, objects, duplicates, plan.Statuses.Count);
    }

    internal sealed record ImportPlan(
        List<HubApiRoot> Roots,
        List<(HubCollectionInfo Collection, HubCollectionRight Right, List<HubObjectToAdd> Objects)> Collections,
        List<HubStatus> Statuses);

    internal static ImportPlan Plan(string path, byte[] json, string organisation)
    {
        using (var document = HubJson.ParseImport(path, json, allowTrailingCommas: true))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new HubImportException($"{path}: not a medallion memory-backend file (a JSON object of API roots); nothing was imported.");
            }

            var plan = new ImportPlan([], [], []);
            var problems = new List<string>();
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Name.StartsWith('/'))
                {
                    continue; // "/discovery": Cordon builds its own from the API roots.
                }

                PlanRoot(entry, organisation, plan, problems);
            }

            if (problems.Count > 0)
            {
                throw new HubImportException(path, problems);
            }

            return plan;
        }
    }

    private static void PlanRoot(JsonProperty entry, string organisation, ImportPlan plan, List<string> problems)
    {
        var where = entry.Name;
        if (entry.Value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: an API root must be an object.");
            return;
        }

        var information = entry.Value.TryGetProperty("information", out var info) && info.ValueKind == JsonValueKind.Object ? info : default;
        plan.Roots.Add(new HubApiRoot(
            entry.Name,
            Text(information, "title") ?? entry.Name,
            Text(information, "description"),
            information.ValueKind == JsonValueKind.Object && information.TryGetProperty("max_content_length", out var max) && max.TryGetInt64(out var maxValue) && maxValue > 0
                ? maxValue
                : DefaultMaxContentLength));

        if (entry.Value.TryGetProperty("collections", out var collections) && collections.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var collection in collections.EnumerateArray())
            {
                PlanCollection(collection, $"{where}.collections[{index++}]", entry.Name, organisation, plan, problems);
            }
        }

        if (entry.Value.TryGetProperty("status", out var statuses) && statuses.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var status in statuses.EnumerateArray())
            {
                PlanStatus(status, $"{where}.status[{index++}]", entry.Name, organisation, plan, problems);
            }
        }
    }

    private static void PlanCollection(JsonElement collection, string where, string apiRoot, string organisation, ImportPlan plan, List<string> problems)
    {
        if (collection.ValueKind != JsonValueKind.Object || Text(collection, "id") is not { } id || !Guid.TryParse(id, out _))
        {
            problems.Add($"{where}: a collection needs an 'id' that is a UUID.");
            return;
        }

        var mediaTypes = collection.TryGetProperty("media_types", out var media) && media.ValueKind == JsonValueKind.Array
            ? media.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToArray()
            : [TaxiiMediaTypes.Stix21];
        var info = new HubCollectionInfo(id.ToLowerInvariant(), apiRoot, Text(collection, "title") ?? id, Text(collection, "description"), Text(collection, "alias"), mediaTypes);
        var right = new HubCollectionRight(info.Id, organisation, Flag(collection, "can_read"), Flag(collection, "can_write"));

        var manifest = new Dictionary<(string, string), DateTimeOffset>();
        if (collection.TryGetProperty("manifest", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in entries.EnumerateArray())
            {
                if (Text(entry, "id") is { } entryId && Text(entry, "version") is { } version && StixTimestamp.TryParseInstant(Text(entry, "date_added")) is { } added)
                {
                    manifest[(entryId, version)] = added;
                }
            }
        }

        var objects = new List<HubObjectToAdd>();
        if (collection.TryGetProperty("objects", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                var itemWhere = $"{where}.objects[{index++}]";
                var check = StixObjectReader.Check(WithoutMeta(item, out var meta));
                if (check.Valid is not { } valid)
                {
                    problems.Add($"{itemWhere} {check.Id}: {check.Error}");
                    continue;
                }

                var dateAdded = StixTimestamp.TryParseInstant(Text(meta, "date_added"))
                    ?? (check.Version is { } v && manifest.TryGetValue((check.Id, v), out var fromManifest) ? fromManifest : (DateTimeOffset?)null);
                if (dateAdded is null)
                {
                    problems.Add($"{itemWhere} {check.Id}: no date_added in '__meta' or in the collection's manifest.");
                    continue;
                }

                objects.Add(valid with { DateAdded = dateAdded });
            }
        }

        plan.Collections.Add((info, right, objects));
    }

    private static void PlanStatus(JsonElement status, string where, string apiRoot, string organisation, ImportPlan plan, List<string> problems)
    {
        if (status.ValueKind != JsonValueKind.Object || Text(status, "id") is not { } id || StixTimestamp.TryParseInstant(Text(status, "request_timestamp")) is not { } requested)
        {
            problems.Add($"{where}: a status needs an 'id' and a 'request_timestamp'.");
            return;
        }

        var successes = Details(status, "successes");
        var failures = Details(status, "failures");
        var pendings = Details(status, "pendings");
        var total = status.TryGetProperty("total_count", out var t) && t.TryGetInt32(out var tv) ? tv
            : status.TryGetProperty("total_objects", out var o) && o.TryGetInt32(out var ov) ? ov
            : successes.Count + failures.Count + pendings.Count;
        plan.Statuses.Add(new HubStatus(id, apiRoot, organisation, Text(status, "status") ?? "complete", requested, total, successes, failures, pendings));
    }

    private static List<HubStatusDetail> Details(JsonElement status, string name)
    {
        var result = new List<HubStatusDetail>();
        if (!status.TryGetProperty(name, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                result.Add(new HubStatusDetail(item.GetString()!, null, null)); // medallion 1.x listed bare ids
            }
            else if (item.ValueKind == JsonValueKind.Object && Text(item, "id") is { } id)
            {
                result.Add(new HubStatusDetail(id, Text(item, "version"), Text(item, "message")));
            }
        }

        return result;
    }

    private static JsonElement WithoutMeta(JsonElement item, out JsonElement meta)
    {
        meta = default;
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("__meta", out meta))
        {
            return item;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in item.EnumerateObject().Where(p => p.Name != "__meta"))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        meta = meta.Clone();
        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
