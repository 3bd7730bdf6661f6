using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Cordon.Storage.Postgres;

/// <summary>Advisory locks between instances, and backups with <c>pg_dump</c>.</summary>
public sealed partial class PostgresCordonStore
{
    /// <summary>The connection string this store uses (with its password, if any: keep it out of logs).</summary>
    internal string ConnectionString => dataSource.ConnectionString;

    /// <inheritdoc/>
    public override async Task<IAsyncDisposable> AcquireLockAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var key = LockKey(name);

        // A session lock on a connection of its own: held across the caller's transactions, and released by PostgreSQL
        // itself if this process dies.
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc/>
    public override async Task BackupAsync(string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var output = Path.GetFullPath(outputPath);
        if (File.Exists(output))
        {
            throw new IOException($"{output} exists already; a backup never overwrites a file.");
        }

        var partial = output + ".partial";
        File.Delete(partial);
        try
        {
            CreateOwnerOnlyFile(partial);
            await PostgresTools.RunAsync("pg_dump", ConnectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", partial], cancellationToken);
            File.Move(partial, output);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Lock keys live in their own range: the text hashed with a fixed prefix, never the migration key.</summary>
    internal static long LockKey(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("cordon-lock:" + name)), 0);

    private sealed class AdvisoryLock(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (connection.FullState == System.Data.ConnectionState.Open)
                {
                    await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                    command.Parameters.AddWithValue("key", key);
                    await command.ExecuteNonQueryAsync(CancellationToken.None);
                }
            }
            catch (NpgsqlException e)
            {
                // The lock went with the broken connection.
                Debug.WriteLine(e.Message);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
