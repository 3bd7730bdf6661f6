namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    /// <inheritdoc/>
    public async Task SaveNetworkMembershipsAsync(
        string organisationId,
        IReadOnlyCollection<string> recordIds,
        IReadOnlyList<NetworkMembership> memberships,
        bool replaceAll = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        ArgumentNullException.ThrowIfNull(recordIds);
        ArgumentNullException.ThrowIfNull(memberships);
        var change = new NetworkMembershipChange(recordIds, memberships, replaceAll);
        CheckMemberships(organisationId, change);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await WriteMembershipsAsync(connection, transaction, organisationId, change, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void CheckMemberships(string organisationId, NetworkMembershipChange change)
    {
        ArgumentNullException.ThrowIfNull(change.RecordIds);
        ArgumentNullException.ThrowIfNull(change.Memberships);
        foreach (var m in change.Memberships)
        {
            if (m is null || m.OrganisationId != organisationId || string.IsNullOrEmpty(m.RecordId) || string.IsNullOrEmpty(m.GroupId))
            {
                throw new ArgumentException("Every membership needs a record id and a group id, and must belong to organisation '" + organisationId + "'.", nameof(change));
            }
        }
    }

    private async Task WriteMembershipsAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string organisationId, NetworkMembershipChange change, CancellationToken cancellationToken)
    {
        await LockNetworkAsync(connection, transaction, organisationId, cancellationToken);
        if (change.ReplaceAll)
        {
            await using var clear = Command(connection, transaction, "DELETE FROM network_memberships WHERE organisation_id = @org", ("@org", organisationId));
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await using var delete = Command(connection, transaction, "DELETE FROM network_memberships WHERE organisation_id = @org AND record_id = @record", ("@org", organisationId), ("@record", string.Empty));
            await delete.PrepareAsync(cancellationToken);
            // Ordinal order, so concurrent writers (several instances) take row locks in the same order and never deadlock.
            foreach (var id in change.RecordIds.Concat(change.Memberships.Select(m => m.RecordId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                delete.Parameters["@record"].Value = Text(id);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO network_memberships (organisation_id, record_id, group_id, group_size, linked_at) VALUES (@org, @record, @group, @size, @at)
            ON CONFLICT (organisation_id, record_id) DO UPDATE SET group_id = excluded.group_id, group_size = excluded.group_size, linked_at = excluded.linked_at
            """,
            ("@org", organisationId),
            ("@record", string.Empty),
            ("@group", string.Empty),
            ("@size", 0),
            ("@at", TimestampValue(StoreTime.Normalize(DateTimeOffset.UnixEpoch))));
        await insert.PrepareAsync(cancellationToken);
        foreach (var m in change.Memberships.OrderBy(m => m.RecordId, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            insert.Parameters["@record"].Value = Text(m.RecordId);
            insert.Parameters["@group"].Value = m.GroupId;
            insert.Parameters["@size"].Value = m.GroupSize;
            insert.Parameters["@at"].Value = TimestampValue(StoreTime.Normalize(m.LinkedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<NetworkMembership>> GetNetworkMembershipsAsync(string organisationId, string? groupId = null, CancellationToken cancellationToken = default)
    {
        const string Select = "SELECT organisation_id, record_id, group_id, group_size, linked_at FROM network_memberships WHERE organisation_id = @org";
        static NetworkMembership Read(System.Data.Common.DbDataReader reader) =>
            new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), default);
        var rows = groupId is null
            ? await QueryAsync(Select, r => Read(r) with { LinkedAt = ReadTimestamp(r, 4) }, cancellationToken, ("@org", organisationId))
            : await QueryAsync(Select + " AND group_id = @group", r => Read(r) with { LinkedAt = ReadTimestamp(r, 4) }, cancellationToken, ("@org", organisationId), ("@group", groupId));

        // Sorted here, not in SQL: PostgreSQL's default collation is not ordinal, and both providers must list alike.
        return [.. rows.OrderBy(m => m.GroupId, StringComparer.Ordinal).ThenBy(m => m.RecordId, StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredAssessment>> GetLatestAssessmentsAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        var rows = await QueryAsync(
            """
            SELECT a.record_id, a.record, a.assessment, a.score, a.level, a.engine_version, a.assessed_at
            FROM assessments a
            JOIN (SELECT MAX(id) AS id FROM assessments WHERE organisation_id = @org GROUP BY record_id) newest ON newest.id = a.id
            """,
            reader => new StoredAssessment(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3),
                reader.GetString(4),
                reader.GetString(5),
                ReadTimestamp(reader, 6)),
            cancellationToken,
            ("@org", organisationId));
        return [.. rows.OrderBy(a => a.RecordId, StringComparer.Ordinal)];
    }
}
