using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Hub.Correlation;
using Cordon.Stix.Model;
using Cordon.Storage;
using Cordon.Accounts;

namespace Cordon.Hub.Misp;

/// <summary>
/// Follows MISP feeds (a base URL serving <c>manifest.json</c> — event uuid → {info, timestamp, …} — and
/// <c>&lt;uuid&gt;.json</c> per event, as MISP and its feed generator publish them) into local collections, like TAXII
/// subscriptions (<see cref="TaxiiFederation"/>): the subscriptions and their state live in the hub settings, a poll fetches
/// only events whose manifest timestamp changed since they were last stored, converts each (<see cref="MispImport"/>) and
/// stores it in its own transaction, owned by the subscribing organisation, with the event's URL as provenance. When a
/// new version of an event no longer holds an attribute or object it held, that object gets a revoked version, so a
/// withdrawn indicator stops matching. An event that fails is listed and fetched again on the next poll.
/// </summary>
public sealed class MispFeedFollower
{
    /// <summary>Largest manifest or event accepted from a feed.</summary>
    public const long MaxBytes = 64L << 20;

    private const string Prefix = "misp-feed:";
    private readonly ICordonStore store;
    private readonly HttpClient http;
    private readonly TimeProvider time;

    /// <summary>Creates the follower (the HttpClient is the caller's).</summary>
    public MispFeedFollower(ICordonStore store, HttpClient http, TimeProvider? time = null)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>Correlates arriving indicators with stored records; null does not.</summary>
    public HubCorrelation? Correlation { get; init; }

    /// <summary>Creates or replaces a subscription (its state starts over: every event is fetched on the next poll).</summary>
    public async Task SaveAsync(MispFeedSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentException.ThrowIfNullOrWhiteSpace(subscription.Id);
        if (!subscription.FeedUrl.IsAbsoluteUri || subscription.FeedUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{subscription.FeedUrl}' is not an http(s) URL.", nameof(subscription));
        }

        if (!(await store.GetHubCollectionsAsync(null, cancellationToken)).Any(c => c.Id == subscription.LocalCollectionId))
        {
            throw new ArgumentException($"Local collection '{subscription.LocalCollectionId}' does not exist.", nameof(subscription));
        }

        var url = subscription.FeedUrl.AbsoluteUri.EndsWith('/') ? subscription.FeedUrl : new Uri(subscription.FeedUrl.AbsoluteUri + "/");
        await store.SetHubSettingAsync(Prefix + subscription.Id, JsonSerializer.Serialize(subscription with { FeedUrl = url }), cancellationToken);
    }

