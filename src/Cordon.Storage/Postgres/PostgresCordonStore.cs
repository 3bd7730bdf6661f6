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
    private readonly NpgsqlDataSource dataSource;

    /// <summary>Creates a store on the database named by an Npgsql connection string (<c>Host=…;Database=…</c>).</summary>
    /// <param name="connectionString">The connection string; no connection is made until first use.</param>
    public PostgresCordonStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

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
