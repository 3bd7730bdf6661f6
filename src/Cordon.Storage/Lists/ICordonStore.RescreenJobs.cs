namespace Cordon.Storage;

/// <summary>Durable watch-list re-screen jobs (see <see cref="RescreenJob"/>).</summary>
public partial interface ICordonStore
{
    /// <summary>
    /// Leases the newest pending re-screen job to <paramref name="owner"/> until <paramref name="now"/> + <paramref name="lease"/>,
    /// unless another instance holds a lease on it that has not run out; null when there is nothing to do (or another
    /// instance is doing it). A re-screen done for the newest job covers every older one.
    /// </summary>
    Task<RescreenJob?> ClaimRescreenJobAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Marks the job <paramref name="throughId"/> and every older pending job done.</summary>
    Task CompleteRescreenJobsAsync(long throughId, DateTimeOffset completedAt, CancellationToken cancellationToken = default);

    /// <summary>The jobs not done yet, oldest first.</summary>
    Task<IReadOnlyList<RescreenJob>> GetPendingRescreenJobsAsync(CancellationToken cancellationToken = default);
}
