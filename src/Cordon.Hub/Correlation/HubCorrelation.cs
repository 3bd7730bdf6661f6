using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Cordon.Assessments;
using Cordon.Risk;
using Cordon.Stix.Privacy;
using Cordon.Storage;

namespace Cordon.Hub.Correlation;

/// <summary>
/// Correlates the hub's indicators with the organisations' stored records, both ways: when indicators arrive (TAXII add,
/// bundle import, federation poll, medallion import), every organisation that may read them has its latest records matched
/// and gets alerts for its own records only; when records are assessed, the indicators the organisation may read are
/// matched against them. "May read" is the hub's read rule — a read right on the collection and <see cref="HubReadRule"/>
/// for the version's TLP — so correlation never reaches further than a TAXII read would.
/// The in-process index only caches the store: before each use it catches up on indicator versions stored since (by
/// sequence) and rebuilds when the store's checksum shows deletions or late commits, so several servers on one database
/// agree without sharing memory. Thread-safe.
/// </summary>
public sealed class HubCorrelation : IDisposable
{
    /// <summary>The hub setting that holds the community keys (JSON list of <c>{"id": …, "key": base64}</c>).</summary>
    public const string CommunityKeysSetting = "community-keys";

    private const int PageSize = 5000;
    private readonly ICordonStore store;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private readonly ReaderWriterLockSlim guard = new();
    private HubIndicatorIndex index = new();
    private readonly LatestRecordCache latestRecords;
    private readonly bool ownsLatestRecords;

