using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Stix.Model;
using Cordon.Stix.Patterning;
using Cordon.Hub.Correlation;
using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>
/// The sharing hub: one method per TAXII 2.1 endpoint (sections 4–5), each deciding access from the caller's organisation
/// before anything is read. Collection rights say who may read or write a collection; inside it, each object's TLP marking
/// says who may read that version (decided in the store's query, so pages, counts, headers and errors agree). A collection
/// or object the caller may not read gets the same answer as one that does not exist.
/// </summary>
public sealed class SharingHub
{
    private const string CursorSecretName = "taxii-cursor-key";
    private readonly ICordonStore store;
    private readonly TimeProvider time;
    private readonly HubCorrelation? correlation;
    private PageCursor? cursor;

    /// <summary>Creates the hub over a store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="time">The clock.</param>
    /// <param name="options">The settings.</param>
    /// <param name="correlation">Correlates added indicators with the organisations' stored records; null does not.</param>
    public SharingHub(ICordonStore store, TimeProvider? time = null, SharingHubOptions? options = null, HubCorrelation? correlation = null)
    {
        this.correlation = correlation;
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.time = time ?? TimeProvider.System;
        Options = options ?? new SharingHubOptions();
    }

    /// <summary>The settings.</summary>
    public SharingHubOptions Options { get; }

    /// <summary>The store.</summary>
    public ICordonStore Store => store;

    /// <summary>The API roots (discovery, section 4.1). Every authenticated caller may list them.</summary>
    public Task<IReadOnlyList<HubApiRoot>> GetApiRootsAsync(CancellationToken cancellationToken = default) => store.GetHubApiRootsAsync(cancellationToken);

    /// <summary>One API root (section 4.2).</summary>
    /// <exception cref="TaxiiException">404 when it does not exist.</exception>
    public async Task<HubApiRoot> GetApiRootAsync(string name, CancellationToken cancellationToken = default) =>
        (await store.GetHubApiRootsAsync(cancellationToken)).FirstOrDefault(r => r.Name == name)
        ?? throw new TaxiiException(404, "API root not found", "No API root with this name exists on this server.");

    /// <summary>The collections of an API root on which the caller has any right (section 5.1).</summary>
    public async Task<IReadOnlyList<TaxiiCollectionView>> GetCollectionsAsync(HubCaller caller, string apiRoot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await GetApiRootAsync(apiRoot, cancellationToken);
        var rights = (await store.GetHubCollectionRightsAsync(caller.OrganisationId, cancellationToken)).ToDictionary(r => r.CollectionId, StringComparer.Ordinal);
        return (await store.GetHubCollectionsAsync(apiRoot, cancellationToken))
            .Where(c => rights.ContainsKey(c.Id))
            .Select(c => View(c, rights[c.Id], caller))
            .ToList();
    }

    /// <summary>One collection (section 5.2), found by id or alias.</summary>
    /// <exception cref="TaxiiException">404 when it does not exist or the caller has no right on it.</exception>
    public async Task<TaxiiCollectionView> GetCollectionAsync(HubCaller caller, string apiRoot, string collectionId, CancellationToken cancellationToken = default)
    {
        var collections = await GetCollectionsAsync(caller, apiRoot, cancellationToken);
        return collections.FirstOrDefault(c => c.Collection.Id == collectionId)
            ?? collections.FirstOrDefault(c => c.Collection.Alias == collectionId)
            ?? throw TaxiiException.CollectionNotFound();
    }

    /// <summary>Objects of a collection (section 5.4): the latest version of each unless match[version] says otherwise.</summary>
    public Task<TaxiiPage> GetObjectsAsync(HubCaller caller, string apiRoot, string collectionId, TaxiiFilter filter, CancellationToken cancellationToken = default) =>
        ReadAsync(caller, apiRoot, collectionId, "objects", filter, withJson: true, cancellationToken);

