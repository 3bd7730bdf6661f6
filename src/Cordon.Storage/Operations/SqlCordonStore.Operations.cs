using System.Data.Common;
using Cordon.Cases;

namespace Cordon.Storage;

/// <summary>Personal-data export, erasure and retention, shared by both providers.</summary>
public abstract partial class SqlCordonStore
{
    /// <inheritdoc/>
    public abstract Task<IAsyncDisposable> AcquireLockAsync(string name, CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public async Task BackupAsync(string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var output = Path.GetFullPath(outputPath);
        if (File.Exists(output))
        {
            throw new IOException($"{output} exists already; a backup never overwrites a file.");
        }

        // Written beside the target and moved into place when complete, so a failed backup never leaves a file that looks whole.
        var partial = output + ".partial";
        File.Delete(partial);
        try
        {
            // Only its owner may read or write it (0600): a backup holds password hashes, session keys and personal data.
            // SQLite and pg_dump both keep the mode of a file they write into.
            using (OwnerOnlyFile.Create(partial))
            {
            }

            await WriteBackupAsync(partial, cancellationToken);
            File.Move(partial, output);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Writes a consistent copy of the database into <paramref name="path"/>, an empty file only its owner may read.</summary>
    private protected abstract Task WriteBackupAsync(string path, CancellationToken cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, long>> CountAlertsByKindAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT kind, COUNT(*) FROM alerts GROUP BY kind", reader => (Kind: reader.GetString(0), Count: reader.GetInt64(1)), cancellationToken))
            .ToDictionary(row => row.Kind, row => row.Count, StringComparer.Ordinal);

    /// <inheritdoc/>
    public async Task<PersonalRecordExport> ExportRecordAsync(string organisationId, string recordId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        var alerts = await GetAlertsAsync(organisationId, recordId, cancellationToken);
        var cases = new List<PersonalRecordCase>();
        foreach (var @case in await CasesOfRecordAsync(organisationId, recordId, alerts, cancellationToken))
        {
            var events = await GetCaseEventsAsync(organisationId, @case.Id, cancellationToken);
            var files = new List<(int Sequence, byte[] Content)>();
            foreach (var sequence in await QueryAsync(
                "SELECT sequence FROM case_files WHERE case_id = @case ORDER BY sequence",
                reader => reader.GetInt32(0),
                cancellationToken,
                ("@case", @case.Id)))
            {
                files.Add((sequence, await GetCaseFileAsync(organisationId, @case.Id, sequence, cancellationToken) ?? []));
            }

            cases.Add(new PersonalRecordCase(@case, events, files));
        }

        var memberships = await QueryAsync(
            "SELECT group_id, group_size, linked_at FROM network_memberships WHERE organisation_id = @org AND record_id = @id",
            reader => new NetworkMembership(organisationId, recordId, reader.GetString(0), reader.GetInt32(1), ReadTimestamp(reader, 2)),
            cancellationToken,
            ("@org", organisationId),
            ("@id", Text(recordId)));
        return new PersonalRecordExport(
            recordId,
            await GetAssessmentHistoryAsync(organisationId, recordId, cancellationToken),
            await GetWatchSubjectAsync(organisationId, recordId, cancellationToken),
            await GetWatchMatchesAsync(organisationId, recordId, cancellationToken),
            alerts)
        {
            Cases = cases,
            NetworkMemberships = memberships,
            ShadowScores = await QueryAsync(
                "SELECT record_id, assessed_at, in_force_version, in_force_score, in_force_level, shadow_version, shadow_score, shadow_level FROM risk_shadow_scores WHERE organisation_id = @org AND record_id = @id ORDER BY id DESC",
                ReadShadowAssessment,
                cancellationToken,
                ("@org", organisationId),
                ("@id", Text(recordId))),
        };
    }

    /// <summary>
    /// The cases about a record: opened from one of its assessments, from one of its alerts, or by hand under its id.
    /// </summary>
    private async Task<IReadOnlyList<CaseRecord>> CasesOfRecordAsync(string organisationId, string recordId, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        var cases = new List<CaseRecord>();
        cases.AddRange(await GetCasesBySourceAsync(organisationId, CaseSourceKind.Assessment, recordId, cancellationToken));
        cases.AddRange(await GetCasesBySourceAsync(organisationId, CaseSourceKind.Manual, recordId, cancellationToken));
        foreach (var alert in alerts)
        {
            cases.AddRange(await GetCasesBySourceAsync(organisationId, CaseSourceKind.Alert, alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken));
        }

        return [.. cases.DistinctBy(c => c.Id).OrderBy(c => c.Id)];
    }

    /// <inheritdoc/>
    public async Task<RecordErasure> EraseRecordAsync(string organisationId, string recordId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        // Cases are found before the transaction (their alerts are deleted in it); a case opened between the two reads
        // is about an alert that the transaction deletes, and is caught by the alert-case delete below.
        var cases = (await CasesOfRecordAsync(organisationId, recordId, await GetAlertsAsync(organisationId, recordId, cancellationToken), cancellationToken)).Select(c => c.Id).ToList();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var alertCases = Command(
            connection,
            transaction,
            "SELECT c.id FROM cases c JOIN alerts a ON c.source_id = CAST(a.id AS TEXT) WHERE c.organisation_id = @org AND c.source_kind = 'alert' AND a.organisation_id = @org AND a.subject_id = @id",
            ("@org", organisationId),
            ("@id", recordId)))
        {
            await using var reader = await alertCases.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                cases.Add(reader.GetInt64(0));
            }
        }

        var caseCount = 0;
        foreach (var caseId in cases.Distinct())
        {
            // Events and files are deleted explicitly: SQLite does not enforce the cascades unless told to.
            foreach (var table in new[] { "case_files", "case_events" })
            {
                await using var deleteChildren = Command(connection, transaction, $"DELETE FROM {table} WHERE case_id = @case", ("@case", caseId));
                await deleteChildren.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var deleteCase = Command(connection, transaction, "DELETE FROM cases WHERE organisation_id = @org AND id = @case", ("@org", organisationId), ("@case", caseId));
            caseCount += await deleteCase.ExecuteNonQueryAsync(cancellationToken);
        }

        await LockNetworkAsync(connection, transaction, organisationId, cancellationToken);
        var memberships = await DeleteAsync(connection, transaction, "DELETE FROM network_memberships WHERE organisation_id = @org AND record_id = @id", organisationId, Text(recordId), cancellationToken);
        var references = await RedactReferencesAsync(connection, transaction, organisationId, recordId, cancellationToken);
        var assessments = await DeleteAsync(connection, transaction, "DELETE FROM assessments WHERE organisation_id = @org AND record_id = @id", organisationId, Text(recordId), cancellationToken);
        await DeleteAsync(connection, transaction, "DELETE FROM risk_shadow_scores WHERE organisation_id = @org AND record_id = @id", organisationId, Text(recordId), cancellationToken);
        var matches = await DeleteAsync(connection, transaction, "DELETE FROM watch_matches WHERE organisation_id = @org AND subject_id = @id", organisationId, recordId, cancellationToken);
        var subjects = await DeleteAsync(connection, transaction, "DELETE FROM watch_subjects WHERE organisation_id = @org AND id = @id", organisationId, recordId, cancellationToken);
        var alerts = await DeleteAsync(connection, transaction, "DELETE FROM alerts WHERE organisation_id = @org AND subject_id = @id", organisationId, recordId, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return new RecordErasure(recordId, assessments, subjects, matches, alerts) { Cases = caseCount, NetworkMemberships = memberships, RedactedReferences = references };
    }

    /// <inheritdoc/>
    public async Task<RetentionPurge> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var at = StoreTime.Normalize(cutoff);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        int assessments, alerts;
        await using (var command = Command(connection, transaction, "DELETE FROM assessments WHERE assessed_at < @cutoff", ("@cutoff", TimestampValue(at))))
        {
            assessments = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // Shadow scores are figures of assessments: they go with them.
        await using (var command = Command(connection, transaction, "DELETE FROM risk_shadow_scores WHERE assessed_at < @cutoff", ("@cutoff", TimestampValue(at))))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = Command(
            connection,
            transaction,
            """
            DELETE FROM alerts WHERE created_at < @cutoff
            AND NOT EXISTS (SELECT 1 FROM watch_subjects s WHERE s.organisation_id = alerts.organisation_id AND s.id = alerts.subject_id)
            """,
            ("@cutoff", TimestampValue(at))))
        {
            alerts = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return new RetentionPurge(at, assessments, alerts);
    }

    /// <summary>What an erased record's id becomes where other records' assessments named it (a network link, a shared value).</summary>
    public const string ErasedRecordMark = "(erased record)";

    /// <summary>
    /// Replaces the record id in the stored assessments of the organisation's other records (their network context names the
    /// members they share values with), so that no assessment still points to the erased person. Returns the assessments changed.
    /// </summary>
    private async Task<int> RedactReferencesAsync(DbConnection connection, DbTransaction transaction, string organisationId, string recordId, CancellationToken cancellationToken)
    {
        var found = new List<(long Id, string Json)>();
        var pattern = "%" + recordId.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        await using (var select = Command(
            connection,
            transaction,
            "SELECT id, CAST(assessment AS TEXT) FROM assessments WHERE organisation_id = @org AND record_id <> @id AND CAST(assessment AS TEXT) LIKE @pattern ESCAPE '\\'",
            ("@org", organisationId),
            ("@id", Text(recordId)),
            ("@pattern", pattern)))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        var changed = 0;
        foreach (var (id, json) in found)
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(json) is not { } node || !Redact(node, recordId))
            {
                continue;
            }

            await using var update = Command(connection, transaction, "UPDATE assessments SET assessment = @assessment WHERE id = @rowId", ("@rowId", id));
            update.Parameters.Add(JsonParameter("@assessment", node.ToJsonString()));
            changed += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    /// <summary>Replaces <paramref name="recordId"/> in every string of <paramref name="node"/>; true when something changed.</summary>
    private static bool Redact(System.Text.Json.Nodes.JsonNode node, string recordId)
    {
        var changed = false;
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) && text.Contains(recordId, StringComparison.Ordinal))
                    {
                        obj[name] = text.Replace(recordId, ErasedRecordMark, StringComparison.Ordinal);
                        changed = true;
                    }
                    else if (child is not null)
                    {
                        changed |= Redact(child, recordId);
                    }
                }

                break;
            case System.Text.Json.Nodes.JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) && text.Contains(recordId, StringComparison.Ordinal))
                    {
                        array[i] = text.Replace(recordId, ErasedRecordMark, StringComparison.Ordinal);
                        changed = true;
                    }
                    else if (array[i] is { } child)
                    {
                        changed |= Redact(child, recordId);
                    }
                }

                break;
        }

        return changed;
    }

    private static async Task<int> DeleteAsync(DbConnection connection, DbTransaction transaction, string sql, string organisationId, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, ("@org", organisationId), ("@id", id));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
