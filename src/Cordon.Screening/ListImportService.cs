using Cordon.Core;
using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>
/// Stores parsed lists as new versions and re-screens the watch list against them.
/// Parsing happens before this is called, so a broken file never reaches storage.
/// </summary>
public sealed class ListImportService
{
    private readonly ICordonStore _store;
    private readonly WatchListService _watchList;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public ListImportService(ICordonStore store, WatchListService watchList, TimeProvider time)
    {
        _store = store;
        _watchList = watchList;
        _time = time;
    }

    /// <summary>
    /// Stores every snapshot whose content differs from its list's version in force — all of them in one transaction, or
    /// none — then re-screens watch subjects if anything changed.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<ListSnapshot> snapshots, CancellationToken cancellationToken = default)
    {
        var duplicate = snapshots.GroupBy(s => s.ListId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Two inputs are versions of the same list '{duplicate.Key}' ({string.Join(", ", duplicate.SelectMany(s => s.Sources))}); import them one at a time.",
                nameof(snapshots));
        }

        var results = new List<ImportedList>();

        // Several instances may import at once: the versions in force are read and replaced under one lock shared through
        // the database, so that the same content is never stored twice.
        await using (await _store.AcquireLockAsync("lists", cancellationToken))
        {
            var current = (await _store.GetListsAsync(cancellationToken)).ToDictionary(l => l.ListId, l => l.Current);
            var changed = snapshots.Where(s => !(current.TryGetValue(s.ListId, out var inForce) && inForce.ContentHash == s.ContentHash)).ToList();

            // Every changed list in one transaction: an import of several files is all or nothing, even when the process dies.
            var stored = changed.Count == 0
                ? new Dictionary<string, ListVersionInfo>()
                : (await _store.SaveListVersionsAsync(changed, _time.GetUtcNow(), cancellationToken)).ToDictionary(v => v.ListId);
            foreach (var snapshot in snapshots)
            {
                var isNew = stored.TryGetValue(snapshot.ListId, out var version);
                results.Add(new ImportedList(isNew ? version! : current[snapshot.ListId], Unchanged: !isNew));
                CordonMetrics.Imported(snapshot.ListId, stored: isNew);
            }
        }

        var alerts = results.Any(r => !r.Unchanged)
            ? await _watchList.RescreenAllAsync(cancellationToken)
            : [];
        return new ImportOutcome(results, alerts);
    }
}
