using Cordon.Risk;
using Cordon.Storage;

namespace Cordon.Assessments;

/// <summary>
/// The one per-organisation cache of the newest assessed record of every record id, shared by every consumer that works on
/// an organisation's stored records (hub correlation, network linking). Which assessment is newest is asked of the store
/// on every use (ids only); only records that are new or were assessed again since are read and parsed, and records no
/// longer stored (erased, or purged by retention) drop out. So a record assessed through another instance is seen at the
/// next use, and an erased one is gone from memory at the next use, by construction rather than by a reset someone must call.
/// Safe to share between threads.
/// </summary>
public sealed class LatestRecordCache : IDisposable
{
    private readonly ICordonStore _store;
    private readonly Dictionary<string, OrganisationRecords> _organisations = new(StringComparer.Ordinal);
    private readonly Lock _organisationsLock = new();

    /// <summary>Creates the cache over a store.</summary>
    public LatestRecordCache(ICordonStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>
    /// The organisation's newest assessed records, by record id, brought up to date with the store first. The dictionary
    /// returned is a snapshot: later catch-ups do not change it. Records whose stored text no longer reads are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, LatestRecord>> GetAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        OrganisationRecords organisation;
        lock (_organisationsLock)
        {
            if (!_organisations.TryGetValue(organisationId, out organisation!))
            {
                organisation = new OrganisationRecords();
                _organisations[organisationId] = organisation;
            }
        }

        await organisation.Gate.WaitAsync(cancellationToken);
        try
        {
            var latest = await _store.GetLatestAssessmentIdsAsync(organisationId, cancellationToken);
            var current = new HashSet<string>(latest.Count, StringComparer.Ordinal);
            var toRead = new List<long>();
            foreach (var (recordId, assessmentId) in latest)
            {
                current.Add(recordId);
                if (!organisation.Records.TryGetValue(recordId, out var held) || held.AssessmentId != assessmentId)
                {
                    toRead.Add(assessmentId);
                }
            }

            var changed = toRead.Count > 0;
            foreach (var gone in organisation.Records.Keys.Where(id => !current.Contains(id)).ToList())
            {
                organisation.Records.Remove(gone);
                changed = true;
            }

            if (toRead.Count > 0)
            {
                foreach (var row in await _store.GetAssessedRecordsAsync(organisationId, toRead, cancellationToken))
                {
                    if (ApplicationReader.Read(row.RecordJson).Record is { } record)
                    {
                        organisation.Records[row.RecordId] = new LatestRecord(row.AssessmentId, row.RecordJson, record, row.AssessmentJson);
                    }
                    else
                    {
                        organisation.Records.Remove(row.RecordId);
                    }
                }
            }

            if (changed || organisation.Snapshot is null)
            {
                organisation.Snapshot = new Dictionary<string, LatestRecord>(organisation.Records, StringComparer.Ordinal);
            }

            return organisation.Snapshot;
        }
        finally
        {
            organisation.Gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_organisationsLock)
        {
            foreach (var organisation in _organisations.Values)
            {
                organisation.Gate.Dispose();
            }

            _organisations.Clear();
        }
    }

    private sealed class OrganisationRecords
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public Dictionary<string, LatestRecord> Records { get; } = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, LatestRecord>? Snapshot { get; set; }
    }
}
