using System.Data.Common;
using System.Globalization;
using System.Text;
using Cordon.Core;

namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    /// <summary>The alert columns <see cref="ReadAlert"/> reads, for the caller's organisation (<c>@organisationId</c>).</summary>
    private const string AlertSelect =
        "SELECT id, subject_id, kind, list_id, list_version_id, entity_source_id, entity_name, score, created_at, details, state, state_reason, state_by, state_at, assignee_id, assignee_name FROM alerts WHERE organisation_id = @organisationId";

    private const string SuppressionSelect =
        "SELECT id, subject_id, list_id, entity_source_id, subject_fingerprint, entry_fingerprint, reason, decided_by, decided_at, alert_id, lapsed_at, lapse_reason FROM alert_suppressions WHERE organisation_id = @organisationId";

    /// <summary>Most alerts one triage change may name (a page of the queue at its largest, with room to spare).</summary>
    private const int MaxAlertsPerChange = 1000;

    private Alert ReadAlert(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        Enum.Parse<AlertKind>(reader.GetString(2)),
        reader.GetString(3),
        reader.GetInt64(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetDouble(7),
        ReadTimestamp(reader, 8))
    {
        Details = reader.IsDBNull(9) ? null : reader.GetString(9),
        State = Enum.Parse<AlertState>(reader.GetString(10)),
        StateReason = reader.IsDBNull(11) ? null : reader.GetString(11),
        StateChangedBy = reader.IsDBNull(12) ? null : reader.GetString(12),
        StateChangedAt = reader.IsDBNull(13) ? null : ReadTimestamp(reader, 13),
        AssigneeId = reader.IsDBNull(14) ? null : reader.GetString(14),
        AssigneeName = reader.IsDBNull(15) ? null : reader.GetString(15),
    };

    private AlertSuppression ReadSuppression(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7),
        ReadTimestamp(reader, 8),
        reader.GetInt64(9))
    {
        LapsedAt = reader.IsDBNull(10) ? null : ReadTimestamp(reader, 10),
        LapseReason = reader.IsDBNull(11) ? null : reader.GetString(11),
    };

    /// <inheritdoc/>
    public async Task<AlertPage> QueryAlertsAsync(string organisationId, AlertQuery query, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > AlertQuery.MaxLimit || query.Offset < 0)
        {
            throw new ArgumentException($"A page holds 1 to {AlertQuery.MaxLimit} alerts from an offset of 0 or more (asked: {query.Limit} from {query.Offset}).", nameof(query));
        }

        var where = new StringBuilder();
        var parameters = new List<(string, object?)> { ("@organisationId", organisationId) };
        void In<T>(string column, string prefix, IReadOnlyList<T>? values)
            where T : struct, Enum
        {
            if (values is null)
            {
                return;
            }

            if (values.Count == 0)
            {
                where.Append(" AND 1 = 0");
                return;
            }

            where.Append(" AND ").Append(column).Append(" IN (");
            for (var i = 0; i < values.Count; i++)
            {
                where.Append(i == 0 ? string.Empty : ", ").Append(prefix).Append(i.ToString(CultureInfo.InvariantCulture));
                parameters.Add((prefix + i.ToString(CultureInfo.InvariantCulture), values[i].ToString()));
            }

            where.Append(')');
        }

        In("kind", "@kind", query.Kinds);
        In("state", "@state", query.States);
        if (query.ListId is not null)
        {
            where.Append(" AND list_id = @listId");
            parameters.Add(("@listId", query.ListId));
        }

        if (query.MinScore is { } minScore)
        {
            where.Append(" AND score >= @minScore");
            parameters.Add(("@minScore", minScore));
        }

        if (query.RaisedFrom is { } from)
        {
            where.Append(" AND created_at >= @from");
            parameters.Add(("@from", TimestampValue(StoreTime.Normalize(from))));
        }

        if (query.RaisedBefore is { } before)
        {
            where.Append(" AND created_at < @before");
            parameters.Add(("@before", TimestampValue(StoreTime.Normalize(before))));
        }

        if (query.AssigneeId is not null)
        {
            where.Append(" AND assignee_id = @assignee");
            parameters.Add(("@assignee", query.AssigneeId));
        }
        else if (query.Unassigned)
        {
            where.Append(" AND assignee_id IS NULL");
        }

        if (query.SubjectId is not null)
        {
            where.Append(" AND subject_id = @subject");
            parameters.Add(("@subject", query.SubjectId));
        }

        var order = query.Order switch
        {
            AlertOrder.Oldest => " ORDER BY created_at, id",
            AlertOrder.Score => " ORDER BY score DESC, created_at DESC, id DESC",
            _ => " ORDER BY created_at DESC, id DESC",
        };
        var filter = where.ToString();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        int total;
        await using (var count = Command(connection, null, "SELECT COUNT(*) FROM alerts WHERE organisation_id = @organisationId" + filter, [.. parameters]))
        {
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var alerts = new List<Alert>();
        await using (var page = Command(connection, null, AlertSelect + filter + order + " LIMIT @limit OFFSET @offset", [.. parameters, ("@limit", query.Limit), ("@offset", query.Offset)]))
        {
            await using var reader = await page.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                alerts.Add(ReadAlert(reader));
            }
        }

        return new AlertPage(alerts, total);
    }

    /// <inheritdoc/>
    public async Task<Alert?> GetAlertAsync(string organisationId, long alertId, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        var found = await QueryAsync(AlertSelect + " AND id = @id", ReadAlert, cancellationToken, ("@organisationId", organisationId), ("@id", alertId));
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<AlertCount>> CountAlertsAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        var counts = await QueryAsync(
            "SELECT kind, state, list_id, COUNT(*) FROM alerts WHERE organisation_id = @organisationId GROUP BY kind, state, list_id",
            r => new AlertCount(Enum.Parse<AlertKind>(r.GetString(0)), Enum.Parse<AlertState>(r.GetString(1)), r.GetString(2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture)),
            cancellationToken,
            ("@organisationId", organisationId));
        counts.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.State != b.State ? a.State.CompareTo(b.State) : string.CompareOrdinal(a.ListId, b.ListId));
        return counts;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Alert>> ChangeAlertStateAsync(
        string organisationId,
        IReadOnlyCollection<long> alertIds,
        AlertStateChange change,
        IReadOnlyList<AlertSuppression> suppressions,
        AuditEntry? audit = null,
        CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(alertIds);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(suppressions);
        RequireFewAlerts(alertIds);
        var ids = alertIds.Distinct().ToHashSet();
        if (suppressions.FirstOrDefault(s => s is null || !ids.Contains(s.AlertId)) is { } stray)
        {
            throw new ArgumentException($"An allow-list decision names alert {stray?.AlertId}, which is not among the alerts changed; nothing was stored.", nameof(suppressions));
        }

        var at = StoreTime.Normalize(change.At);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var update = Command(
            connection,
            transaction,
            "UPDATE alerts SET state = @state, state_reason = @reason, state_by = @by, state_at = @at WHERE organisation_id = @organisationId AND id = @id",
            ("@organisationId", organisationId),
            ("@state", change.State.ToString()),
            ("@reason", change.Reason is null ? null : Text(change.Reason)),
            ("@by", Text(change.ChangedBy)),
            ("@at", TimestampValue(at)),
            ("@id", 0L)))
        {
            foreach (var id in ids)
            {
                update.Parameters["@id"].Value = id;
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var changed = new List<Alert>();
        await using (var read = Command(connection, transaction, AlertSelect + " AND id = @id", ("@organisationId", organisationId), ("@id", 0L)))
        {
            foreach (var id in ids.Order())
            {
                read.Parameters["@id"].Value = id;
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    changed.Add(ReadAlert(reader));
                }
            }
        }

        var mine = changed.Select(a => a.Id).ToHashSet();
        foreach (var suppression in suppressions.Where(s => mine.Contains(s.AlertId)))
        {
            await using (var lapse = Command(
                connection,
                transaction,
                """
                UPDATE alert_suppressions SET lapsed_at = @at, lapse_reason = @why
                WHERE organisation_id = @organisationId AND subject_id = @subject AND list_id = @list AND entity_source_id = @entry AND lapsed_at IS NULL
                """,
                ("@organisationId", organisationId),
                ("@subject", suppression.SubjectId),
                ("@list", suppression.ListId),
                ("@entry", suppression.EntitySourceId),
                ("@at", TimestampValue(at)),
                ("@why", "replaced by the decision on alert " + suppression.AlertId.ToString(CultureInfo.InvariantCulture))))
            {
                await lapse.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var insert = Command(
                connection,
                transaction,
                """
                INSERT INTO alert_suppressions (organisation_id, subject_id, list_id, entity_source_id, subject_fingerprint, entry_fingerprint, reason, decided_by, decided_at, alert_id)
                VALUES (@organisationId, @subject, @list, @entry, @subjectPrint, @entryPrint, @reason, @by, @at, @alert)
                """,
                ("@organisationId", organisationId),
                ("@subject", suppression.SubjectId),
                ("@list", suppression.ListId),
                ("@entry", suppression.EntitySourceId),
                ("@subjectPrint", suppression.SubjectFingerprint),
                ("@entryPrint", suppression.EntryFingerprint),
                ("@reason", Text(suppression.Reason)),
                ("@by", Text(suppression.DecidedBy)),
                ("@at", TimestampValue(StoreTime.Normalize(suppression.DecidedAt))),
                ("@alert", suppression.AlertId));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (audit is not null)
        {
            await InsertAuditAsync(connection, transaction, audit, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return changed;
    }

    /// <inheritdoc/>
    public async Task<int> AssignAlertsAsync(string organisationId, IReadOnlyCollection<long> alertIds, string? assigneeId, string? assigneeName, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(alertIds);
        RequireFewAlerts(alertIds);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var changed = 0;
        await using (var update = Command(
            connection,
            transaction,
            "UPDATE alerts SET assignee_id = @assignee, assignee_name = @name WHERE organisation_id = @organisationId AND id = @id",
            ("@organisationId", organisationId),
            ("@assignee", assigneeId),
            ("@name", assigneeId is null || assigneeName is null ? null : Text(assigneeName)),
            ("@id", 0L)))
        {
            foreach (var id in alertIds.Distinct())
            {
                update.Parameters["@id"].Value = id;
                changed += await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (audit is not null)
        {
            await InsertAuditAsync(connection, transaction, audit, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return changed;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<AlertSuppression>> GetAlertSuppressionsAsync(string organisationId, string? subjectId = null, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        const string Active = " AND lapsed_at IS NULL";
        const string Order = " ORDER BY decided_at DESC, id DESC";
        return subjectId is null
            ? await QueryAsync(SuppressionSelect + Active + Order, ReadSuppression, cancellationToken, ("@organisationId", organisationId))
            : await QueryAsync(SuppressionSelect + Active + " AND subject_id = @subject" + Order, ReadSuppression, cancellationToken, ("@organisationId", organisationId), ("@subject", subjectId));
    }

    /// <inheritdoc/>
    public async Task LapseAlertSuppressionsAsync(string organisationId, IReadOnlyCollection<long> suppressionIds, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(suppressionIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (suppressionIds.Count == 0)
        {
            return;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var update = Command(
            connection,
            transaction,
            "UPDATE alert_suppressions SET lapsed_at = @at, lapse_reason = @why WHERE organisation_id = @organisationId AND id = @id AND lapsed_at IS NULL",
            ("@organisationId", organisationId),
            ("@at", TimestampValue(StoreTime.Normalize(at))),
            ("@why", Text(reason)),
            ("@id", 0L)))
        {
            foreach (var id in suppressionIds.Distinct())
            {
                update.Parameters["@id"].Value = id;
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
    }

    private static void RequireFewAlerts(IReadOnlyCollection<long> alertIds)
    {
        if (alertIds.Count > MaxAlertsPerChange)
        {
            throw new ArgumentException($"{alertIds.Count} alerts named; one change takes at most {MaxAlertsPerChange}.", nameof(alertIds));
        }
    }
}
