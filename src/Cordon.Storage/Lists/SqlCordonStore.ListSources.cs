using System.Data.Common;
using Cordon.Lists;

namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    private const string ListSourceColumns =
        "name, list_id, url, format, interval_seconds, enabled, created_at, last_checked_at, last_changed_at, last_outcome, last_error, "
        + "etag, last_modified, content_hash, next_run_at, leased_by, leased_until";

    // A lease is free when nobody holds it or it ran out; a named claim may also renew the caller's own.
    private const string ListSourceLeaseFree = "(leased_until IS NULL OR leased_until < @now)";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ListSource>> GetListSourcesAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {ListSourceColumns} FROM list_sources ORDER BY name", ReadListSource, cancellationToken);

    /// <inheritdoc/>
    public async Task<ListSource?> GetListSourceAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var rows = await QueryAsync($"SELECT {ListSourceColumns} FROM list_sources WHERE name = @name", ReadListSource, cancellationToken, ("@name", name));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public async Task<bool> AddListSourceAsync(ListSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ValidateListSource(source);
        return await WriteAsync(
            """
            INSERT INTO list_sources (name, list_id, url, format, interval_seconds, enabled, created_at, next_run_at)
            VALUES (@name, @list, @url, @format, @interval, @enabled, @created, @next)
            ON CONFLICT (name) DO NOTHING
            """,
            cancellationToken,
            ("@name", source.Name),
            ("@list", source.ListId),
            ("@url", source.Url),
            ("@format", source.Format),
            ("@interval", (long)source.Interval.TotalSeconds),
            ("@enabled", source.Enabled),
            ("@created", TimestampValue(StoreTime.Normalize(source.CreatedAt))),
            ("@next", source.NextRunAt is { } next ? TimestampValue(StoreTime.Normalize(next)) : null)) == 1;
    }

    /// <inheritdoc/>
    public async Task<bool> ChangeListSourceAsync(ListSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ValidateListSource(source);

        // Right-hand sides read the row as it was, so the validators are kept only when the URL and the list stay the same.
        return await WriteAsync(
            """
            UPDATE list_sources SET
                etag = CASE WHEN url = @url AND list_id = @list THEN etag ELSE NULL END,
                last_modified = CASE WHEN url = @url AND list_id = @list THEN last_modified ELSE NULL END,
                content_hash = CASE WHEN url = @url AND list_id = @list THEN content_hash ELSE NULL END,
                list_id = @list, url = @url, format = @format, interval_seconds = @interval, next_run_at = @next
            WHERE name = @name
            """,
            cancellationToken,
            ("@name", source.Name),
            ("@list", source.ListId),
            ("@url", source.Url),
            ("@format", source.Format),
            ("@interval", (long)source.Interval.TotalSeconds),
            ("@next", source.NextRunAt is { } next ? TimestampValue(StoreTime.Normalize(next)) : null)) == 1;
    }

    /// <inheritdoc/>
    public async Task<bool> SetListSourceEnabledAsync(string name, bool enabled, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await WriteAsync(
            enabled
                ? "UPDATE list_sources SET enabled = @enabled, next_run_at = CASE WHEN enabled = @enabled THEN next_run_at ELSE @now END WHERE name = @name"
                : "UPDATE list_sources SET enabled = @enabled WHERE name = @name",
            cancellationToken,
            ("@name", name),
            ("@enabled", enabled),
            ("@now", TimestampValue(StoreTime.Normalize(now)))) == 1;
    }

    /// <inheritdoc/>
    public async Task<bool> RemoveListSourceAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await WriteAsync("DELETE FROM list_sources WHERE name = @name", cancellationToken, ("@name", name)) == 1;
    }

    /// <inheritdoc/>
    public Task<ListSource?> ClaimDueListSourceAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default) =>
        LeaseListSourceAsync(
            $"""
            UPDATE list_sources SET leased_by = @owner, leased_until = @until
            WHERE name = (SELECT name FROM list_sources
                          WHERE enabled = @yes AND next_run_at <= @now AND {ListSourceLeaseFree}
                          ORDER BY next_run_at, name LIMIT 1)
              AND enabled = @yes AND next_run_at <= @now AND {ListSourceLeaseFree}
            RETURNING {ListSourceColumns}
            """,
            null,
            owner,
            now,
            lease,
            cancellationToken);

    /// <inheritdoc/>
    public Task<ListSource?> ClaimListSourceAsync(string name, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return LeaseListSourceAsync(
            $"UPDATE list_sources SET leased_by = @owner, leased_until = @until WHERE name = @name AND ({ListSourceLeaseFree} OR leased_by = @owner) RETURNING {ListSourceColumns}",
            name,
            owner,
            now,
            lease,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> CompleteListSourceCheckAsync(string name, string owner, ListSourceCheck check, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(check);
        var failed = check.Outcome == ListSourceOutcomes.Failed;

        // A failed check keeps the validators of the last good download, so the next request fetches the file again.
        return await WriteAsync(
            """
            UPDATE list_sources SET
                last_checked_at = @at, last_outcome = @outcome, last_error = @error,
                last_changed_at = CASE WHEN @changed THEN @at ELSE last_changed_at END,
                etag = CASE WHEN @failed THEN etag ELSE @etag END,
                last_modified = CASE WHEN @failed THEN last_modified ELSE @modified END,
                content_hash = CASE WHEN @failed THEN content_hash ELSE @hash END,
                next_run_at = @next, leased_by = NULL, leased_until = NULL
            WHERE name = @name AND leased_by = @owner
            """,
            cancellationToken,
            ("@name", name),
            ("@owner", owner),
            ("@at", TimestampValue(StoreTime.Normalize(check.CheckedAt))),
            ("@outcome", check.Outcome),
            ("@error", check.Error),
            ("@changed", check.Outcome == ListSourceOutcomes.Changed),
            ("@failed", failed),
            ("@etag", check.ETag),
            ("@modified", check.LastModified),
            ("@hash", check.ContentHash),
            ("@next", TimestampValue(StoreTime.Normalize(check.NextRunAt)))) == 1;
    }

    private async Task<ListSource?> LeaseListSourceAsync(string sql, string? name, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var at = StoreTime.Normalize(now);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        ListSource? claimed = null;
        (string, object?)[] parameters = [("@owner", owner), ("@yes", true), ("@until", TimestampValue(at + lease)), ("@now", TimestampValue(at))];
        await using (var claim = Command(connection, transaction, sql, name is null ? parameters : [.. parameters, ("@name", name)]))
        {
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                claimed = ReadListSource(reader);
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
        return claimed;
    }

    private static void ValidateListSource(ListSource source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.ListId);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Url);
        if (source.Interval < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"Source '{source.Name}': the interval must be at least a second.", nameof(source));
        }
    }

    private ListSource ReadListSource(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        TimeSpan.FromSeconds(reader.GetInt64(4)),
        reader.GetBoolean(5),
        ReadTimestamp(reader, 6),
        reader.IsDBNull(7) ? null : ReadTimestamp(reader, 7),
        reader.IsDBNull(8) ? null : ReadTimestamp(reader, 8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetString(10),
        reader.IsDBNull(11) ? null : reader.GetString(11),
        reader.IsDBNull(12) ? null : reader.GetString(12),
        reader.IsDBNull(13) ? null : reader.GetString(13),
        reader.IsDBNull(14) ? null : ReadTimestamp(reader, 14),
        reader.IsDBNull(15) ? null : reader.GetString(15),
        reader.IsDBNull(16) ? null : ReadTimestamp(reader, 16));
}
