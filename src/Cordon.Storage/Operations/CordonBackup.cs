using System.Globalization;
using Cordon.Storage.Postgres;
using Cordon.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cordon.Storage;

/// <summary>Restores a backup written by <see cref="ICordonStore.BackupAsync"/> into an empty database of the same provider.</summary>
public static class CordonBackup
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();
    private static readonly byte[] PgDumpHeader = "PGDMP"u8.ToArray();

    /// <summary>
    /// Restores <paramref name="backupFile"/> into the database named like <see cref="CordonStore.Open"/> names it, which must be
    /// empty (a SQLite file that does not exist yet or holds no table; a PostgreSQL database without Cordon's tables), then
    /// applies any migration newer than the backup. Nothing is changed when a check fails.
    /// </summary>
    /// <returns>The schema version of the backup.</returns>
    /// <exception cref="InvalidOperationException">The target is not empty, or the backup is of the other provider or of a newer Cordon.</exception>
    /// <exception cref="IOException">The file is missing, unreadable or damaged, or the restore tool failed.</exception>
    public static async Task<int> RestoreAsync(string? database, string dataFolder, string backupFile, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(backupFile);
        var file = Path.GetFullPath(backupFile);
        if (!File.Exists(file))
        {
            throw new IOException($"{file}: no such backup file.");
        }

        var header = new byte[16];
        await using (var stream = File.OpenRead(file))
        {
            _ = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        }

        await using var store = CordonStore.Open(database, dataFolder);
        var target = (SqlCordonStore)store;
        int version;
        switch (store)
        {
            case SqliteCordonStore sqlite:
                if (!header.AsSpan().StartsWith(SqliteHeader))
                {
                    throw new InvalidOperationException($"{file} is not a SQLite backup{(header.AsSpan().StartsWith(PgDumpHeader) ? " (it is a PostgreSQL dump: restore it into a PostgreSQL database)" : string.Empty)}.");
                }

                version = await RestoreSqliteAsync(sqlite, file, cancellationToken);
                break;
            case PostgresCordonStore postgres:
                if (!header.AsSpan().StartsWith(PgDumpHeader))
                {
                    throw new InvalidOperationException($"{file} is not a PostgreSQL custom-format dump{(header.AsSpan().StartsWith(SqliteHeader) ? " (it is a SQLite backup: restore it into a SQLite file)" : string.Empty)}.");
                }

                version = await RestorePostgresAsync(postgres, file, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Restore does not know the {store.Provider} provider.");
        }

        if (version > target.LatestSchemaVersion)
        {
            throw new InvalidOperationException(
                $"The backup is at schema version {version}, newer than this Cordon ({target.LatestSchemaVersion}); restore it with a Cordon at least as new. The restored data was kept.");
        }

        await store.MigrateAsync(cancellationToken);
        return version;
    }

    private static async Task<int> RestoreSqliteAsync(SqliteCordonStore target, string file, CancellationToken cancellationToken)
    {
        if (File.Exists(target.DatabasePath) && await SqliteTableCountAsync(target.DatabasePath, cancellationToken) > 0)
        {
            throw new InvalidOperationException($"{target.DatabasePath} is not empty; restore into a new file (or move this one away first).");
        }

        int version;
        await using (var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            await backup.OpenAsync(cancellationToken);
            await using (var check = backup.CreateCommand())
            {
                check.CommandText = "PRAGMA integrity_check";
                var result = Convert.ToString(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                if (result != "ok")
                {
                    throw new IOException($"{file} is damaged (integrity check: {result}).");
                }
            }

            version = await SchemaVersionAsync(backup, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", file, cancellationToken);

            // Copy through the backup API rather than the file: the copy gets its own header and journal state.
            var partial = target.DatabasePath + ".restoring";
            Directory.CreateDirectory(Path.GetDirectoryName(target.DatabasePath)!);
            File.Delete(partial);
            try
            {
                await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
                {
                    await destination.OpenAsync(cancellationToken);
                    backup.BackupDatabase(destination);
                }

                foreach (var leftover in new[] { target.DatabasePath, target.DatabasePath + "-wal", target.DatabasePath + "-shm" })
                {
                    File.Delete(leftover);
                }

                File.Move(partial, target.DatabasePath);
            }
            finally
            {
                File.Delete(partial);
            }
        }

        return version;
    }

    private static async Task<long> SqliteTableCountAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<int> RestorePostgresAsync(PostgresCordonStore target, string file, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(target.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
                connection);
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                throw new InvalidOperationException("The target PostgreSQL database already holds tables; restore into a new, empty database (createdb).");
            }
        }

        // One transaction: a dump that fails half-way leaves the database as empty as it was.
        await PostgresTools.RunAsync(
            "pg_restore",
            target.ConnectionString,
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", new NpgsqlConnectionStringBuilder(target.ConnectionString).Database ?? "postgres", file],
            cancellationToken);

        await using (var connection = new NpgsqlConnection(target.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            return await SchemaVersionAsync(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", file, cancellationToken);
        }
    }

    private static async Task<int> SchemaVersionAsync(System.Data.Common.DbConnection connection, string sql, string file, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (System.Data.Common.DbException e)
        {
            throw new IOException($"{file} holds no Cordon schema (schema_migrations is missing: {e.Message}).", e);
        }
    }
}
