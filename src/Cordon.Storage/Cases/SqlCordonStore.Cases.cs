using System.Data.Common;
using System.Globalization;
using Cordon.Core;
using Cordon.Cases;

namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    private const string CaseColumns =
        "SELECT id, organisation_id, title, source_kind, source_id, state, decision, assignee_id, assignee_name, opened_by, opened_at, updated_at, version FROM cases";

    /// <inheritdoc/>
    public async Task<CaseRecord> OpenCaseAsync(CaseRecord opened, CaseEvent openingEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(openingEvent);
        ValidateCase(opened);
        if (opened.Version != 1 || openingEvent.Sequence != 1 || openingEvent.Kind != CaseEventKind.Opened)
        {
            throw new ArgumentException("A new case has version 1 and one 'opened' event with sequence 1.", nameof(openingEvent));
        }

        ValidateEvent(openingEvent);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        long id;
        await using (var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO cases (organisation_id, title, source_kind, source_id, state, decision, assignee_id, assignee_name, opened_by, opened_at, updated_at, version)
            VALUES (@organisation, @title, @sourceKind, @sourceId, @state, @decision, @assigneeId, @assigneeName, @openedBy, @openedAt, @updatedAt, 1)
            RETURNING id
            """,
            CaseParameters(opened)))
        {
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await InsertCaseEventAsync(connection, transaction, id, openingEvent, null, cancellationToken);
        await transaction.CommitAsync(CancellationToken.None);
        return opened with { Id = id };
    }

    /// <inheritdoc/>
    public async Task AppendCaseEventAsync(CaseRecord updated, CaseEvent change, byte[]? fileContent = null, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(change);
        ValidateCase(updated);
        ValidateEvent(change);
        if (change.Sequence != updated.Version || updated.Version < 2 || change.Kind == CaseEventKind.Opened)
        {
            throw new ArgumentException($"Event {change.Sequence} ({change.Kind}) cannot produce case version {updated.Version}.", nameof(change));
        }

        if ((fileContent is not null) != (change.Evidence?.IsFile == true))
        {
            throw new ArgumentException("File content goes with, and only with, evidence that is a file.", nameof(fileContent));
        }

        if (fileContent is not null && (fileContent.LongLength != change.Evidence!.Size
            || !string.Equals(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(fileContent)), change.Evidence.Sha256, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The content of '{change.Evidence.Name}' does not have the size and SHA-256 its evidence record states; nothing was stored.", nameof(fileContent));
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var parameters = CaseParameters(updated).Append(("@id", updated.Id)).Append(("@previous", updated.Version - 1)).ToArray();
        await using (var update = Command(
            connection,
            transaction,
            """
            UPDATE cases SET title = @title, state = @state, decision = @decision, assignee_id = @assigneeId, assignee_name = @assigneeName,
                updated_at = @updatedAt, version = @previous + 1
            WHERE id = @id AND organisation_id = @organisation AND version = @previous
            """,
            parameters))
        {
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new CaseConflictException($"Case {updated.Id} is not at version {updated.Version - 1} in organisation {updated.OrganisationId}: it was changed by someone else, or does not exist there. Nothing was stored.");
            }
        }

        await InsertCaseEventAsync(connection, transaction, updated.Id, change, fileContent, cancellationToken);
        if (audit is not null)
        {
            await InsertAuditAsync(connection, transaction, audit, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task<CaseRecord?> GetCaseAsync(string organisationId, long caseId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(CaseColumns + " WHERE organisation_id = @organisation AND id = @id", ReadCase, cancellationToken, ("@organisation", organisationId), ("@id", caseId));
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CaseRecord>> GetCasesAsync(string organisationId, CaseState? state = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return state is null
            ? await QueryAsync(CaseColumns + " WHERE organisation_id = @organisation ORDER BY updated_at DESC, id DESC LIMIT @limit", ReadCase, cancellationToken, ("@organisation", organisationId), ("@limit", limit))
            : await QueryAsync(
                CaseColumns + " WHERE organisation_id = @organisation AND state = @state ORDER BY updated_at DESC, id DESC LIMIT @limit",
                ReadCase,
                cancellationToken,
                ("@organisation", organisationId),
                ("@state", Name(state.Value)),
                ("@limit", limit));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CaseRecord>> GetCasesBySourceAsync(string organisationId, CaseSourceKind kind, string sourceId, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            CaseColumns + " WHERE organisation_id = @organisation AND source_kind = @kind AND source_id = @sourceId ORDER BY id DESC",
            ReadCase,
            cancellationToken,
            ("@organisation", organisationId),
            ("@kind", Name(kind)),
            ("@sourceId", sourceId));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CaseEvent>> GetCaseEventsAsync(string organisationId, long caseId, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            """
            SELECT e.sequence, e.kind, e.actor_id, e.actor_name, e.at, e.data FROM case_events e JOIN cases c ON c.id = e.case_id
            WHERE c.organisation_id = @organisation AND e.case_id = @id ORDER BY e.sequence
            """,
            ReadCaseEvent,
            cancellationToken,
            ("@organisation", organisationId),
            ("@id", caseId));

    /// <inheritdoc/>
    public async Task<byte[]?> GetCaseFileAsync(string organisationId, long caseId, int sequence, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(
            """
            SELECT f.content FROM case_files f JOIN cases c ON c.id = f.case_id
            WHERE c.organisation_id = @organisation AND f.case_id = @id AND f.sequence = @sequence
            """,
            r => (byte[])r.GetValue(0),
            cancellationToken,
            ("@organisation", organisationId),
            ("@id", caseId),
            ("@sequence", sequence));
        return found.Count == 0 ? null : found[0];
    }

    private async Task InsertCaseEventAsync(DbConnection connection, DbTransaction transaction, long caseId, CaseEvent change, byte[]? fileContent, CancellationToken cancellationToken)
    {
        var data = new CaseEventData(change.Text, change.Decision, change.AssigneeId, change.AssigneeName, change.Evidence);
        await using (var insert = Command(
            connection,
            transaction,
            "INSERT INTO case_events (case_id, sequence, kind, actor_id, actor_name, at, data) VALUES (@caseId, @sequence, @kind, @actorId, @actorName, @at, @data)",
            ("@caseId", caseId),
            ("@sequence", change.Sequence),
            ("@kind", Name(change.Kind)),
            ("@actorId", Text(change.ActorId)),
            ("@actorName", Text(change.ActorName)),
            ("@at", TimestampValue(StoreTime.Normalize(change.At)))))
        {
            insert.Parameters.Add(JsonParameter("@data", CordonJson.Serialize(data)));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (fileContent is { } content)
        {
            await using var file = Command(
                connection,
                transaction,
                "INSERT INTO case_files (case_id, sequence, content) VALUES (@caseId, @sequence, @content)",
                ("@caseId", caseId),
                ("@sequence", change.Sequence),
                ("@content", content));
            await file.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private (string Name, object? Value)[] CaseParameters(CaseRecord record) =>
    [
        ("@organisation", record.OrganisationId),
        ("@title", Text(record.Title)),
        ("@sourceKind", Name(record.SourceKind)),
        ("@sourceId", Text(record.SourceId)),
        ("@state", Name(record.State)),
        ("@decision", record.Decision is { } d ? Name(d) : null),
        ("@assigneeId", record.AssigneeId),
        ("@assigneeName", record.AssigneeName is null ? null : Text(record.AssigneeName)),
        ("@openedBy", Text(record.OpenedBy)),
        ("@openedAt", TimestampValue(StoreTime.Normalize(record.OpenedAt))),
        ("@updatedAt", TimestampValue(StoreTime.Normalize(record.UpdatedAt))),
    ];

    private CaseRecord ReadCase(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<CaseSourceKind>(reader.GetString(3), ignoreCase: true),
        reader.GetString(4),
        Enum.Parse<CaseState>(reader.GetString(5), ignoreCase: true),
        reader.IsDBNull(6) ? null : Enum.Parse<CaseDecision>(reader.GetString(6), ignoreCase: true),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.GetString(9),
        ReadTimestamp(reader, 10),
        ReadTimestamp(reader, 11),
        reader.GetInt32(12));

    private CaseEvent ReadCaseEvent(DbDataReader reader)
    {
        var data = CordonJson.Deserialize<CaseEventData>(reader.GetString(5));
        return new CaseEvent(
            reader.GetInt32(0),
            Enum.Parse<CaseEventKind>(reader.GetString(1), ignoreCase: true),
            reader.GetString(2),
            reader.GetString(3),
            ReadTimestamp(reader, 4),
            data.Text,
            data.Decision,
            data.AssigneeId,
            data.AssigneeName,
            data.Evidence);
    }

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static void ValidateCase(CaseRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.OrganisationId) || string.IsNullOrWhiteSpace(record.Title)
            || string.IsNullOrWhiteSpace(record.SourceId) || string.IsNullOrWhiteSpace(record.OpenedBy))
        {
            throw new ArgumentException("A case needs an organisation, a title, a source id and who opened it; nothing was stored.", nameof(record));
        }

        if (!Enum.IsDefined(record.SourceKind) || !Enum.IsDefined(record.State) || (record.Decision is { } d && !Enum.IsDefined(d)))
        {
            throw new ArgumentException("A case has an unknown source kind, state or decision; nothing was stored.", nameof(record));
        }
    }

    private static void ValidateEvent(CaseEvent change)
    {
        if (string.IsNullOrWhiteSpace(change.ActorId) || string.IsNullOrWhiteSpace(change.ActorName) || !Enum.IsDefined(change.Kind))
        {
            throw new ArgumentException("A case event needs a known kind and who made it; nothing was stored.", nameof(change));
        }
    }

    /// <summary>The parts of an event kept as JSON, so that new kinds of detail need no schema change.</summary>
    private sealed record CaseEventData(string? Text, CaseDecision? Decision, string? AssigneeId, string? AssigneeName, CaseEvidence? Evidence);
}
