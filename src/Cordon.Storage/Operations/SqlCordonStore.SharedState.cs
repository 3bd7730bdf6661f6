using System.Data.Common;

namespace Cordon.Storage;

/// <summary>Data-protection keys and workspace batch screenings, shared by both providers.</summary>
public abstract partial class SqlCordonStore
{
    private const string BatchColumns = "id, organisation_id, user_name, file_name, total, screened, matched, rejected, started_at, heartbeat_at, finished_at, failure";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> GetDataProtectionKeysAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT xml FROM data_protection_keys ORDER BY seq", r => r.GetString(0), cancellationToken);

    /// <inheritdoc/>
    public async Task SaveDataProtectionKeyAsync(string name, string xml, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(xml);
        await WriteAsync(
            "INSERT INTO data_protection_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO UPDATE SET xml = excluded.xml",
            cancellationToken,
            ("@name", name),
            ("@xml", xml));
    }

    /// <inheritdoc/>
    public async Task AddScreeningBatchAsync(ScreeningBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await WriteAsync(
            $"INSERT INTO screening_batches ({BatchColumns}) VALUES (@id, @org, @user, @file, @total, @screened, @matched, @rejected, @started, @heartbeat, @finished, @failure)",
            cancellationToken,
            ("@id", batch.Id),
            ("@org", batch.OrganisationId),
            ("@user", batch.UserName),
            ("@file", batch.FileName),
            ("@total", batch.Total),
            ("@screened", batch.Screened),
            ("@matched", batch.Matched),
            ("@rejected", batch.Rejected),
            ("@started", TimestampValue(StoreTime.Normalize(batch.StartedAt))),
            ("@heartbeat", TimestampValue(StoreTime.Normalize(batch.HeartbeatAt))),
            ("@finished", batch.FinishedAt is { } finished ? TimestampValue(StoreTime.Normalize(finished)) : null),
            ("@failure", batch.Failure));
    }

    /// <inheritdoc/>
    public async Task UpdateScreeningBatchProgressAsync(string id, int screened, int matched, int rejected, DateTimeOffset heartbeatAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);

        // A finished batch is never reopened by a late progress report.
        await WriteAsync(
            "UPDATE screening_batches SET screened = @screened, matched = @matched, rejected = @rejected, heartbeat_at = @heartbeat WHERE id = @id AND finished_at IS NULL",
            cancellationToken,
            ("@id", id),
            ("@screened", screened),
            ("@matched", matched),
            ("@rejected", rejected),
            ("@heartbeat", TimestampValue(StoreTime.Normalize(heartbeatAt))));
    }

    /// <inheritdoc/>
    public async Task FinishScreeningBatchAsync(string id, int screened, int matched, int rejected, DateTimeOffset finishedAt, string? failure, byte[]? results, byte[]? errors, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var at = TimestampValue(StoreTime.Normalize(finishedAt));
        await WriteAsync(
            """
            UPDATE screening_batches
            SET screened = @screened, matched = @matched, rejected = @rejected, heartbeat_at = @at, finished_at = @at, failure = @failure,
                results = @results, errors = @errors
            WHERE id = @id AND finished_at IS NULL
            """,
            cancellationToken,
            ("@id", id),
            ("@screened", screened),
            ("@matched", matched),
            ("@rejected", rejected),
            ("@at", at),
            ("@failure", failure),
            ("@results", results),
            ("@errors", errors));
    }

    /// <inheritdoc/>
    public async Task<ScreeningBatch?> GetScreeningBatchAsync(string organisationId, string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        ArgumentNullException.ThrowIfNull(id);
        var rows = await QueryAsync($"SELECT {BatchColumns} FROM screening_batches WHERE organisation_id = @org AND id = @id", ReadScreeningBatch, cancellationToken, ("@org", organisationId), ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ScreeningBatch>> GetScreeningBatchesAsync(string organisationId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await QueryAsync(
            $"SELECT {BatchColumns} FROM screening_batches WHERE organisation_id = @org ORDER BY started_at DESC, id LIMIT @limit",
            ReadScreeningBatch,
            cancellationToken,
            ("@org", organisationId),
            ("@limit", limit));
    }

    /// <inheritdoc/>
    public async Task<byte[]?> GetScreeningBatchFileAsync(string organisationId, string id, ScreeningBatchFile file, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        ArgumentNullException.ThrowIfNull(id);
        var column = file switch
        {
            ScreeningBatchFile.Results => "results",
            ScreeningBatchFile.Errors => "errors",
            _ => throw new ArgumentOutOfRangeException(nameof(file)),
        };
        var rows = await QueryAsync(
            $"SELECT {column} FROM screening_batches WHERE organisation_id = @org AND id = @id AND finished_at IS NOT NULL AND {column} IS NOT NULL",
            r => (byte[])r.GetValue(0),
            cancellationToken,
            ("@org", organisationId),
            ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public async Task<int> DeleteScreeningBatchesStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        await WriteAsync("DELETE FROM screening_batches WHERE started_at < @cutoff", cancellationToken, ("@cutoff", TimestampValue(StoreTime.Normalize(cutoff))));

    private ScreeningBatch ReadScreeningBatch(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetInt32(4),
        reader.GetInt32(5),
        reader.GetInt32(6),
        reader.GetInt32(7),
        ReadTimestamp(reader, 8),
        ReadTimestamp(reader, 9),
        reader.IsDBNull(10) ? null : ReadTimestamp(reader, 10),
        reader.IsDBNull(11) ? null : reader.GetString(11));
}
