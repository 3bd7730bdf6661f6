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
    /// Stores every snapshot whose content differs from its list's version in force, then re-screens
    /// watch subjects if anything changed.
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
            foreach (var snapshot in snapshots)
            {
                if (current.TryGetValue(snapshot.ListId, out var inForce) && inForce.ContentHash == snapshot.ContentHash)
                {
                    results.Add(new ImportedList(inForce, Unchanged: true));
                    CordonMetrics.Imported(snapshot.ListId, stored: false);
                    continue;
                }

                var version = await _store.SaveListVersionAsync(snapshot, _time.GetUtcNow(), cancellationToken);
                results.Add(new ImportedList(version, Unchanged: false));
                CordonMetrics.Imported(snapshot.ListId, stored: true);
            }
        }

        var alerts = results.Any(r => !r.Unchanged)
            ? await _watchList.RescreenAllAsync(cancellationToken)
            : [];
        return new ImportOutcome(results, alerts);
    }
}