    /// <summary>Every MISP feed subscription.</summary>
    public async Task<IReadOnlyList<MispFeedSubscription>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await store.GetHubSettingsAsync(Prefix, cancellationToken)).Select(p => JsonSerializer.Deserialize<MispFeedSubscription>(p.Value)!).ToList();

    /// <summary>Removes a subscription (what it brought stays); false when there was none.</summary>
    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await store.GetHubSettingAsync(Prefix + id, cancellationToken) is null)
        {
            return false;
        }

        await store.SetHubSettingAsync(Prefix + id, null, cancellationToken);
        return true;
    }

    /// <summary>Polls one feed: every event new or changed since it was last stored.</summary>
    /// <exception cref="MispFeedException">The manifest could not be fetched or read; nothing was stored.</exception>
    public async Task<MispFeedPollResult> PollAsync(string id, CancellationToken cancellationToken = default)
    {
        var json = await store.GetHubSettingAsync(Prefix + id, cancellationToken)
            ?? throw new ArgumentException($"No MISP feed subscription named '{id}'.", nameof(id));
        var subscription = JsonSerializer.Deserialize<MispFeedSubscription>(json)!;
        var manifestUrl = new Uri(subscription.FeedUrl, "manifest.json");
        var manifest = ReadManifest(manifestUrl, await GetAsync(manifestUrl, subscription.Authorization, cancellationToken));
        var seen = new Dictionary<string, long>(subscription.Seen, StringComparer.Ordinal);
        var problems = new List<string>();
        int fetched = 0, storedEvents = 0, added = 0, revoked = 0;
        foreach (var (uuid, timestamp) in manifest.OrderBy(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            if (seen.TryGetValue(uuid, out var known) && known == timestamp)
            {
                continue;
            }

            fetched++;
            var eventUrl = new Uri(subscription.FeedUrl, uuid + ".json");
            try
            {
                var (objects, withdrawn) = await PrepareAsync(subscription, uuid, eventUrl, await GetAsync(eventUrl, subscription.Authorization, cancellationToken), cancellationToken);
                var now = time.GetUtcNow();
                var result = await store.AddHubObjectsAsync(
                    new HubAddRequest(subscription.LocalCollectionId, subscription.Organisation, [.. objects, .. withdrawn], null, now) { AllOrNothing = true }, cancellationToken);
                added += result.Added;
                revoked += withdrawn.Count;
                storedEvents++;
                seen[uuid] = timestamp;
                if (Correlation is not null)
                {
                    await Correlation.CorrelateArrivalsQuietlyAsync(subscription.LocalCollectionId, subscription.Organisation, objects.Select(o => o.ObjectId), cancellationToken);
                }
            }
            catch (Exception e) when (e is HubImportException or MispFeedException or ArgumentException)
            {
                problems.Add($"{eventUrl}: {e.Message}");
            }
        }

        await store.SetHubSettingAsync(Prefix + id, JsonSerializer.Serialize(subscription with { Seen = seen, PolledAt = time.GetUtcNow() }), cancellationToken);
        return new MispFeedPollResult(manifest.Count, fetched, storedEvents, added, revoked, problems);
    }

    private async Task<(List<HubObjectToAdd> Objects, List<HubObjectToAdd> Withdrawn)> PrepareAsync(MispFeedSubscription subscription, string uuid, Uri eventUrl, byte[] body, CancellationToken cancellationToken)
    {
        var events = MispJson.Read(eventUrl.AbsoluteUri, body);
        if (events.Count != 1 || events[0].Uuid != uuid)
        {
            throw new MispFeedException($"holds {(events.Count == 1 ? "event " + events[0].Uuid : events.Count + " events")}, not the manifest's event {uuid}.");
        }

        var problems = new List<string>();
        var now = time.GetUtcNow();
        var objects = MispImport.ToHubObjects(events[0], eventUrl.AbsoluteUri, now, problems).ToList();
        if (problems.Count > 0)
        {
            throw new HubImportException(eventUrl.AbsoluteUri, problems);
        }

        return (objects, await WithdrawnAsync(subscription, "report--" + uuid, objects, eventUrl.AbsoluteUri, now, cancellationToken));
    }

    // The previous version of the event's report names what the event held; what the new one no longer holds is revoked.
    private async Task<List<HubObjectToAdd>> WithdrawnAsync(MispFeedSubscription subscription, string reportId, List<HubObjectToAdd> objects, string provenance, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var previous = (await store.QueryHubObjectsAsync(new HubObjectQuery(subscription.LocalCollectionId, subscription.Organisation, 1, Ids: [reportId]), cancellationToken)).Objects;
        if (previous.Count == 0 || previous[0].OwnerOrganisation != subscription.Organisation || JsonNode.Parse(previous[0].Json!) is not JsonObject report
            || report["object_refs"] is not JsonArray refs)
        {
            return [];
        }

        var kept = objects.Select(o => o.ObjectId).ToHashSet(StringComparer.Ordinal);
        var dropped = refs.Select(r => r?.GetValue<string>()).OfType<string>().Where(r => !kept.Contains(r)).ToList();
        if (dropped.Count == 0)
        {
            return [];
        }

        var result = new List<HubObjectToAdd>();
        var stored = await store.QueryHubObjectsAsync(new HubObjectQuery(subscription.LocalCollectionId, subscription.Organisation, dropped.Count, Ids: dropped), cancellationToken);
        foreach (var old in stored.Objects.Where(o => o.OwnerOrganisation == subscription.Organisation && !o.Revoked && o.Json is not null))
        {
            var json = (JsonObject)JsonNode.Parse(old.Json!)!;
            json["revoked"] = true;
            var modified = now > old.Version ? now : old.Version.AddMilliseconds(1);
            json["modified"] = StixTimestamp.FormatMilliseconds(modified);
            var check = StixObjectReader.Check(JsonSerializer.SerializeToElement(json), provenance, now);
            if (check.Valid is { } valid)
            {
                result.Add(valid);
            }
        }

        return result;
    }

    private async Task<byte[]> GetAsync(Uri url, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new MispFeedException($"{url}: {e.Message}", e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new MispFeedException($"{url}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw new MispFeedException($"{url}: larger than {MaxBytes:N0} bytes.");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new MispFeedException($"{url}: larger than {MaxBytes:N0} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    /// <summary>Reads a feed manifest: event uuid → its timestamp (MISP writes it as a string or a number).</summary>
    /// <exception cref="MispFeedException">Not a manifest.</exception>
    internal static Dictionary<string, long> ReadManifest(Uri url, byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(HubJson.WithoutByteOrderMark(body), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new MispFeedException($"{url}: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new MispFeedException($"{url}: not a MISP feed manifest (a JSON object of event uuid → entry).");
            }

            var result = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (!Guid.TryParseExact(entry.Name, "D", out var uuid) || entry.Value.ValueKind != JsonValueKind.Object || !entry.Value.TryGetProperty("timestamp", out var stamp))
                {
                    throw new MispFeedException($"{url}: entry '{(entry.Name.Length > 60 ? entry.Name[..60] + "…" : entry.Name)}' is not an event uuid with a timestamp.");
                }

                long seconds;
                var ok = stamp.ValueKind == JsonValueKind.Number ? stamp.TryGetInt64(out seconds)
                    : long.TryParse(stamp.ValueKind == JsonValueKind.String ? stamp.GetString() : null, NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
                if (!ok)
                {
                    throw new MispFeedException($"{url}: the timestamp of event {entry.Name} is not seconds since 1970.");
                }

                result[uuid.ToString()] = seconds;
            }

            return result;
        }
    }
}