    /// <summary>The manifest of a collection (section 5.3): the same selection as <see cref="GetObjectsAsync"/>, without the objects.</summary>
    public Task<TaxiiPage> GetManifestAsync(HubCaller caller, string apiRoot, string collectionId, TaxiiFilter filter, CancellationToken cancellationToken = default) =>
        ReadAsync(caller, apiRoot, collectionId, "manifest", filter, withJson: false, cancellationToken);

    /// <summary>One object (section 5.6): its latest version unless match[version] says otherwise.</summary>
    /// <exception cref="TaxiiException">404 when no version of it is readable by the caller.</exception>
    public async Task<TaxiiPage> GetObjectAsync(HubCaller caller, string apiRoot, string collectionId, string objectId, TaxiiFilter filter, CancellationToken cancellationToken = default)
    {
        objectId = StixIdCase.Normalize(objectId);
        var scoped = filter with { Ids = [objectId], Types = null };
        var page = await ReadAsync(caller, apiRoot, collectionId, "object", scoped, withJson: true, cancellationToken);
        if (page.Objects.Count == 0 && filter.Next is null)
        {
            await RequireVisibleAsync(caller, apiRoot, collectionId, objectId, cancellationToken);
        }

        return page;
    }

    /// <summary>The versions of one object (section 5.8), by date added.</summary>
    /// <exception cref="TaxiiException">404 when no version of it is readable by the caller.</exception>
    public async Task<TaxiiPage> GetVersionsAsync(HubCaller caller, string apiRoot, string collectionId, string objectId, TaxiiFilter filter, CancellationToken cancellationToken = default)
    {
        objectId = StixIdCase.Normalize(objectId);
        var scoped = filter with { Ids = [objectId], Types = null, Versions = HubVersionFilter.Every };
        var page = await ReadAsync(caller, apiRoot, collectionId, "versions", scoped, withJson: false, cancellationToken);
        if (page.Objects.Count == 0 && filter.Next is null)
        {
            await RequireVisibleAsync(caller, apiRoot, collectionId, objectId, cancellationToken);
        }

        return page;
    }

    /// <summary>
    /// Deletes the versions of an object (section 5.7) selected by match[version] (all by default) and match[spec_version].
    /// Only the organisation that added a version may delete it.
    /// </summary>
    /// <exception cref="TaxiiException">404 when nothing readable matches; 403 when the caller may not write or a matching version is another organisation's.</exception>
    public async Task DeleteObjectAsync(HubCaller caller, string apiRoot, string collectionId, string objectId, TaxiiFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        objectId = StixIdCase.Normalize(objectId);
        var view = await GetCollectionAsync(caller, apiRoot, collectionId, cancellationToken);
        if (!view.CanRead || !view.CanWrite)
        {
            throw new TaxiiException(403, "Forbidden", "Deleting needs both read and write access to the collection.");
        }

        var matched = new List<HubStoredObject>();
        HubPosition? after = null;
        while (true)
        {
            var page = await store.QueryHubObjectsAsync(
                new HubObjectQuery(view.Collection.Id, caller.OrganisationId, 1000, after, null, [objectId], null, filter.Versions ?? HubVersionFilter.Every, filter.SpecVersions, WithJson: false)
                {
                    EverySpecVersion = true,
                },
                cancellationToken);
            matched.AddRange(page.Objects);
            if (!page.More)
            {
                break;
            }

            after = new HubPosition(page.Objects[^1].DateAdded, page.Objects[^1].Sequence);
        }

        if (matched.Count == 0)
        {
            throw TaxiiException.ObjectNotFound();
        }

        if (matched.Any(o => o.OwnerOrganisation != caller.OrganisationId))
        {
            throw new TaxiiException(403, "Forbidden", "Only the organisation that added an object version may delete it.");
        }

        await store.DeleteHubObjectsAsync(view.Collection.Id, caller.OrganisationId, matched.Select(o => o.Sequence).ToList(), cancellationToken);
    }

