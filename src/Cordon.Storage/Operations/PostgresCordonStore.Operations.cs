using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Cordon.Storage.Postgres;

/// <summary>Advisory locks between instances (transaction-scoped, so PgBouncer in transaction mode keeps them), and backups with <c>pg_dump</c>.</summary>
public sealed partial class PostgresCordonStore
{
    /// <summary>The connection string this store uses (with its password, if any: keep it out of logs).</summary>
    internal string ConnectionString => dataSource.ConnectionString;

    /// <inheritdoc/>
    public override async Task<IAsyncDisposable> AcquireLockAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var key = LockKey(name);

        // A transaction-scoped lock in a connection and transaction of its own, held until the handle is disposed: held across
        // the caller's own transactions, released by PostgreSQL itself if this process dies, and safe behind PgBouncer in
        // transaction mode, which keeps one server connection for a transaction (a session lock could be taken on one server
        // connection and "released" on another, and stay held for ever). The transaction writes nothing and, at READ
        // COMMITTED, holds no snapshot between statements, so it keeps no row versions from VACUUM.
        // Waiting is polling with try-lock in short transactions, not a blocking pg_advisory_xact_lock: a blocked waiter would
        // pin a connection (of this pool, or of PgBouncer's few server connections) that the holder may need to finish.
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            try
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(@key)", connection, transaction);
                command.Parameters.AddWithValue("key", key);
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                {
                    return new AdvisoryLock(connection, transaction);
                }

                await transaction.RollbackAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }

            await connection.DisposeAsync();
            await Task.Delay(pause + TimeSpan.FromMilliseconds(Random.Shared.Next((int)pause.TotalMilliseconds)), cancellationToken);
            pause = pause * 2 < MaxLockPause ? pause * 2 : MaxLockPause;
        }
    }

    /// <summary>Longest pause between two tries for a lock another instance holds (imports and re-screens take seconds).</summary>
    private static readonly TimeSpan MaxLockPause = TimeSpan.FromMilliseconds(250);

    /// <inheritdoc/>
    private protected override Task WriteBackupAsync(string path, CancellationToken cancellationToken) =>
        PostgresTools.RunAsync("pg_dump", ConnectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", path], cancellationToken);

    /// <summary>Lock keys live in their own range: the text hashed with a fixed prefix, never the migration key.</summary>
    internal static long LockKey(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("cordon-lock:" + name)), 0);

    private sealed class AdvisoryLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (connection.FullState == System.Data.ConnectionState.Open)
                {
                    // Ending the transaction releases the lock; it wrote nothing, so a rollback is all it needs.
                    await transaction.RollbackAsync(CancellationToken.None);
                }
            }
            catch (NpgsqlException e)
            {
                // The lock went with the broken connection.
                Debug.WriteLine(e.Message);
            }
            finally
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }
}
