namespace Cordon.Lists;

/// <summary>
/// The storage port of named list sources and their schedule (see <see cref="ListSource"/>): what the scheduled
/// downloads read, lease and record.
/// </summary>
public interface IListSourceStore
{
    /// <summary>Every source, by name.</summary>
    Task<IReadOnlyList<ListSource>> GetListSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>One source, or null.</summary>
    Task<ListSource?> GetListSourceAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds a source unless one of that name exists; true when added. Only its settings and <see cref="ListSource.NextRunAt"/> are read.</summary>
    Task<bool> AddListSourceAsync(ListSource source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a source's list, URL, format, interval and next run to those of <paramref name="source"/> (found by name); false
    /// when there is none of that name. A new URL or list forgets the validators (ETag, Last-Modified, content hash) of the old
    /// one, so the next check downloads in full.
    /// </summary>
    Task<bool> ChangeListSourceAsync(ListSource source, CancellationToken cancellationToken = default);

    /// <summary>Enables or disables a source; enabling makes it due at <paramref name="now"/>. False when there is none of that name.</summary>
    Task<bool> SetListSourceEnabledAsync(string name, bool enabled, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Removes a source; false when there is none of that name. The list versions it imported stay.</summary>
    Task<bool> RemoveListSourceAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases the enabled source due soonest (next run at or before <paramref name="now"/>) to <paramref name="owner"/> until
    /// <paramref name="now"/> + <paramref name="lease"/>; null when none is due or every due one is leased by another instance.
    /// Instances sharing the database never hold the same source at once.
    /// </summary>
    Task<ListSource?> ClaimDueListSourceAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases the source <paramref name="name"/>, due or not, enabled or not, to <paramref name="owner"/>; null when there is
    /// none of that name or another instance holds an unexpired lease on it (see <see cref="GetListSourceAsync"/> to tell which).
    /// </summary>
    Task<ListSource?> ClaimListSourceAsync(string name, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a check done under <paramref name="owner"/>'s lease and releases it; false (nothing written) when the lease was
    /// lost to another instance meanwhile.
    /// </summary>
    Task<bool> CompleteListSourceCheckAsync(string name, string owner, ListSourceCheck check, CancellationToken cancellationToken = default);
}