    /// <summary>
    /// Adds the objects of a TAXII envelope to a collection (section 5.5) in one transaction and returns the status
    /// resource. Objects that break the STIX rules are listed as failures with the reason; the others are stored.
    /// </summary>
    /// <exception cref="TaxiiException">400 for malformed JSON, 422 for a body that is not an envelope, 403/404 for access.</exception>
    public async Task<HubStatus> AddObjectsAsync(HubCaller caller, string apiRoot, string collectionId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var view = await GetCollectionAsync(caller, apiRoot, collectionId, cancellationToken);
        if (!view.CanWrite)
        {
            throw new TaxiiException(403, "Forbidden", "You may not add objects to this collection.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new TaxiiException(400, "Malformed JSON", $"The request body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (JsonText.FindUndecodable(root) is { } undecodable)
            {
                throw new TaxiiException(400, "Malformed JSON", $"The request body is not valid JSON text at {undecodable.Path}: {undecodable.Reason}.");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new TaxiiException(422, "Not an envelope", "The request body must be a TAXII envelope: a JSON object with an 'objects' list.");
            }

            if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
            {
                throw new TaxiiException(422, "Not an envelope", "The envelope has no 'objects' list.");
            }

            if (objects.GetArrayLength() > Options.MaxObjectsPerEnvelope)
            {
                throw new TaxiiException(413, "Too many objects", $"An envelope may hold at most {Options.MaxObjectsPerEnvelope} objects; send several.");
            }

            var toAdd = new List<HubObjectToAdd>();
            var failures = new List<HubStatusDetail>();
            var index = 0;
            foreach (var element in objects.EnumerateArray())
            {
                var check = StixObjectReader.Check(Anonymised(element), now: time.GetUtcNow());
                if (check.Valid is { } valid)
                {
                    toAdd.Add(valid);
                }
                else
                {
                    failures.Add(new HubStatusDetail(check.Id, check.Version, $"objects[{index}]: {check.Error}"));
                }

                index++;
            }

            var now = time.GetUtcNow();
            var status = new HubStatus(Guid.NewGuid().ToString(), apiRoot, caller.OrganisationId, "complete", now, index, [], failures, []);
            var result = await store.AddHubObjectsAsync(new HubAddRequest(view.Collection.Id, caller.OrganisationId, toAdd, status, now), cancellationToken);
            if (correlation is not null)
            {
                // Alerts go to each matching organisation's own list; nothing of them reaches this caller's answer.
                await correlation.CorrelateArrivalsQuietlyAsync(view.Collection.Id, caller.OrganisationId, toAdd.Select(o => o.ObjectId), cancellationToken);
            }

            return result.Status!;
        }
    }

    /// <summary>
    /// Shares one indicator of a single value (<c>[path = 'value']</c>) in a collection, as analysts do from the workspace
    /// or the REST API: the value is checked for its kind and shared in its canonical form (<see cref="IndicatorValues"/>),
    /// and refused when an active indicator of the caller's organisation in the collection already says the same (partners
    /// would count one observation twice). Other organisations' indicators are not compared: the caller may not be
    /// allowed to know of them.
    /// </summary>
    /// <param name="caller">Who shares.</param>
    /// <param name="apiRoot">The API root.</param>
    /// <param name="collectionId">The collection.</param>
    /// <param name="path">The observable path, one of <see cref="IndicatorValues.Checked"/>.</param>
    /// <param name="value">The value as given.</param>
    /// <param name="name">The indicator's name, or null for the value.</param>
    /// <param name="markingId">The TLP marking-definition id.</param>
    /// <param name="validFor">How long it is valid, or null for no end.</param>
    /// <param name="cancellationToken">Cancels the share.</param>
    /// <returns>The indicator shared.</returns>
    /// <exception cref="TaxiiException">422 for a value that is not of its kind, 409 for a duplicate, 403/404 for access.</exception>
    public async Task<JsonObject> ShareIndicatorAsync(HubCaller caller, string apiRoot, string collectionId, string path, string value, string? name, string markingId, TimeSpan? validFor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        if (!IndicatorValues.Checked.TryGetValue(path, out var what))
        {
            throw new TaxiiException(422, "Unknown kind", $"'{path}' is not a kind of indicator value that can be shared this way; use one of {string.Join(", ", IndicatorValues.Checked.Keys)}.");
        }

        if (value.Length > 2048)
        {
            throw new TaxiiException(422, "Invalid value", $"The value is longer than 2,048 characters; it must be {what}.");
        }

        if (IndicatorValues.Normalise(path, value, out var problem) is not { } canonical)
        {
            throw new TaxiiException(422, "Invalid value", problem + ".");
        }

        var view = await GetCollectionAsync(caller, apiRoot, collectionId, cancellationToken);
        var pattern = $"[{path} = '{canonical.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";
        var key = IndicatorValues.SimpleKey(StixPattern.Parse(pattern));
        var now = time.GetUtcNow();
        HubPosition? after = null;
        while (key is not null)
        {
            var page = await store.QueryHubObjectsAsync(
                new HubObjectQuery(view.Collection.Id, caller.OrganisationId, 1000, after, Types: ["indicator"], Versions: HubVersionFilter.LastOnly, WithJson: true),
                cancellationToken);
            var same = page.Objects.FirstOrDefault(o => o.OwnerOrganisation == caller.OrganisationId && !o.Revoked && (o.ValidUntil is null || o.ValidUntil > now)
                && o.Json is not null && KeyOf(o.Json) == key);
            if (same is not null)
            {
                throw new TaxiiException(409, "Duplicate indicator", $"{path} = '{canonical}' duplicates {same.ObjectId}, which your organisation already shares in this collection; update or revoke that one instead.");
            }

            if (!page.More || page.Objects.Count == 0)
            {
                break;
            }

            after = new HubPosition(page.Objects[^1].DateAdded, page.Objects[^1].Sequence);
        }

        var stamp = StixTimestamp.FormatMicroseconds(now);
        var indicator = new JsonObject
        {
            ["type"] = "indicator",
            ["spec_version"] = "2.1",
            ["id"] = "indicator--" + Guid.NewGuid(),
            ["created"] = stamp,
            ["modified"] = stamp,
            ["name"] = string.IsNullOrWhiteSpace(name) ? canonical : name.Trim(),
            ["indicator_types"] = new JsonArray("malicious-activity"),
            ["pattern"] = pattern,
            ["pattern_type"] = "stix",
            ["valid_from"] = stamp,
            ["object_marking_refs"] = new JsonArray(markingId),
        };
        if (validFor is { } span)
        {
            indicator["valid_until"] = StixTimestamp.FormatMicroseconds(now + span);
        }

        var envelope = new JsonObject { ["objects"] = new JsonArray(indicator) };
        var status = await AddObjectsAsync(caller, apiRoot, collectionId, System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString()), cancellationToken);
        if (status.Failures.Count > 0)
        {
            throw new TaxiiException(422, "Refused", string.Join("; ", status.Failures.Select(f => f.Message)));
        }

        return indicator;
    }

