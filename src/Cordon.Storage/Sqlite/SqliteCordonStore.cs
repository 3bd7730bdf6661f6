using System.Data.Common;
using System.Globalization;
using Cordon.Core;
using Microsoft.Data.Sqlite;

namespace Cordon.Storage.Sqlite;

/// <summary>
/// The SQLite store: one file, WAL journal, <c>synchronous=NORMAL</c>. Timestamps are stored as fixed-width
/// ISO 8601 UTC text (microseconds), JSON as text. Several processes may share the file; writers queue.
/// </summary>
public sealed partial class SqliteCordonStore : SqlCordonStore
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    private readonly string connectionString;

    /// <summary>Creates a store on the database file at <paramref name="path"/>; the file and its folder are created on first use.</summary>
    /// <param name="path">The database file.</param>
    public SqliteCordonStore(string path)
        : this(new SqliteConnectionStringBuilder { DataSource = path })
    {
    }

    private SqliteCordonStore(SqliteConnectionStringBuilder builder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(builder.DataSource);
        builder.ForeignKeys = true;
        builder.Pooling = true;
        builder.DefaultTimeout = 60;
        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        DatabasePath = Path.GetFullPath(builder.DataSource);
        builder.DataSource = DatabasePath;
        connectionString = builder.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc/>
    public override string Provider => "sqlite";

    /// <summary>Creates a store from a Microsoft.Data.Sqlite connection string (<c>Data Source=…</c>).</summary>
    /// <param name="connectionString">The connection string; foreign keys and pooling are always turned on.</param>
    /// <returns>The store.</returns>
    public static SqliteCordonStore FromConnectionString(string connectionString) => new(new SqliteConnectionStringBuilder(connectionString));

    private protected override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    private protected override string CreateMigrationsTableSql => SqliteMigrations.CreateMigrationsTable;

    private protected override string MigrationsTableExistsSql => SqliteMigrations.MigrationsTableExists;

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Per connection, unlike journal_mode: WAL makes NORMAL durable at commit boundaries except on power loss.
            await ExecuteAsync(connection, null, "PRAGMA synchronous = NORMAL", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // BEGIN IMMEDIATE: a deferred transaction that later needs the write lock fails with SQLITE_BUSY instead of waiting.
        return await Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    private protected override Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken);

    private protected override object TimestampValue(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(
            reader.GetString(ordinal),
            TimestampFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private protected override DbParameter JsonParameter(string name, string json) =>
        new SqliteParameter(name, SqliteType.Text) { Value = json };

    private protected override Task InsertEntitiesAsync(
        DbConnection connection,
        DbTransaction transaction,
        long versionId,
        IReadOnlyList<ListedEntity> entities,
        CancellationToken cancellationToken)
    {
        // One prepared statement rebound per row inside the open transaction: SQLite's fastest path short of
        // its C API, and synchronous on purpose since Microsoft.Data.Sqlite's async methods are synchronous anyway.
        using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText =
            "INSERT INTO entities (version_id, source_id, type, primary_name, data, ordinal) VALUES (@v, @s, @t, @n, @d, @o)";
        var version = command.Parameters.Add("@v", SqliteType.Integer);
        var sourceId = command.Parameters.Add("@s", SqliteType.Text);
        var type = command.Parameters.Add("@t", SqliteType.Text);
        var name = command.Parameters.Add("@n", SqliteType.Text);
        var data = command.Parameters.Add("@d", SqliteType.Text);
        var ordinal = command.Parameters.Add("@o", SqliteType.Integer);
        command.Prepare();
        version.Value = versionId;
        for (var i = 0; i < entities.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = entities[i];
            sourceId.Value = entity.SourceId;
            type.Value = entity.Type.ToString();
            name.Value = entity.PrimaryName;
            data.Value = CordonJson.Serialize(entity);
            ordinal.Value = i;
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    private protected override ValueTask DisposeCoreAsync()
    {
        // Pooled connections keep the file (and its -wal/-shm) open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
