using System.Net.Http.Headers;
using System.Text.Json;
using Cordon.Hub.Correlation;
using Cordon.Storage;
using Cordon.Accounts;

namespace Cordon.Hub;

/// <summary>
/// Follows collections on other TAXII servers: each poll asks for what was added after the last page received, pages with
/// <c>next</c> until <c>more</c> is false, and stores each page in one transaction with the remote collection as provenance.
/// New versions (a revocation, say) arrive like any other object. The polling state is saved only after a complete poll,
/// so an interrupted one is simply repeated (storing is idempotent).
/// </summary>
public sealed class TaxiiFederation
{
    private const string Prefix = "subscription:";
    private readonly ICordonStore store;
    private readonly HttpClient http;
    private readonly TimeProvider time;

    /// <summary>Creates the federation service (the HttpClient is the caller's).</summary>
    public TaxiiFederation(ICordonStore store, HttpClient http, TimeProvider? time = null)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>Correlates arriving indicators with stored records; null does not.</summary>
    public HubCorrelation? Correlation { get; init; }

    /// <summary>Page size asked of remote servers.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>Creates or replaces a subscription (its polling state starts over unless given).</summary>
    public async Task SaveAsync(TaxiiSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentException.ThrowIfNullOrWhiteSpace(subscription.Id);
        if (!subscription.CollectionUrl.IsAbsoluteUri || subscription.CollectionUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{subscription.CollectionUrl}' is not an http(s) URL.", nameof(subscription));
        }

        if (!(await store.GetHubCollectionsAsync(null, cancellationToken)).Any(c => c.Id == subscription.LocalCollectionId))
        {
            throw new ArgumentException($"Local collection '{subscription.LocalCollectionId}' does not exist.", nameof(subscription));
        }

        var url = subscription.CollectionUrl.AbsoluteUri.EndsWith('/') ? subscription.CollectionUrl : new Uri(subscription.CollectionUrl.AbsoluteUri + "/");
        await store.SetHubSettingAsync(Prefix + subscription.Id, JsonSerializer.Serialize(subscription with { CollectionUrl = url }), cancellationToken);
    }

    /// <summary>Every subscription, by id.</summary>
    public async Task<IReadOnlyList<TaxiiSubscription>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await store.GetHubSettingsAsync(Prefix, cancellationToken)).Select(p => JsonSerializer.Deserialize<TaxiiSubscription>(p.Value)!).ToList();

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

    /// <summary>Polls one subscription: everything added on the remote collection since the last poll.</summary>
    /// <exception cref="TaxiiException">The remote server refused or failed; nothing of the failing page was stored.</exception>
    public async Task<TaxiiPollResult> PollAsync(string id, CancellationToken cancellationToken = default)
    {
        var json = await store.GetHubSettingAsync(Prefix + id, cancellationToken)
            ?? throw new ArgumentException($"No subscription named '{id}'.", nameof(id));
        var subscription = JsonSerializer.Deserialize<TaxiiSubscription>(json)!;
        var client = new TaxiiClient(http, subscription.Authorization is { } auth ? AuthenticationHeaderValue.Parse(auth) : null);
        var provenance = subscription.CollectionUrl.AbsoluteUri;
        int pages = 0, received = 0, added = 0;
        var problems = new List<string>();
        var addedAfter = subscription.AddedAfter;
        DateTimeOffset? newest = addedAfter;
        string? next = null;
        do
        {
            var page = await client.GetObjectsAsync(subscription.CollectionUrl, addedAfter, next, PageSize, cancellationToken);
            pages++;
            var (objects, refused) = Check(page.Body, provenance);
            problems.AddRange(refused);
            received += objects.Count + refused.Count;
            if (objects.Count > 0)
            {
                var result = await store.AddHubObjectsAsync(
                    new HubAddRequest(subscription.LocalCollectionId, subscription.Organisation, objects, null, time.GetUtcNow()), cancellationToken);
                added += result.Added;
                problems.AddRange(result.Refused.Select(r => $"{r.Id}: {r.Message}"));
                if (Correlation is not null)
                {
                    await Correlation.CorrelateArrivalsQuietlyAsync(subscription.LocalCollectionId, subscription.Organisation, objects.Select(o => o.ObjectId), cancellationToken);
                }
            }

            if (page.DateAddedLast is { } last && (newest is null || last > newest))
            {
                newest = last;
            }

            next = page.More ? page.Next : null;
        }
        while (next is not null);

        await store.SetHubSettingAsync(Prefix + id, JsonSerializer.Serialize(subscription with { AddedAfter = newest }), cancellationToken);
        return new TaxiiPollResult(pages, received, added, problems.Count, problems, newest);
    }

    private static (List<HubObjectToAdd> Objects, List<string> Refused) Check(ReadOnlyMemory<byte> body, string provenance)
    {
        var objects = new List<HubObjectToAdd>();
        var refused = new List<string>();
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("objects", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return (objects, refused);
        }

        foreach (var item in items.EnumerateArray())
        {
            var check = StixObjectReader.Check(item, provenance);
            if (check.Valid is { } valid)
            {
                objects.Add(valid with { Recipients = [] });
            }
            else
            {
                refused.Add($"{check.Id}: {check.Error}");
            }
        }

        return (objects, refused);
    }
}