    /// <summary>
    /// Revokes one of the caller's organisation's indicators: adds a new version of it with <c>revoked: true</c> and
    /// <c>modified</c> at the hub's clock (a millisecond after the current version when the clock is not past it), which
    /// every reader sees on its next poll. A revocation cannot be taken back.
    /// </summary>
    /// <param name="caller">Who revokes; its organisation must be the indicator's owner.</param>
    /// <param name="apiRoot">The API root.</param>
    /// <param name="collectionId">The collection.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="cancellationToken">Cancels the revocation.</param>
    /// <returns>The revoked version as added.</returns>
    /// <exception cref="TaxiiException">
    /// 404 when the caller may not read it or it is not an indicator; 403 when it belongs to another organisation or the caller may
    /// not write; 409 when it is revoked already; 422 when the hub refuses the new version.
    /// </exception>
    public async Task<JsonObject> RevokeIndicatorAsync(HubCaller caller, string apiRoot, string collectionId, string indicatorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(indicatorId);
        var page = await GetObjectAsync(caller, apiRoot, collectionId, indicatorId, TaxiiFilter.None, cancellationToken);
        var current = page.Objects.Count > 0 ? page.Objects[0] : throw TaxiiException.ObjectNotFound();
        if (current.Type != "indicator" || current.Json is null || JsonNode.Parse(current.Json) is not JsonObject revoked)
        {
            throw TaxiiException.ObjectNotFound();
        }

        if (current.OwnerOrganisation != caller.OrganisationId)
        {
            throw new TaxiiException(403, "Not yours", "Only the organisation that shared an indicator may revoke it.");
        }

        if (current.Revoked)
        {
            throw new TaxiiException(409, "Already revoked", "That indicator is already revoked.");
        }

        var modified = time.GetUtcNow();
        if (modified <= current.Version)
        {
            modified = current.Version.AddMilliseconds(1);
        }

        revoked["modified"] = StixTimestamp.FormatMicroseconds(modified);
        revoked["revoked"] = true;
        var envelope = new JsonObject { ["objects"] = new JsonArray(revoked) };
        var status = await AddObjectsAsync(caller, apiRoot, collectionId, System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString()), cancellationToken);
        if (status.Failures.Count > 0)
        {
            throw new TaxiiException(422, "Refused", string.Join("; ", status.Failures.Select(f => f.Message)));
        }

