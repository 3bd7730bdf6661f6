using System.Data.Common;
using Cordon.Core;
using Npgsql;
using NpgsqlTypes;

namespace Cordon.Storage.Postgres;

/// <summary>
/// The PostgreSQL store: <c>timestamptz</c> timestamps, <c>json</c> entity and subject data, binary COPY for imports,
/// and an advisory lock so that several instances can migrate one database at the same time.
/// </summary>
/// <remarks>
/// PostgreSQL text cannot hold the NUL character. Entities, subjects and explanations keep it (inside their JSON); the
/// plain-text name columns of matches and alerts replace it with U+FFFD.
/// </remarks>
public sealed partial class PostgresCordonStore : SqlCordonStore
{
    /// <summary>
    /// Connections one store (one <c>cordon serve</c> instance, one CLI command) opens at most unless the connection string
    /// says otherwise with <c>Maximum Pool Size</c>. Npgsql's own default of 100 lets a single instance take all of a default
    /// PostgreSQL's <c>max_connections</c> (100); 20 serves a 2–4 core instance's request threads and leaves three instances
    /// 40 connections for the CLI, backups and <c>psql</c> (docs/operations.md, "Connections").
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    private readonly NpgsqlDataSource dataSource;

    /// <summary>Creates a store on the database named by an Npgsql connection string (<c>Host=…;Database=…</c>).</summary>
    /// <param name="connectionString">The connection string; no connection is made until first use.</param>
    public PostgresCordonStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        dataSource = NpgsqlDataSource.Create(WithDefaultPoolSize(connectionString));
    }

    /// <summary>The connection string with <see cref="DefaultMaxPoolSize"/> unless it sets a pool size of its own.</summary>
    internal static string WithDefaultPoolSize(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsPoolSize = given.Keys.Cast<string>()
            .Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
            .Any(k => k is "maxpoolsize" or "maximumpoolsize");
        return setsPoolSize
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;
    }

    /// <summary>Most connections this store's pool opens (<c>Maximum Pool Size</c>).</summary>
    public int MaxPoolSize => new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxPoolSize;

    /// <inheritdoc/>
    public override string Provider => "postgresql";

    private protected override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    private protected override string CreateMigrationsTableSql => PostgresMigrations.CreateMigrationsTable;

    private protected override string MigrationsTableExistsSql => PostgresMigrations.MigrationsTableExists;

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    private protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", PostgresMigrations.AdvisoryLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private protected override async Task LockNetworkAsync(DbConnection connection, DbTransaction transaction, string organisationId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", LockKey("network:" + organisationId)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private protected override object TimestampValue(DateTimeOffset value) => value;

    private protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();

    private protected override DbParameter JsonParameter(string name, string json) =>
        new NpgsqlParameter(name, NpgsqlDbType.Json) { Value = json };

    private protected override string Text(string value) => value.Replace('\0', '\uFFFD');

    private protected override async Task InsertEntitiesAsync(
        DbConnection connection,
        DbTransaction transaction,
        long versionId,
        IReadOnlyList<ListedEntity> entities,
        CancellationToken cancellationToken)
    {
        // Disposing the importer without Complete aborts the COPY, and the enclosing transaction then rolls back.
        await using var importer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY entities (version_id, source_id, type, primary_name, data, ordinal) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var i = 0; i < entities.Count; i++)
        {
            // Checked between rows so that cancellation never interrupts a write half-way and breaks the connection.
            cancellationToken.ThrowIfCancellationRequested();
            var entity = entities[i];
            await importer.StartRowAsync(CancellationToken.None);
            await importer.WriteAsync(versionId, NpgsqlDbType.Bigint, CancellationToken.None);
            await importer.WriteAsync(entity.SourceId, NpgsqlDbType.Text, CancellationToken.None);
            await importer.WriteAsync(entity.Type.ToString(), NpgsqlDbType.Text, CancellationToken.None);
            await importer.WriteAsync(Text(entity.PrimaryName), NpgsqlDbType.Text, CancellationToken.None);
            await importer.WriteAsync(CordonJson.Serialize(entity), NpgsqlDbType.Json, CancellationToken.None);
            await importer.WriteAsync(i, NpgsqlDbType.Integer, CancellationToken.None);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private protected override ValueTask DisposeCoreAsync() => dataSource.DisposeAsync();
}
