using Cordon.Core;

namespace Cordon.Lists;

/// <summary>
/// The storage port of list versions: the imported versions of each list with their entries, and the watch-list
/// re-screens each import owes (stored with the version, in the same transaction). The SQL store implements it for
/// SQLite and PostgreSQL; the list capability declares it, so lists depend on no storage provider.
/// </summary>
public interface IListStore
{
    /// <summary>
    /// Stores <paramref name="snapshot"/> as a new version of its list and makes it the current one, in one transaction.
    /// </summary>
    Task<ListVersionInfo> SaveListVersionAsync(ListSnapshot snapshot, DateTimeOffset importedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores every snapshot as a new version of its list and makes each the current one, all in one transaction: after a
    /// crash or an error either every version is stored or none is. The snapshots name different lists.
    /// </summary>
    /// <exception cref="ArgumentException">A snapshot is incomplete, or two name the same list; nothing was stored.</exception>
    Task<IReadOnlyList<ListVersionInfo>> SaveListVersionsAsync(IReadOnlyList<ListSnapshot> snapshots, DateTimeOffset importedAt, CancellationToken cancellationToken = default);

    /// <summary>Every list that has at least one version, with its current version.</summary>
    Task<IReadOnlyList<ListSummary>> GetListsAsync(CancellationToken cancellationToken = default);

    /// <summary>Versions, newest first; all lists when <paramref name="listId"/> is null.</summary>
    Task<IReadOnlyList<ListVersionInfo>> GetListVersionsAsync(string? listId = null, CancellationToken cancellationToken = default);

    /// <summary>One version, or null.</summary>
    Task<ListVersionInfo?> GetListVersionAsync(long versionId, CancellationToken cancellationToken = default);

    /// <summary>The entries of one version, in source order.</summary>
    Task<IReadOnlyList<ListedEntity>> GetEntitiesAsync(long versionId, CancellationToken cancellationToken = default);

    /// <summary>One entry of one version, or null.</summary>
    Task<ListedEntity?> GetEntityAsync(long versionId, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Entries <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> of a version, in list order,
    /// and how many there are; with <paramref name="nameContains"/>, only entries whose primary name or an alias contains it
    /// (ignoring case). Without a filter only the page's rows are read; with one, rows are read one at a time and only the
    /// page is kept.
    /// </summary>
    Task<ListEntityPage> GetEntityPageAsync(long versionId, int offset, int limit, string? nameContains = null, CancellationToken cancellationToken = default);

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
