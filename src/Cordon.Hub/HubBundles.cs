using System.Text.Json;
using Cordon.Stix.Model;
using Cordon.Hub.Correlation;
using Cordon.Storage;
using Cordon.Accounts;

namespace Cordon.Hub;

/// <summary>
/// STIX bundles in and out of a collection. Imports are all or nothing (one invalid object and nothing is stored);
/// exports go through the same read rule as TAXII, so a bundle never carries what the exporting organisation may not read.
/// </summary>
public static class HubBundles
{
    /// <summary>Reads a STIX bundle (or a TAXII envelope) and checks every object.</summary>
    /// <exception cref="HubImportException">The file is not JSON, not a bundle or envelope, or an object is invalid.</exception>
    public static IReadOnlyList<HubObjectToAdd> Read(string name, ReadOnlyMemory<byte> json, string? provenance = null)
    {
        using (var document = HubJson.ParseImport(name, json))
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
            {
                throw new HubImportException($"{name}: not a STIX bundle or TAXII envelope (a JSON object with an 'objects' list); nothing was imported.");
            }

            // A TAXII envelope has no type; anything that says what it is must be a well-formed STIX bundle (STIX 2.1 section 8).
            if (root.TryGetProperty("type", out var type) && BundleProblem(type, root) is { } problem)
            {
                throw new HubImportException($"{name}: not a STIX bundle: {problem}; nothing was imported.");
            }

            var result = new List<HubObjectToAdd>(objects.GetArrayLength());
            var problems = new List<string>();
            var index = 0;
            foreach (var element in objects.EnumerateArray())
            {
                var check = StixObjectReader.Check(element, provenance);
                if (check.Valid is { } valid)
                {
                    result.Add(valid);
                }
                else
                {
                    problems.Add($"objects[{index}] {(check.Id.Length > 0 ? check.Id : "(no id)")}: {check.Error}");
                }

                index++;
            }

            if (problems.Count > 0)
            {
                throw new HubImportException(name, problems);
            }

            return result;
        }
    }

    private static string? BundleProblem(JsonElement type, JsonElement root)
    {
        if (type.ValueKind != JsonValueKind.String || type.GetString() != "bundle")
        {
            return $"'type' must be \"bundle\", not {(type.ValueKind == JsonValueKind.String ? "\"" + Clip(type.GetString()!) + "\"" : "a JSON " + type.ValueKind.ToString().ToLowerInvariant())}";
        }

        if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return "'id' is missing or not a string (a bundle's id is bundle--<UUID>)";
        }

        return StixIdentifier.TryParse(id.GetString(), out var parsed, out var why) && parsed.Type == "bundle"
            ? null
            : $"'id' '{Clip(id.GetString()!)}' is not bundle--<UUID>{(why is null ? string.Empty : " (" + why + ")")}";
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>
    /// Imports a file into a collection in one transaction, owned by <paramref name="organisation"/>; then, with
    /// <paramref name="correlation"/>, correlates its indicators with the stored records. The file is a STIX bundle or
    /// TAXII envelope, or MISP JSON (<see cref="Misp.MispImport"/>); <paramref name="format"/> says which, or
    /// <see cref="HubImportFormat.Auto"/> recognises it by content.
    /// </summary>
    public static async Task<HubAddResult> ImportAsync(ICordonStore store, string collectionId, string organisation, string path, TimeProvider? time = null, HubCorrelation? correlation = null, HubImportFormat format = HubImportFormat.Auto, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var json = await HubFiles.ReadAsync(path, cancellationToken);
        if (format == HubImportFormat.Misp || (format == HubImportFormat.Auto && Misp.MispImport.IsMisp(json)))
        {
            return await Misp.MispImport.ImportAsync(store, collectionId, organisation, path, json, time, correlation, cancellationToken);
        }

        var objects = Read(path, json);
        return await StoreAsync(store, collectionId, organisation, path, objects, (time ?? TimeProvider.System).GetUtcNow(), correlation, cancellationToken);
    }

    /// <summary>Stores checked objects all or nothing, then correlates them.</summary>
    internal static async Task<HubAddResult> StoreAsync(ICordonStore store, string collectionId, string organisation, string path, IReadOnlyList<HubObjectToAdd> objects, DateTimeOffset now, HubCorrelation? correlation, CancellationToken cancellationToken)
    {
        try
        {
            var result = await store.AddHubObjectsAsync(new HubAddRequest(collectionId, organisation, objects, null, now) { AllOrNothing = true }, cancellationToken);
            if (correlation is not null)
            {
                await correlation.CorrelateArrivalsQuietlyAsync(collectionId, organisation, objects.Select(o => o.ObjectId), cancellationToken);
            }

            return result;
        }
        catch (ArgumentException e)
        {
            throw new HubImportException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Writes the objects of a collection that <paramref name="organisation"/> may read as a STIX 2.1 bundle, in the order
    /// they were added; the latest version of each unless <paramref name="allVersions"/>. Returns how many were written.
    /// As over TAXII, the organisation needs a read right on the collection first; the TLP rule then applies per version.
    /// </summary>
    /// <exception cref="HubAccessDeniedException">The organisation has no read right on the collection (or it does not exist); nothing was written.</exception>
    public static async Task<int> ExportAsync(ICordonStore store, string collectionId, string organisation, Stream output, bool allVersions = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rights = await store.GetHubCollectionRightsAsync(organisation, cancellationToken);
        if (!rights.Any(r => r.CollectionId == collectionId && r.CanRead))
        {
            throw new HubAccessDeniedException(
                $"Organisation '{organisation}' may not read collection '{collectionId}' (no read right, or no such collection); nothing was exported. Grant it with 'cordon hub grant {collectionId} {organisation} --read'.");
        }

        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, SkipValidation = true });
        writer.WriteStartObject();
        writer.WriteString("type", "bundle");
        writer.WriteString("id", "bundle--" + Guid.NewGuid());
        writer.WriteStartArray("objects");
        var count = 0;
        HubPosition? after = null;
        while (true)
        {
            var page = await store.QueryHubObjectsAsync(
                new HubObjectQuery(collectionId, organisation, 1000, after, Versions: allVersions ? HubVersionFilter.Every : HubVersionFilter.LastOnly),
                cancellationToken);
            foreach (var item in page.Objects)
            {
                writer.WriteRawValue(item.Json!, skipInputValidation: true);
                count++;
            }

            await writer.FlushAsync(cancellationToken);
            if (!page.More)
            {
                break;
            }

            after = new HubPosition(page.Objects[^1].DateAdded, page.Objects[^1].Sequence);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        return count;
    }
}
