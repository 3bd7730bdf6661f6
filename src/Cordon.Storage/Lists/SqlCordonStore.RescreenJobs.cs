using System.Data.Common;
using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    private const string RescreenJobColumns = "id, created_at, versions, leased_by, leased_until";

    /// <inheritdoc/>
    public async Task<RescreenJob?> ClaimRescreenJobAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var at = StoreTime.Normalize(now);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        RescreenJob? claimed = null;
        await using (var claim = Command(
            connection,
            transaction,
            $"""
            UPDATE rescreen_jobs SET leased_by = @owner, leased_until = @until
            WHERE id = (SELECT MAX(id) FROM rescreen_jobs WHERE completed_at IS NULL)
              AND (leased_until IS NULL OR leased_until < @now OR leased_by = @owner)
            RETURNING {RescreenJobColumns}
            """,
            ("@owner", owner),
            ("@until", TimestampValue(at + lease)),
            ("@now", TimestampValue(at))))
        {
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                claimed = ReadRescreenJob(reader);
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
        return claimed;
    }

    /// <inheritdoc/>
    public async Task CompleteRescreenJobsAsync(long throughId, DateTimeOffset completedAt, CancellationToken cancellationToken = default) =>
        await WriteAsync(
            "UPDATE rescreen_jobs SET completed_at = @at, leased_by = NULL, leased_until = NULL WHERE id <= @id AND completed_at IS NULL",
            cancellationToken,
            ("@at", TimestampValue(StoreTime.Normalize(completedAt))),
            ("@id", throughId));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RescreenJob>> GetPendingRescreenJobsAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {RescreenJobColumns} FROM rescreen_jobs WHERE completed_at IS NULL ORDER BY id", ReadRescreenJob, cancellationToken);

    /// <summary>Owes a re-screen for the versions an import stores, in the import's transaction.</summary>
    private async Task EnqueueRescreenAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ListVersionInfo> stored, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var insert = Command(
            connection,
            transaction,
            "INSERT INTO rescreen_jobs (created_at, versions) VALUES (@at, @versions)",
            ("@at", TimestampValue(at)),
            ("@versions", CordonJson.Serialize(stored.Select(v => v.Id).ToArray())));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private RescreenJob ReadRescreenJob(DbDataReader reader) => new(
        reader.GetInt64(0),
        ReadTimestamp(reader, 1),
        CordonJson.Deserialize<long[]>(reader.GetString(2)),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : ReadTimestamp(reader, 4));
}
