using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Hub.Correlation;
using Cordon.Storage;

namespace Cordon.Hub.Misp;

/// <summary>
/// MISP events into a collection: each event is converted to STIX (<see cref="MispToStix"/>) and every resulting object
/// goes through the same checks as a TAXII add (<see cref="StixObjectReader"/>), so what is stored is ordinary STIX that
/// TAXII reads, exports, sightings and correlation handle unchanged.
/// </summary>
public static class MispImport
{
    /// <summary>Whether a file's bytes are MISP JSON (false for anything else, including text that is not JSON).</summary>
    public static bool IsMisp(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(HubJson.WithoutByteOrderMark(json), new JsonDocumentOptions { MaxDepth = 64 });
            return MispJson.IsMisp(document.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads MISP JSON and converts and checks every event; all or nothing.</summary>
    /// <exception cref="HubImportException">The file is not MISP JSON, or an event or converted object is invalid (each problem listed).</exception>
    public static IReadOnlyList<HubObjectToAdd> Read(string name, ReadOnlyMemory<byte> json, string? provenance = null, DateTimeOffset? now = null)
    {
        var events = MispJson.Read(name, json);
        var problems = new List<string>();
        var result = new List<HubObjectToAdd>();
        foreach (var mispEvent in events)
        {
            result.AddRange(ToHubObjects(mispEvent, provenance, now, problems));
        }

        if (problems.Count > 0)
        {
            throw new HubImportException(name, problems);
        }

        return result;
    }

    /// <summary>Converts and checks one event; problems are added to <paramref name="problems"/> (then nothing of the event is returned).</summary>
    public static IReadOnlyList<HubObjectToAdd> ToHubObjects(MispEvent mispEvent, string? provenance, DateTimeOffset? now, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(mispEvent);
        ArgumentNullException.ThrowIfNull(problems);
        IReadOnlyList<JsonObject> stix;
        try
        {
            stix = MispToStix.Convert(mispEvent);
        }
        catch (MispConversionException e)
        {
            problems.Add(e.Message);
            return [];
        }

        var result = new List<HubObjectToAdd>(stix.Count);
        var count = problems.Count;
        foreach (var item in stix)
        {
            var check = StixObjectReader.Check(JsonSerializer.SerializeToElement(item), provenance, now);
            if (check.Valid is { } valid)
            {
                result.Add(valid);
            }
            else
            {
                problems.Add($"event {mispEvent.Uuid} → {check.Id}: {check.Error}");
            }
        }

        return problems.Count > count ? [] : result;
    }

    /// <summary>
    /// Imports a MISP JSON file into a collection in one transaction, owned by <paramref name="organisation"/>; then, with
    /// <paramref name="correlation"/>, correlates its indicators with the stored records.
    /// </summary>
    /// <exception cref="HubImportException">Nothing was stored.</exception>
    public static async Task<HubAddResult> ImportAsync(ICordonStore store, string collectionId, string organisation, string path, ReadOnlyMemory<byte> json, TimeProvider? time = null, HubCorrelation? correlation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var objects = Read(path, json, null, now);
        return await HubBundles.StoreAsync(store, collectionId, organisation, path, objects, now, correlation, cancellationToken);
    }
}