        return revoked;
    }

    private static (string, string)? KeyOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String
                && (!document.RootElement.TryGetProperty("pattern_type", out var type) || type.GetString() == "stix")
                && StixPattern.TryParse(pattern.GetString()!, out _) is { } parsed
                && IndicatorValues.SimpleKey(parsed) is { } key
                ? key
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The sightings of an indicator in one collection (a Cordon extension to TAXII). The indicator's owner sees each sighting
    /// it may read, with who reported it unless the reporter asked for anonymity; any other reader of the indicator sees only
    /// the totals over sightings whose marking would let it read them. Latest version of each sighting only.
    /// </summary>
    /// <exception cref="TaxiiException">404 when the caller may not read the indicator (as for a missing one).</exception>
    public async Task<SightingSummary> GetSightingsAsync(HubCaller caller, string apiRoot, string collectionId, string indicatorId, CancellationToken cancellationToken = default)
    {
        indicatorId = StixIdCase.Normalize(indicatorId);
        var page = await GetObjectAsync(caller, apiRoot, collectionId, indicatorId, TaxiiFilter.None, cancellationToken);
        var indicator = page.Objects.Count > 0 ? page.Objects[0] : throw TaxiiException.ObjectNotFound();
        var view = await GetCollectionAsync(caller, apiRoot, collectionId, cancellationToken);
        var rule = new HubReadRule(await store.GetHubSharingGroupsAsync(cancellationToken));
        var owner = indicator.OwnerOrganisation == caller.OrganisationId;
        var latest = (await store.GetHubSightingsOfAsync(indicatorId, cancellationToken))
            .Where(s => s.CollectionId == view.Collection.Id)
            .GroupBy(s => (s.ObjectId, s.OwnerOrganisation))
            .Select(g => g.MaxBy(s => s.Version)!)
            .Where(s => !s.Revoked && rule.CanRead(s.OwnerOrganisation, s.Tlp, caller.OrganisationId, HubRecipients.Of(s.Tlp, s.Json)))
            .ToList();
        var reports = latest.Select(Report).ToList();
        return new SightingSummary(indicatorId, reports.Count, reports.Sum(r => (long)r.Count), owner ? reports : []);
    }

    /// <summary>A status resource (section 4.3), readable only by the organisation that made the request.</summary>
    /// <exception cref="TaxiiException">404 when it does not exist or belongs to another organisation or API root.</exception>
    public async Task<HubStatus> GetStatusAsync(HubCaller caller, string apiRoot, string statusId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await GetApiRootAsync(apiRoot, cancellationToken);
        var status = await store.GetHubStatusAsync(statusId, cancellationToken);
        if (status is null || status.OrganisationId != caller.OrganisationId || status.ApiRoot != apiRoot)
        {
            throw new TaxiiException(404, "Status not found", "No status with this id exists in this API root, or it is not yours.");
        }

        return status;
    }

    private async Task<TaxiiPage> ReadAsync(HubCaller caller, string apiRoot, string collectionId, string endpoint, TaxiiFilter filter, bool withJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var view = await GetCollectionAsync(caller, apiRoot, collectionId, cancellationToken);
        if (!view.CanRead)
        {
            throw new TaxiiException(403, "Forbidden", "You may not read objects of this collection.");
        }

        var codec = await CursorAsync(cancellationToken);
        var scope = string.Join("\n", endpoint, apiRoot, view.Collection.Id, caller.OrganisationId, filter.Canonical());
        HubPosition? after = null;
        if (filter.Next is { } next)
        {
            after = codec.Read(scope, next)
                ?? throw TaxiiException.BadParameter("next", "not a cursor this server issued for this collection and these filters; start again without 'next'.");
        }

        var limit = Math.Clamp(filter.Limit ?? Options.DefaultPageSize, 1, Options.MaxPageSize);
        var page = await store.QueryHubObjectsAsync(
            new HubObjectQuery(view.Collection.Id, caller.OrganisationId, limit, after, filter.AddedAfter, filter.Ids, filter.Types, filter.Versions ?? HubVersionFilter.LastOnly, filter.SpecVersions, withJson),
            cancellationToken);
        var nextCursor = page.More ? codec.Issue(scope, new HubPosition(page.Objects[^1].DateAdded, page.Objects[^1].Sequence)) : null;
        return new TaxiiPage(page.Objects, page.More, nextCursor);
    }

    private async Task RequireVisibleAsync(HubCaller caller, string apiRoot, string collectionId, string objectId, CancellationToken cancellationToken)
    {
        var view = await GetCollectionAsync(caller, apiRoot, collectionId, cancellationToken);
        var any = await store.QueryHubObjectsAsync(
            new HubObjectQuery(view.Collection.Id, caller.OrganisationId, 1, Ids: [objectId], Versions: HubVersionFilter.Every, WithJson: false) { EverySpecVersion = true },
            cancellationToken);
        if (any.Objects.Count == 0)
        {
            throw TaxiiException.ObjectNotFound();
        }
    }

    private static SightingReport Report(HubStoredObject sighting)
    {
        using var document = JsonDocument.Parse(sighting.Json!);
        var root = document.RootElement;
        var anonymous = root.TryGetProperty(AnonymousProperty, out var flag) && flag.ValueKind == JsonValueKind.True;
        var count = root.TryGetProperty("count", out var c) && c.TryGetInt32(out var n) && n >= 0 ? n : 1;
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var where = !anonymous && root.TryGetProperty("where_sighted_refs", out var refs) && refs.ValueKind == JsonValueKind.Array
            ? refs.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
            : [];
        return new SightingReport(sighting.ObjectId, anonymous ? null : sighting.OwnerOrganisation, count, Text("first_seen"), Text("last_seen"), where);
    }

    /// <summary>
    /// A sighting sent with this property set to true is stored without <c>created_by_ref</c> and <c>where_sighted_refs</c>,
    /// and its reporter is never named, not even to the indicator's owner.
    /// </summary>
    public const string AnonymousProperty = "x_cordon_anonymous";

    private static JsonElement Anonymised(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(AnonymousProperty, out var flag) || flag.ValueKind != JsonValueKind.True
            || !element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "sighting")
        {
            return element;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in element.EnumerateObject().Where(p => p.Name is not ("created_by_ref" or "where_sighted_refs")))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static TaxiiCollectionView View(HubCollectionInfo collection, HubCollectionRight right, HubCaller caller) =>
        new(collection, right.CanRead, right.CanWrite && caller.MayWrite);

    // Two first requests racing both ask the store, which keeps the first secret: they end with the same key.
    private async Task<PageCursor> CursorAsync(CancellationToken cancellationToken)
    {
        if (cursor is { } ready)
        {
            return ready;
        }

        var secret = await store.GetOrCreateHubSecretAsync(CursorSecretName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken);
        cursor = new PageCursor(Convert.FromBase64String(secret));
        return cursor;
    }
}
