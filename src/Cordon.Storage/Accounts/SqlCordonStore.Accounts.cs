using System.Data.Common;
using System.Globalization;
using System.Text;
using Cordon.Core;
using Cordon.Accounts;

namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    private const string UserColumns =
        "SELECT id, organisation_id, user_name, display_name, role, password_hash, failed_attempts, locked_until, disabled, created_at, last_sign_in_at, security_stamp FROM users";

    private const string KeyColumns =
        "SELECT id, user_id, organisation_id, name, prefix, secret_hash, role, created_at, expires_at, revoked_at, last_used_at FROM api_keys";

    private const string AuditColumns =
        "SELECT id, at, organisation_id, user_id, user_name, api_key_id, action, target_type, target_id, outcome, details, remote_address FROM audit_log";

    /// <inheritdoc/>
    public async Task<bool> CreateOrganisationAsync(Organisation organisation, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        RequireText(organisation.Id, "organisation id");
        RequireText(organisation.Name, "organisation name");
        return await WriteAsync(
            async (connection, transaction) =>
            {
                await using var insert = Command(
                    connection,
                    transaction,
                    "INSERT INTO organisations (id, name, created_at) VALUES (@id, @name, @createdAt) ON CONFLICT DO NOTHING",
                    ("@id", organisation.Id),
                    ("@name", organisation.Name),
                    ("@createdAt", Timestamp(organisation.CreatedAt)));
                return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            audit,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Organisation>> GetOrganisationsAsync(CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync("SELECT id, name, created_at FROM organisations", ReadOrganisation, cancellationToken);
        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    /// <inheritdoc/>
    public async Task<Organisation?> GetOrganisationAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT id, name, created_at FROM organisations WHERE id = @id", ReadOrganisation, cancellationToken, ("@id", id))).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<bool> CreateUserAsync(UserAccount user, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        RequireText(user.Id, "user id");
        RequireText(user.UserName, "user name");
        RequireText(user.Role, "role");
        RequireText(user.PasswordHash, "password hash");
        return await WriteAsync(
            async (connection, transaction) =>
            {
                await RequireOrganisationAsync(connection, transaction, user.OrganisationId, cancellationToken);
                await using var insert = Command(
                    connection,
                    transaction,
                    """
                    INSERT INTO users (id, organisation_id, user_name, display_name, role, password_hash, failed_attempts, locked_until, disabled, created_at, last_sign_in_at, security_stamp)
                    VALUES (@id, @organisationId, @userName, @displayName, @role, @hash, @failed, @lockedUntil, @disabled, @createdAt, @lastSignIn, @stamp)
                    ON CONFLICT DO NOTHING
                    """,
                    ("@id", user.Id),
                    ("@organisationId", user.OrganisationId),
                    ("@userName", user.UserName),
                    ("@displayName", Text(user.DisplayName ?? string.Empty)),
                    ("@role", user.Role),
                    ("@hash", user.PasswordHash),
                    ("@failed", user.FailedAttempts),
                    ("@lockedUntil", Timestamp(user.LockedUntil)),
                    ("@disabled", user.Disabled),
                    ("@createdAt", Timestamp(user.CreatedAt)),
                    ("@lastSignIn", Timestamp(user.LastSignInAt)),
                    ("@stamp", user.SecurityStamp ?? string.Empty));
                return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            audit,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<UserAccount?> GetUserAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(UserColumns + " WHERE id = @id", ReadUser, cancellationToken, ("@id", id))).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<UserAccount?> GetUserByNameAsync(string userName, CancellationToken cancellationToken = default) =>
        (await QueryAsync(UserColumns + " WHERE user_name = @userName", ReadUser, cancellationToken, ("@userName", Text(userName)))).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<UserAccount>> GetUsersAsync(string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var result = organisationId is null
            ? await QueryAsync(UserColumns, ReadUser, cancellationToken)
            : await QueryAsync(UserColumns + " WHERE organisation_id = @organisationId", ReadUser, cancellationToken, ("@organisationId", organisationId));
        result.Sort((a, b) => string.CompareOrdinal(a.UserName, b.UserName));
        return result;
    }

    /// <inheritdoc/>
    public async Task<int> CountUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM users");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async Task<bool> UpdateUserAsync(UserAccount user, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        RequireText(user.Role, "role");
        RequireText(user.PasswordHash, "password hash");
        return await WriteAsync(
            async (connection, transaction) =>
            {
                await using var update = Command(
                    connection,
                    transaction,
                    """
                    UPDATE users SET display_name = @displayName, role = @role, password_hash = @hash, failed_attempts = @failed,
                        locked_until = @lockedUntil, disabled = @disabled, security_stamp = @stamp
                    WHERE id = @id
                    """,
                    ("@id", user.Id),
                    ("@displayName", Text(user.DisplayName ?? string.Empty)),
                    ("@role", user.Role),
                    ("@hash", user.PasswordHash),
                    ("@failed", user.FailedAttempts),
                    ("@lockedUntil", Timestamp(user.LockedUntil)),
                    ("@disabled", user.Disabled),
                    ("@stamp", user.SecurityStamp ?? string.Empty));
                return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            audit,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<DateTimeOffset?> GetSignInLockAsync(string userName, string remoteAddress, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var locks = await QueryAsync(
            "SELECT locked_until FROM sign_in_failures WHERE user_name = @userName AND remote_address = @address AND locked_until > @now",
            reader => ReadTimestamp(reader, 0),
            cancellationToken,
            ("@userName", Text(userName)),
            ("@address", Text(remoteAddress)),
            ("@now", Timestamp(now)));
        return locks.Count == 0 ? null : locks[0];
    }

    /// <inheritdoc/>
    public async Task<DateTimeOffset?> RecordFailedSignInAsync(
        string userName,
        string remoteAddress,
        string? userId,
        int maxAttempts,
        DateTimeOffset forgetBefore,
        DateTimeOffset lockUntil,
        AuditEntry audit,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ArgumentNullException.ThrowIfNull(audit);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);

        // Failures (and locks, which end no later than their last failure plus the lock time) older than the window are
        // forgotten, here for every name, so that the table never keeps more than one window of failures.
        await using (var forget = Command(
            connection,
            transaction,
            "DELETE FROM sign_in_failures WHERE last_failure_at < @forgetBefore AND (locked_until IS NULL OR locked_until < @forgetBefore)",
            ("@forgetBefore", Timestamp(forgetBefore))))
        {
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }

        // One statement, so that concurrent failures each count: the right-hand sides read the row as it was before.
        await using (var count = Command(
            connection,
            transaction,
            """
            INSERT INTO sign_in_failures (user_name, remote_address, failed_attempts, locked_until, last_failure_at)
            VALUES (@userName, @address, CASE WHEN @max <= 1 THEN 0 ELSE 1 END, CASE WHEN @max <= 1 THEN @lockUntil ELSE NULL END, @at)
            ON CONFLICT (user_name, remote_address) DO UPDATE SET
                failed_attempts = CASE WHEN sign_in_failures.failed_attempts + 1 >= @max THEN 0 ELSE sign_in_failures.failed_attempts + 1 END,
                locked_until = CASE WHEN sign_in_failures.failed_attempts + 1 >= @max THEN @lockUntil ELSE sign_in_failures.locked_until END,
                last_failure_at = @at
            """,
            ("@userName", Text(userName)),
            ("@address", Text(remoteAddress)),
            ("@max", maxAttempts),
            ("@lockUntil", Timestamp(lockUntil)),
            ("@at", Timestamp(audit.At))))
        {
            await count.ExecuteNonQueryAsync(cancellationToken);
        }

        if (userId is not null)
        {
            await using var user = Command(connection, transaction, "UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = @id", ("@id", userId));
            await user.ExecuteNonQueryAsync(cancellationToken);
        }

        DateTimeOffset? lockedUntil = null;
        await using (var read = Command(
            connection,
            transaction,
            "SELECT locked_until, failed_attempts FROM sign_in_failures WHERE user_name = @userName AND remote_address = @address",
            ("@userName", Text(userName)),
            ("@address", Text(remoteAddress))))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            // The count starts again at zero only when this failure locked the name.
            if (await reader.ReadAsync(cancellationToken) && Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture) == 0)
            {
                lockedUntil = NullableTimestamp(reader, 0);
            }
        }

        await InsertAuditAsync(connection, transaction, audit, cancellationToken);
        await transaction.CommitAsync(CancellationToken.None);
        return lockedUntil;
    }

    /// <inheritdoc/>
    public async Task RecordSignInAsync(string userId, string remoteAddress, DateTimeOffset at, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audit);
        await WriteAsync(
            async (connection, transaction) =>
            {
                await using (var forget = Command(
                    connection,
                    transaction,
                    "DELETE FROM sign_in_failures WHERE remote_address = @address AND user_name = (SELECT user_name FROM users WHERE id = @id)",
                    ("@id", userId),
                    ("@address", Text(remoteAddress))))
                {
                    await forget.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var update = Command(
                    connection,
                    transaction,
                    "UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = @at WHERE id = @id",
                    ("@id", userId),
                    ("@at", Timestamp(at)));
                return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            audit,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task ClearSignInFailuresAsync(string userName, CancellationToken cancellationToken = default)
    {
        await WriteAsync(
            async (connection, transaction) =>
            {
                await using var forget = Command(connection, transaction, "DELETE FROM sign_in_failures WHERE user_name = @userName", ("@userName", Text(userName)));
                await forget.ExecuteNonQueryAsync(cancellationToken);
                return true;
            },
            null,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> SetSecurityStampAsync(string userId, string stamp, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        RequireText(stamp, "security stamp");
        return WriteAsync(
            async (connection, transaction) =>
            {
                await using var update = Command(connection, transaction, "UPDATE users SET security_stamp = @stamp WHERE id = @id", ("@id", userId), ("@stamp", stamp));
                return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            audit,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> CreateApiKeyAsync(ApiKeyRecord key, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        ValidateKey(key);
        return await WriteAsync((connection, transaction) => InsertKeyAsync(connection, transaction, key, cancellationToken), audit, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<ApiKeyRecord?> GetApiKeyAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(KeyColumns + " WHERE id = @id", ReadKey, cancellationToken, ("@id", id))).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ApiKeyRecord>> GetApiKeysAsync(string organisationId, string? userId = null, CancellationToken cancellationToken = default)
    {
        var result = userId is null
            ? await QueryAsync(KeyColumns + " WHERE organisation_id = @organisationId", ReadKey, cancellationToken, ("@organisationId", organisationId))
            : await QueryAsync(
                KeyColumns + " WHERE organisation_id = @organisationId AND user_id = @userId",
                ReadKey,
                cancellationToken,
                ("@organisationId", organisationId),
                ("@userId", userId));
        result.Sort((a, b) =>
        {
            var c = b.CreatedAt.CompareTo(a.CreatedAt);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return result;
    }

    /// <inheritdoc/>
    public Task<bool> RevokeApiKeyAsync(string id, DateTimeOffset at, AuditEntry? audit = null, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) => RevokeKeyAsync(connection, transaction, id, at, cancellationToken), audit, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> RotateApiKeyAsync(string id, ApiKeyRecord replacement, DateTimeOffset at, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        ValidateKey(replacement);
        return await WriteAsync(
            async (connection, transaction) =>
                await RevokeKeyAsync(connection, transaction, id, at, cancellationToken)
                && await InsertKeyAsync(connection, transaction, replacement, cancellationToken),
            audit,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task TouchApiKeyAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var update = Command(
            connection,
            transaction,
            "UPDATE api_keys SET last_used_at = @at WHERE id = @id AND (last_used_at IS NULL OR last_used_at <= @stale)",
            ("@id", id),
            ("@at", Timestamp(at)),
            ("@stale", Timestamp(at.AddMinutes(-1))));
        await update.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task<AuditEntry> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var stored = await InsertAuditAsync(connection, transaction, entry, cancellationToken);
        await transaction.CommitAsync(CancellationToken.None);
        return stored;
    }

    /// <inheritdoc/>
    public async Task<AuditPage> QueryAuditAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, AuditQuery.MaxLimit);
        var sql = new StringBuilder(AuditColumns).Append(" WHERE 1 = 1");
        var parameters = new List<(string Name, object? Value)>();
        void Filter(string condition, string name, object? value)
        {
            sql.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }

        if (query.OrganisationId is not null)
        {
            // Platform entries (shared lists changed) concern every organisation.
            Filter("organisation_id IN (@organisationId, @platform)", "@organisationId", query.OrganisationId);
            parameters.Add(("@platform", AuditEntry.Platform));
        }

        if (query.From is { } from)
        {
            Filter("at >= @from", "@from", Timestamp(from));
        }

        if (query.To is { } to)
        {
            Filter("at < @to", "@to", Timestamp(to));
        }

        if (!string.IsNullOrEmpty(query.UserName))
        {
            Filter("user_name = @userName", "@userName", Text(query.UserName.ToLowerInvariant()));
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            if (query.Action.EndsWith(".*", StringComparison.Ordinal))
            {
                var prefix = query.Action[..^1];
                Filter("substr(action, 1, @actionLength) = @action", "@action", Text(prefix));
                parameters.Add(("@actionLength", prefix.Length));
            }
            else
            {
                Filter("action = @action", "@action", Text(query.Action));
            }
        }

        if (!string.IsNullOrEmpty(query.TargetType))
        {
            Filter("target_type = @targetType", "@targetType", Text(query.TargetType));
        }

        if (!string.IsNullOrEmpty(query.TargetId))
        {
            Filter("target_id = @targetId", "@targetId", Text(query.TargetId));
        }

        if (query.BeforeId is { } before)
        {
            Filter("id < @beforeId", "@beforeId", before);
        }

        sql.Append(" ORDER BY id DESC LIMIT @limit");
        parameters.Add(("@limit", query.Limit + 1));
        var rows = await QueryAsync(sql.ToString(), ReadAudit, cancellationToken, [.. parameters]);
        if (rows.Count > query.Limit)
        {
            rows.RemoveAt(rows.Count - 1);
            return new AuditPage(rows, rows[^1].Id);
        }

        return new AuditPage(rows, null);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> GetWatchOrganisationsAsync(CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync("SELECT DISTINCT organisation_id FROM watch_subjects", reader => reader.GetString(0), cancellationToken);
        result.Sort(string.CompareOrdinal);
        return result;
    }

    /// <summary>Runs SQL statements in one transaction (tests that lay out rows as an older schema had them).</summary>
    internal async Task ExecuteSqlAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await ExecuteAsync(connection, transaction, sql, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="write"/> in one transaction; commits it with <paramref name="audit"/> when it returns true, rolls back otherwise.</summary>
    private async Task<bool> WriteAsync(Func<DbConnection, DbTransaction, Task<bool>> write, AuditEntry? audit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        if (!await write(connection, transaction))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return false;
        }

        if (audit is not null)
        {
            await InsertAuditAsync(connection, transaction, audit, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return true;
    }

    private async Task<AuditEntry> InsertAuditAsync(DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        RequireText(entry.Action, "audit action");
        RequireText(entry.Outcome, "audit outcome");
        var at = StoreTime.Normalize(entry.At);
        await using var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO audit_log (at, organisation_id, user_id, user_name, api_key_id, action, target_type, target_id, outcome, details, remote_address)
            VALUES (@at, @organisationId, @userId, @userName, @apiKeyId, @action, @targetType, @targetId, @outcome, @details, @remoteAddress)
            RETURNING id
            """,
            ("@at", TimestampValue(at)),
            ("@organisationId", entry.OrganisationId),
            ("@userId", entry.UserId),
            ("@userName", entry.UserName is null ? null : Text(entry.UserName)),
            ("@apiKeyId", entry.ApiKeyId),
            ("@action", Text(entry.Action)),
            ("@targetType", entry.TargetType is null ? null : Text(entry.TargetType)),
            ("@targetId", entry.TargetId is null ? null : Text(entry.TargetId)),
            ("@outcome", entry.Outcome),
            ("@remoteAddress", entry.RemoteAddress));
        var details = JsonParameter("@details", "{}");
        details.Value = entry.DetailsJson is null ? DBNull.Value : entry.DetailsJson;
        insert.Parameters.Add(details);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return entry with { Id = id, At = at };
    }

    private async Task<bool> InsertKeyAsync(DbConnection connection, DbTransaction transaction, ApiKeyRecord key, CancellationToken cancellationToken)
    {
        await using (var owner = Command(
            connection,
            transaction,
            "SELECT COUNT(*) FROM users WHERE id = @userId AND organisation_id = @organisationId",
            ("@userId", key.UserId),
            ("@organisationId", key.OrganisationId)))
        {
            if (Convert.ToInt32(await owner.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                throw new ArgumentException($"API key '{key.Id}': no user '{key.UserId}' in organisation '{key.OrganisationId}'; nothing was stored.", nameof(key));
            }
        }

        await using var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO api_keys (id, user_id, organisation_id, name, prefix, secret_hash, role, created_at, expires_at, revoked_at, last_used_at)
            VALUES (@id, @userId, @organisationId, @name, @prefix, @hash, @role, @createdAt, @expiresAt, @revokedAt, @lastUsedAt)
            ON CONFLICT DO NOTHING
            """,
            ("@id", key.Id),
            ("@userId", key.UserId),
            ("@organisationId", key.OrganisationId),
            ("@name", Text(key.Name ?? string.Empty)),
            ("@prefix", key.Prefix),
            ("@hash", key.SecretHash),
            ("@role", key.Role),
            ("@createdAt", Timestamp(key.CreatedAt)),
            ("@expiresAt", Timestamp(key.ExpiresAt)),
            ("@revokedAt", Timestamp(key.RevokedAt)),
            ("@lastUsedAt", Timestamp(key.LastUsedAt)));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<bool> RevokeKeyAsync(DbConnection connection, DbTransaction transaction, string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var update = Command(
            connection,
            transaction,
            "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL",
            ("@id", id),
            ("@at", Timestamp(at)));
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task RequireOrganisationAsync(DbConnection connection, DbTransaction transaction, string organisationId, CancellationToken cancellationToken)
    {
        await using var exists = Command(connection, transaction, "SELECT COUNT(*) FROM organisations WHERE id = @id", ("@id", organisationId));
        if (Convert.ToInt32(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            throw new ArgumentException($"No organisation '{organisationId}'; nothing was stored.", nameof(organisationId));
        }
    }

    private static void ValidateKey(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        RequireText(key.Id, "API key id");
        RequireText(key.SecretHash, "API key hash");
        RequireText(key.Role, "API key role");
    }

    private static void RequireText(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The {what} is empty or holds a NUL character; nothing was stored.");
        }
    }

    private object? Timestamp(DateTimeOffset? value) => value is { } v ? TimestampValue(StoreTime.Normalize(v)) : null;

    private DateTimeOffset? NullableTimestamp(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadTimestamp(reader, ordinal);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private Organisation ReadOrganisation(DbDataReader reader) => new(reader.GetString(0), reader.GetString(1), ReadTimestamp(reader, 2));

    private UserAccount ReadUser(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetInt32(6),
        NullableTimestamp(reader, 7),
        reader.GetBoolean(8),
        ReadTimestamp(reader, 9),
        NullableTimestamp(reader, 10))
    {
        SecurityStamp = reader.GetString(11),
    };

    private ApiKeyRecord ReadKey(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        ReadTimestamp(reader, 7),
        NullableTimestamp(reader, 8),
        NullableTimestamp(reader, 9),
        NullableTimestamp(reader, 10));

    private AuditEntry ReadAudit(DbDataReader reader) => new(
        reader.GetInt64(0),
        ReadTimestamp(reader, 1),
        NullableString(reader, 2),
        NullableString(reader, 3),
        NullableString(reader, 4),
        NullableString(reader, 5),
        reader.GetString(6),
        NullableString(reader, 7),
        NullableString(reader, 8),
        reader.GetString(9),
        NullableString(reader, 10),
        NullableString(reader, 11));
}
