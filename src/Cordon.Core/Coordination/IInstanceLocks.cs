namespace Cordon.Core.Coordination;

/// <summary>
/// Named locks shared by every process using one database, so that work done once for all instances (an import, a
/// re-screening, a purge) never runs twice at the same time. The store implements it.
/// </summary>
public interface IInstanceLocks
{
    /// <summary>
    /// Waits for, then holds, a lock named <paramref name="name"/> shared by every process using this database
    /// (a PostgreSQL transaction-scoped advisory lock on a connection of its own; a lock file beside a SQLite database). Disposing the handle releases it,
    /// and so does the death of the process that holds it.
    /// </summary>
    /// <param name="name">What is being serialised, such as <c>lists</c> or <c>watch</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    Task<IAsyncDisposable> AcquireLockAsync(string name, CancellationToken cancellationToken = default);
}
