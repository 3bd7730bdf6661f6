using Cordon.Lists;
using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>
/// Does the watch-list re-screens that list imports owe (<see cref="RescreenJob"/>): right after an import, when a server
/// starts, and periodically, on whichever instance claims the job. Re-screening compares with the matches stored by the
/// previous re-screen and stores new matches and their alerts in one transaction per organisation, so running it again
/// after a crash — or on two instances — raises no alert twice.
/// </summary>
public sealed class RescreenJobs
{
    /// <summary>How long a claimed job is left to its instance before another may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly IListStore _store;
    private readonly WatchListService _watchList;
    private readonly TimeProvider _time;

    /// <summary>Creates the runner; <see cref="Owner"/> names this process in the job's lease.</summary>
    public RescreenJobs(IListStore store, WatchListService watchList, TimeProvider time)
    {
        _store = store;
        _watchList = watchList;
        _time = time;
    }

    /// <summary>This process, as job leases name it.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>
    /// Claims the newest pending job, re-screens every organisation's watch list against the lists in force, and marks it
    /// and every older job done. Returns the alerts raised; none when nothing was owed or another instance holds the job.
    /// </summary>
    public async Task<IReadOnlyList<Alert>> RunPendingAsync(CancellationToken cancellationToken = default)
    {
        var job = await _store.ClaimRescreenJobAsync(Owner, _time.GetUtcNow(), Lease, cancellationToken);
        if (job is null)
        {
            return [];
        }

        var alerts = await _watchList.RescreenAllAsync(cancellationToken);
        await _store.CompleteRescreenJobsAsync(job.Id, _time.GetUtcNow(), CancellationToken.None);
        return alerts;
    }
}
