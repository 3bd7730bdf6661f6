using Cordon.Storage.Postgres;
using Cordon.Storage.Sqlite;

namespace Cordon.Storage;

/// <summary>
/// Opens the store that a <c>--database</c> option or a configuration value names.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>value</term><description>store</description></listheader>
/// <item><term>null, empty or blank</term><description>SQLite file <c>cordon.db</c> in the data folder, which is created on first use.</description></item>
/// <item><term>starts with <c>Host=</c> or <c>Server=</c></term><description>PostgreSQL, an Npgsql connection string (<c>Host=…;Port=…;Username=…;Password=…;Database=…</c>).</description></item>
/// <item><term>starts with <c>postgres://</c> or <c>postgresql://</c></term><description>PostgreSQL, a libpq URL (<c>postgresql://user:password@host:port/database?sslmode=require</c>).</description></item>
/// <item><term>starts with <c>Data Source=</c></term><description>SQLite, a Microsoft.Data.Sqlite connection string.</description></item>
/// <item><term>a path ending in <c>.db</c>, <c>.sqlite</c> or <c>.sqlite3</c></term><description>SQLite at that path (relative to the current directory); its folder is created on first use.</description></item>
/// </list>
/// Anything else is refused with an <see cref="ArgumentException"/> that lists these forms.
/// </remarks>
public static class CordonStore
{
    /// <summary>File name of the default SQLite database inside the data folder.</summary>
    public const string DefaultDatabaseFileName = "cordon.db";

    /// <summary>
    /// Creates the store named by <paramref name="databaseOrConnectionString"/> (see the remarks on <see cref="CordonStore"/>).
    /// Does not connect nor migrate: call <see cref="ICordonStore.MigrateAsync"/>, or use <see cref="OpenAsync"/>.
    /// </summary>
    /// <param name="databaseOrConnectionString">Null for the default SQLite file, a path, or a PostgreSQL connection string or URL.</param>
    /// <param name="dataFolder">Folder holding the default SQLite file.</param>
    /// <returns>The store; dispose it when done.</returns>
    /// <exception cref="ArgumentException">The value is none of the accepted forms.</exception>
    public static ICordonStore Open(string? databaseOrConnectionString, string dataFolder)
    {
        var value = databaseOrConnectionString?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
            return new SqliteCordonStore(Path.Combine(dataFolder, DefaultDatabaseFileName));
        }

        if (StartsWith(value, "Host=") || StartsWith(value, "Server="))
        {
            return new PostgresCordonStore(value);
        }

        if (StartsWith(value, "postgres://") || StartsWith(value, "postgresql://"))
        {
            return new PostgresCordonStore(PostgresUrl.ToConnectionString(value));
        }

        if (StartsWith(value, "Data Source="))
        {
            return SqliteCordonStore.FromConnectionString(value);
        }

        if (value.EndsWith(".db", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".sqlite", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".sqlite3", StringComparison.OrdinalIgnoreCase))
        {
            return new SqliteCordonStore(Path.GetFullPath(value));
        }

        throw new ArgumentException(
            $"Unrecognised database '{value}'. Give a SQLite file path ending in .db, .sqlite or .sqlite3, "
            + "a PostgreSQL connection string starting with Host= or Server=, or a postgresql:// URL.",
            nameof(databaseOrConnectionString));
    }

    /// <summary>Like <see cref="Open"/>, then applies missing migrations so that the store is ready for use.</summary>
    /// <param name="databaseOrConnectionString">Null for the default SQLite file, a path, or a PostgreSQL connection string or URL.</param>
    /// <param name="dataFolder">Folder holding the default SQLite file.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The migrated store; dispose it when done.</returns>
    public static async Task<ICordonStore> OpenAsync(string? databaseOrConnectionString, string dataFolder, CancellationToken cancellationToken = default)
    {
        var store = Open(databaseOrConnectionString, dataFolder);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    private static bool StartsWith(string value, string prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
