using Cordon.Core;
using Cordon.Core.Coordination;
using Cordon.Lists;

namespace Cordon.Screening;

/// <summary>
/// Stores parsed lists as new versions and re-screens the watch list against them.
/// Parsing happens before this is called, so a broken file never reaches storage.
/// </summary>
public sealed class ListImportService
{
    private readonly IListStore _store;
    private readonly IInstanceLocks _locks;
    private readonly RescreenJobs _rescreens;
    private readonly TimeProvider _time;

    /// <summary>
    /// Environment variable that, set to 1, makes the process kill itself right after an import that stored versions has
    /// committed and before its re-screen: for the tests that prove no alert is lost then. Never set it in production.
    /// </summary>
    public const string KillAfterCommitVariable = "CORDON_TEST_KILL_AFTER_LIST_COMMIT";

    /// <summary>Creates the service.</summary>
    public ListImportService(IListStore store, IInstanceLocks locks, RescreenJobs rescreens, TimeProvider time)
    {
        _store = store;
        _locks = locks;
        _rescreens = rescreens;
        _time = time;
    }

    /// <summary>
    /// Stores every snapshot whose content differs from its list's version in force — all of them in one transaction, or
    /// none, with the re-screen they owe — then does the re-screens owed (this import's, or one a crash left undone).
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
        Dictionary<string, ListVersionInfo> stored;

        // Several instances may import at once: the versions in force are read and replaced under one lock shared through
        // the database, so that the same content is never stored twice.
        await using (await _locks.AcquireLockAsync("lists", cancellationToken))
        {
            var current = (await _store.GetListsAsync(cancellationToken)).ToDictionary(l => l.ListId, l => l.Current);
            var changed = snapshots.Where(s => !(current.TryGetValue(s.ListId, out var inForce) && inForce.ContentHash == s.ContentHash)).ToList();

            // Every changed list in one transaction: an import of several files is all or nothing, even when the process dies.
            stored = changed.Count == 0
                ? new Dictionary<string, ListVersionInfo>()
                : (await _store.SaveListVersionsAsync(changed, _time.GetUtcNow(), cancellationToken)).ToDictionary(v => v.ListId);
            foreach (var snapshot in snapshots)
            {
                var isNew = stored.TryGetValue(snapshot.ListId, out var version);
                results.Add(new ImportedList(isNew ? version! : current[snapshot.ListId], Unchanged: !isNew));
                CordonMetrics.Imported(snapshot.ListId, stored: isNew);
            }
        }

        if (stored.Count > 0 && Environment.GetEnvironmentVariable(KillAfterCommitVariable) == "1")
        {
            // Test hook for the kill tests: a real, immediate process death between the commit and the re-screen.
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }

        var alerts = await _rescreens.RunPendingAsync(cancellationToken);
        return new ImportOutcome(results, alerts);
    }
}