    /// <summary>Creates the service over a store.</summary>
    /// <param name="store">The store of indicators, records and alerts.</param>
    /// <param name="time">The clock.</param>
    /// <param name="records">The organisations' latest records, shared with the other services that read them; a private cache when null.</param>
    public HubCorrelation(ICordonStore store, TimeProvider? time = null, LatestRecordCache? records = null)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.time = time ?? TimeProvider.System;
        ownsLatestRecords = records is null;
        latestRecords = records ?? new LatestRecordCache(store);
    }

    /// <summary>How many arrival correlations failed (the add itself had succeeded; the failure went to the trace).</summary>
    public int Failures => failures;

    private int failures;

    /// <summary>Releases the locks.</summary>
    public void Dispose()
    {
        refreshing.Dispose();
        guard.Dispose();
        if (ownsLatestRecords)
        {
            latestRecords.Dispose();
        }
    }

    /// <summary>Stores the community keys used for keyed-hash indicators (replacing the list).</summary>
    /// <exception cref="ArgumentException">A key is shorter than 32 bytes or an id is empty.</exception>
    public static Task SetCommunityKeysAsync(ICordonStore store, IReadOnlyList<(string Id, byte[] Key)> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var (id, key) in keys)
        {
            _ = new KeyedHasher(key, id);
        }

        var json = JsonSerializer.Serialize(keys.Select(k => new CommunityKey(k.Id, Convert.ToBase64String(k.Key))).ToList());
        return store.SetHubSettingAsync(CommunityKeysSetting, keys.Count == 0 ? null : json, cancellationToken);
    }

    /// <summary>The community keys in use, as hashers.</summary>
    public async Task<IReadOnlyList<KeyedHasher>> GetHashersAsync(CancellationToken cancellationToken = default) =>
        [.. (await GetKeysAsync(cancellationToken)).Select(k => new KeyedHasher(k.Key, k.Id))];

    /// <summary>The community keys in use, with their ids.</summary>
    public async Task<IReadOnlyList<(string Id, byte[] Key)>> GetKeysAsync(CancellationToken cancellationToken = default)
    {
        var json = await store.GetHubSettingAsync(CommunityKeysSetting, cancellationToken);
        if (json is null)
        {
            return [];
        }

        var keys = JsonSerializer.Deserialize<List<CommunityKey>>(json) ?? [];
        return [.. keys.Select(k => (k.Id, Convert.FromBase64String(k.Key)))];
    }

    /// <summary>Brings the index up to date with the store.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            var current = index;
            if (current.Watermark > 0 && await store.GetHubIndicatorChecksumAsync(current.Watermark, cancellationToken) != current.Checksum)
            {
                // Versions were deleted, or committed after we passed their sequence: start again from the store.
                current = new HubIndicatorIndex();
            }

            var fresh = !ReferenceEquals(current, index);
            while (true)
            {
                var page = await store.GetHubIndicatorVersionsAsync(current.Watermark, PageSize, cancellationToken);
                if (page.Count == 0)
                {
                    break;
                }

                // A rebuild fills its own index and is swapped in whole; catching up writes under the lock, page by page.
                if (!fresh)
                {
                    guard.EnterWriteLock();
                }

                try
                {
                    foreach (var version in page)
                    {
                        current.Apply(version);
                    }
                }
                finally
                {
                    if (!fresh)
                    {
                        guard.ExitWriteLock();
                    }
                }

                if (page.Count < PageSize)
                {
                    break;
                }
            }

            index = current;
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>What an organisation may read, for matching: fresh index, its read rights and the sharing groups.</summary>
    public async Task<HubRecordMatcher> MatcherForAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        await RefreshAsync(cancellationToken);
        var access = await ReadAccess.LoadAsync(store, cancellationToken);
        return new HubRecordMatcher(this, organisationId, access, await GetHashersAsync(cancellationToken), time.GetUtcNow());
    }

    /// <summary>
    /// Correlates indicators just stored in one collection by one owner with every organisation's stored records, and
    /// stores the alerts — each organisation's for its own records, only for indicators it may read. Only the latest
    /// version of each indicator counts, and only when it is in force (not revoked, not expired). Returns how many alerts
    /// were stored (for the operator; never shown to the indicator's producer).
    /// </summary>
    public async Task<int> CorrelateArrivalsAsync(string collectionId, string owner, IEnumerable<string> indicatorIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        var ids = indicatorIds.Where(id => id.StartsWith("indicator--", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        await RefreshAsync(cancellationToken);
        var now = time.GetUtcNow();
        List<HubIndicator> arrived;
        guard.EnterReadLock();
        try
        {
            arrived = [.. ids.Select(id => index.ActiveVersionOf(collectionId, id, owner, now)).OfType<HubIndicator>()];
        }
        finally
        {
            guard.ExitReadLock();
        }

        if (arrived.Count == 0)
        {
            return 0;
        }

        var access = await ReadAccess.LoadAsync(store, cancellationToken);
        var hashers = await GetHashersAsync(cancellationToken);

        var total = 0;
        foreach (var reader in access.ReadersOf(collectionId))
        {
            if (!arrived.Any(i => access.MayRead(reader, i)))
            {
                continue;
            }

            var alerts = new List<Alert>();
            foreach (var record in await LatestRecordsAsync(reader, cancellationToken))
            {
                foreach (var match in MatchSmall(arrived, RecordObservables.From(record, hashers), now, i => access.MayRead(reader, i)))
                {
                    alerts.Add(AlertFor(record.Id, match, now));
                }
            }

            if (alerts.Count > 0)
            {
                total += (await store.AddHubCorrelationAlertsAsync(reader, alerts, cancellationToken)).Count;
            }
        }

        return total;
    }

    /// <summary>
    /// <see cref="CorrelateArrivalsAsync"/> for callers whose add has already succeeded: a failure is counted and traced,
    /// never thrown, so the add's answer does not depend on correlation.
    /// </summary>
    public async Task CorrelateArrivalsQuietlyAsync(string collectionId, string owner, IEnumerable<string> indicatorIds, CancellationToken cancellationToken = default)
    {
        try
        {
            await CorrelateArrivalsAsync(collectionId, owner, indicatorIds, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Interlocked.Increment(ref failures);
            Trace.TraceError("Hub correlation of new indicators in collection {0} failed: {1}", collectionId, e);
        }
    }

    /// <summary>The organisation's latest records, brought up to date with the store (see <see cref="LatestRecordCache"/>).</summary>
    private async Task<IEnumerable<ApplicationRecord>> LatestRecordsAsync(string organisationId, CancellationToken cancellationToken) =>
        (await latestRecords.GetAsync(organisationId, cancellationToken)).Values.Select(r => r.Record);

    /// <summary>The alert for a match of one of the organisation's records.</summary>
    public static Alert AlertFor(string recordId, HubIndicatorMatch match, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(match);
        var indicator = match.Indicator;
        var details = JsonSerializer.Serialize(new
        {
            indicator = indicator.Id,
            name = indicator.Name,
            pattern = indicator.Pattern.Text,
            confidence = indicator.Confidence,
            tlp = indicator.Tlp,
            collection = indicator.CollectionId,
            matched = match.Matched.Select(m => new { kind = m.Kind, path = m.Path, value = m.Value }),
        });
        return new Alert(
            0,
            recordId,
            AlertKind.HubIndicatorMatch,
            "hub:" + indicator.CollectionId,
            indicator.Sequence,
            indicator.Id,
            indicator.Name ?? indicator.Id,
            (indicator.Confidence ?? 100) / 100.0,
            now)
        {
            Details = details,
        };
    }

    internal IReadOnlyList<HubIndicatorMatch> Match(IReadOnlyList<RecordObservable> observables, DateTimeOffset now, Func<HubIndicator, bool> mayRead)
    {
        guard.EnterReadLock();
        try
        {
            return index.Match(observables, now, mayRead);
        }
        finally
        {
            guard.ExitReadLock();
        }
    }

    private static List<HubIndicatorMatch> MatchSmall(List<HubIndicator> indicators, IReadOnlyList<RecordObservable> observables, DateTimeOffset now, Func<HubIndicator, bool> mayRead)
    {
        var result = new List<HubIndicatorMatch>();
        if (observables.Count == 0)
        {
            return result;
        }

        var observation = new Stix.Patterning.PatternObservation(observables.Select(o => o.Observable).ToArray());
        foreach (var indicator in indicators)
        {
            if (indicator.IsActiveAt(now) && mayRead(indicator) && indicator.Pattern.Matches([observation]))
            {
                result.Add(new HubIndicatorMatch(indicator, HubIndicatorIndex.MatchedAlone(indicator, observables)));
            }
        }

        return result;
    }

    private sealed record CommunityKey(string Id, string Key);

    /// <summary>Collection read rights and sharing groups, loaded once per correlation.</summary>
    internal sealed class ReadAccess
    {
        private readonly Dictionary<string, HashSet<string>> readersByCollection;
        private readonly HubReadRule rule;

        private ReadAccess(Dictionary<string, HashSet<string>> readersByCollection, HubReadRule rule)
        {
            this.readersByCollection = readersByCollection;
            this.rule = rule;
        }

        public static async Task<ReadAccess> LoadAsync(ICordonStore store, CancellationToken cancellationToken)
        {
            var readers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var right in await store.GetHubCollectionRightsAsync(null, cancellationToken))
            {
                if (right.CanRead)
                {
                    if (!readers.TryGetValue(right.CollectionId, out var set))
                    {
                        readers[right.CollectionId] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(right.OrganisationId);
                }
            }

            return new ReadAccess(readers, new HubReadRule(await store.GetHubSharingGroupsAsync(cancellationToken)));
        }

        public IEnumerable<string> ReadersOf(string collectionId) =>
            readersByCollection.TryGetValue(collectionId, out var set) ? set.Order(StringComparer.Ordinal) : [];

        // The TAXII read: a read right on the collection, then the TLP rule for the version.
        public bool MayRead(string organisation, HubIndicator indicator) =>
            readersByCollection.TryGetValue(indicator.CollectionId, out var set) && set.Contains(organisation)
            && rule.CanRead(indicator.Owner, indicator.Tlp, organisation, indicator.Recipients);
    }
}

/// <summary>Matches records of one organisation against the hub indicators it may read (see <see cref="HubCorrelation.MatcherForAsync"/>).</summary>
public sealed class HubRecordMatcher
{
    private readonly HubCorrelation correlation;
    private readonly string organisationId;
    private readonly HubCorrelation.ReadAccess access;
    private readonly IReadOnlyList<KeyedHasher> hashers;
    private readonly DateTimeOffset now;

    internal HubRecordMatcher(HubCorrelation correlation, string organisationId, HubCorrelation.ReadAccess access, IReadOnlyList<KeyedHasher> hashers, DateTimeOffset now)
    {
        this.correlation = correlation;
        this.organisationId = organisationId;
        this.access = access;
        this.hashers = hashers;
        this.now = now;
    }

    /// <summary>The indicators in force that the organisation may read and that match the record.</summary>
    public IReadOnlyList<HubIndicatorMatch> Match(ApplicationRecord record) =>
        correlation.Match(RecordObservables.From(record, hashers), now, i => access.MayRead(organisationId, i));

    /// <summary>
    /// The signals of the matches (family <c>intelligence</c>, code <c>HUB-INDICATOR</c>): one per indicator, its points the
    /// rule's points scaled by the indicator's confidence (full when it gives none), its reason naming the indicator and
    /// the matched values. Empty when the rule is switched off.
    /// </summary>
    public static IReadOnlyList<Signal> Signals(IReadOnlyList<HubIndicatorMatch> matches, RiskConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.IsEnabled(HubSignalCode))
        {
            return [];
        }

        var points = configuration.PointsOf(HubSignalCode);
        return [.. matches.Select(m =>
        {
            var i = m.Indicator;
            var confidence = i.Confidence is { } c ? c.ToString(CultureInfo.InvariantCulture) : "not given";
            var evidence = m.Matched.Count == 0
                ? new List<Evidence> { new("$", i.Pattern.Text, $"indicator {i.Id}") }
                : m.Matched.Select(o => new Evidence(o.Path, o.Value, $"matches {i.Id} ({o.Kind}{(o.Kind.StartsWith("keyed-", StringComparison.Ordinal) ? ", through the community key" : string.Empty)})")).ToList();
            return new Signal(
                HubSignalCode,
                "Matches a partner's shared indicator",
                HubSignalFamily,
                Math.Round(points * (i.Confidence ?? 100) / 100.0, 1),
                evidence,
                "HUB",
                $"Indicator {(i.Name is null ? string.Empty : "'" + i.Name + "' ")}({i.Id}, confidence {confidence}, {i.TlpLabel}, collection {i.CollectionId}) with pattern {i.Pattern.Text} matches {m.MatchedText}.");
        })];
    }

    /// <summary>The rule code of hub indicator signals.</summary>
    public const string HubSignalCode = "HUB-INDICATOR";

    /// <summary>The family of hub indicator signals.</summary>
    public const string HubSignalFamily = "intelligence";
}
