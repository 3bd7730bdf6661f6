using System.Data.Common;
using System.Globalization;
using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Storage;

/// <summary>
/// What the SQLite and PostgreSQL stores share: the same tables, the same parameterised SQL, the same validation.
/// The providers differ only in connections, timestamp and JSON column types, migration locking and bulk insertion.
/// </summary>
/// <remarks>Not meant to be derived from outside this assembly.</remarks>
public abstract partial class SqlCordonStore : ICordonStore
{
    private protected SqlCordonStore()
    {
    }

    /// <inheritdoc/>
    public abstract string Provider { get; }

    /// <summary>Number of the last migration this build knows: what <see cref="GetSchemaVersionAsync"/> returns once migrated.</summary>
    public int LatestSchemaVersion => Migrations[^1].Version;

    /// <summary>The provider's migrations, in ascending order of version.</summary>
    private protected abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>SQL creating <c>schema_migrations</c> when absent.</summary>
    private protected abstract string CreateMigrationsTableSql { get; }

    /// <summary>SQL returning 1 when <c>schema_migrations</c> exists, else 0.</summary>
    private protected abstract string MigrationsTableExistsSql { get; }

    /// <inheritdoc/>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => MigrateToAsync(int.MaxValue, cancellationToken);

    /// <summary>Applies the missing migrations up to <paramref name="version"/> (tests of upgrades start from an older schema).</summary>
    internal async Task MigrateToAsync(int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await BeforeMigrationAsync(connection, cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, CreateMigrationsTableSql, cancellationToken);

        var applied = new HashSet<int>();
        await using (var read = Command(connection, transaction, "SELECT version FROM schema_migrations"))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in Migrations.Where(m => m.Version <= version && !applied.Contains(m.Version)))
        {
            // No command timeout: a migration that rewrites a large table (the hub's version flags over 1,000,000 objects)
            // runs longer than a provider's default 30 s, and timing out only rolls it back to be tried again.
            await using (var step = Command(connection, transaction, migration.Sql))
            {
                step.CommandTimeout = 0;
                await step.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = Command(
                connection,
                transaction,
                "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @appliedAt)",
                ("@version", migration.Version),
                ("@appliedAt", TimestampValue(StoreTime.Normalize(DateTimeOffset.UtcNow))));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using (var exists = Command(connection, null, MigrationsTableExistsSql))
        {
            if (Convert.ToInt32(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return 0;
            }
        }

        await using var max = Command(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        return Convert.ToInt32(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async Task<ListVersionInfo> SaveListVersionAsync(ListSnapshot snapshot, DateTimeOffset importedAt, CancellationToken cancellationToken = default) =>
        (await SaveListVersionsAsync([snapshot], importedAt, cancellationToken))[0];

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ListVersionInfo>> SaveListVersionsAsync(IReadOnlyList<ListSnapshot> snapshots, DateTimeOffset importedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        foreach (var snapshot in snapshots)
        {
            Validate(snapshot);
        }

        var duplicate = snapshots.GroupBy(s => s.ListId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"List '{duplicate.Key}' is given {duplicate.Count()} times; one version of a list per import. Nothing was stored.", nameof(snapshots));
        }

        var imported = StoreTime.Normalize(importedAt);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var stored = new List<ListVersionInfo>(snapshots.Count);
        foreach (var snapshot in snapshots)
        {
            stored.Add(await InsertListVersionAsync(connection, transaction, snapshot, imported, cancellationToken));
        }

        // The watch lists owe a re-screen against these versions: owed in the same transaction, so that no crash between
        // this commit and the re-screen can lose it (any instance resumes it).
        if (stored.Count > 0)
        {
            await EnqueueRescreenAsync(connection, transaction, stored, imported, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Past this point the work is done; a cancellation arriving during commit must not leave it in doubt.
        await transaction.CommitAsync(CancellationToken.None);
        return stored;
    }

    private async Task<ListVersionInfo> InsertListVersionAsync(DbConnection connection, DbTransaction transaction, ListSnapshot snapshot, DateTimeOffset imported, CancellationToken cancellationToken)
    {
        var published = snapshot.PublishedAt is { } p ? StoreTime.Normalize(p) : (DateTimeOffset?)null;
        var sources = snapshot.Sources.Select(SourceNames.FileName).ToArray();
        await using (var list = Command(
            connection,
            transaction,
            "INSERT INTO lists (id, name) VALUES (@id, @name) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            ("@id", snapshot.ListId),
            ("@name", snapshot.ListName)))
        {
            await list.ExecuteNonQueryAsync(cancellationToken);
        }

        long versionId;
        await using (var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO list_versions (list_id, name, format, content_hash, published_at, imported_at, entity_count, sources, is_current)
            VALUES (@listId, @name, @format, @hash, @published, @imported, @count, @sources, FALSE)
            RETURNING id
            """,
            ("@listId", snapshot.ListId),
            ("@name", snapshot.ListName),
            ("@format", snapshot.Format),
            ("@hash", snapshot.ContentHash),
            ("@published", published is { } pub ? TimestampValue(pub) : null),
            ("@imported", TimestampValue(imported)),
            ("@count", snapshot.Entities.Count)))
        {
            insert.Parameters.Add(JsonParameter("@sources", CordonJson.Serialize(sources)));
            versionId = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await InsertEntitiesAsync(connection, transaction, versionId, snapshot.Entities, cancellationToken);

        await using (var flip = Command(
            connection,
            transaction,
            """
            UPDATE list_versions SET is_current = FALSE WHERE list_id = @listId AND is_current = TRUE;
            UPDATE list_versions SET is_current = TRUE WHERE id = @id;
            """,
            ("@listId", snapshot.ListId),
            ("@id", versionId)))
        {
            await flip.ExecuteNonQueryAsync(cancellationToken);
        }

        return new ListVersionInfo(
            versionId,
            snapshot.ListId,
            snapshot.ListName,
            snapshot.Format,
            snapshot.ContentHash,
            published,
            imported,
            snapshot.Entities.Count,
            sources,
            IsCurrent: true);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ListSummary>> GetListsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            VersionColumns + ", (SELECT CAST(COUNT(*) AS INTEGER) FROM list_versions c WHERE c.list_id = v.list_id) FROM list_versions v WHERE v.is_current = TRUE");
        var result = new List<ListSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = ReadVersion(reader);
            result.Add(new ListSummary(version.ListId, version.ListName, reader.GetInt32(10), version));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.ListId, b.ListId));
        return result;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ListVersionInfo>> GetListVersionsAsync(string? listId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = listId is null
            ? Command(connection, null, VersionColumns + " FROM list_versions v ORDER BY v.id DESC")
            : Command(connection, null, VersionColumns + " FROM list_versions v WHERE v.list_id = @listId ORDER BY v.id DESC", ("@listId", listId));
        var result = new List<ListVersionInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadVersion(reader));
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task<ListVersionInfo?> GetListVersionAsync(long versionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, VersionColumns + " FROM list_versions v WHERE v.id = @id", ("@id", versionId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadVersion(reader) : null;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ListedEntity>> GetEntitiesAsync(long versionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT data FROM entities WHERE version_id = @id ORDER BY ordinal", ("@id", versionId));
        var result = new List<ListedEntity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(CordonJson.Deserialize<ListedEntity>(reader.GetString(0)));
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task<ListedEntity?> GetEntityAsync(long versionId, string sourceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            "SELECT data FROM entities WHERE version_id = @id AND source_id = @sourceId",
            ("@id", versionId),
            ("@sourceId", sourceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? CordonJson.Deserialize<ListedEntity>(reader.GetString(0)) : null;
    }

    /// <inheritdoc/>
    /// <remarks>A replaced subject keeps the <see cref="WatchSubject.CreatedAt"/> it was first stored with.</remarks>
    public async Task SaveWatchSubjectsAsync(string organisationId, IReadOnlyList<WatchSubject> subjects, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(subjects);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            if (subject is null || string.IsNullOrEmpty(subject.Id) || subject.Subject is null)
            {
                throw new ArgumentException("Every watch subject needs an id and a subject.", nameof(subjects));
            }

            if (!seen.Add(subject.Id))
            {
                throw new ArgumentException($"Watch subject id '{subject.Id}' is given twice.", nameof(subjects));
            }
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var command = Command(
            connection,
            transaction,
            """
            INSERT INTO watch_subjects (organisation_id, id, subject, created_at) VALUES (@organisationId, @id, @subject, @createdAt)
            ON CONFLICT (organisation_id, id) DO UPDATE SET subject = excluded.subject
            """,
            ("@organisationId", organisationId),
            ("@id", string.Empty),
            ("@createdAt", TimestampValue(DateTimeOffset.UnixEpoch)));
        var json = JsonParameter("@subject", "{}");
        command.Parameters.Add(json);
        foreach (var subject in subjects)
        {
            command.Parameters["@id"].Value = subject.Id;
            command.Parameters["@createdAt"].Value = TimestampValue(StoreTime.Normalize(subject.CreatedAt));
            json.Value = CordonJson.Serialize(subject.Subject);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WatchSubject>> GetWatchSubjectsAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        var result = await QueryAsync(
            "SELECT id, subject, created_at FROM watch_subjects WHERE organisation_id = @organisationId",
            ReadWatchSubject,
            cancellationToken,
            ("@organisationId", organisationId));

        // Sorted here rather than in SQL so that both providers order alike whatever the database collation.
        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    /// <inheritdoc/>
    public async Task<WatchSubject?> GetWatchSubjectAsync(string organisationId, string id, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            "SELECT id, subject, created_at FROM watch_subjects WHERE organisation_id = @organisationId AND id = @id",
            ("@organisationId", organisationId),
            ("@id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadWatchSubject(reader) : null;
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteWatchSubjectAsync(string organisationId, string id, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var matches = Command(connection, transaction, "DELETE FROM watch_matches WHERE organisation_id = @organisationId AND subject_id = @id", ("@organisationId", organisationId), ("@id", id)))
        {
            await matches.ExecuteNonQueryAsync(cancellationToken);
        }

        int deleted;
        await using (var subject = Command(connection, transaction, "DELETE FROM watch_subjects WHERE organisation_id = @organisationId AND id = @id", ("@organisationId", organisationId), ("@id", id)))
        {
            deleted = await subject.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WatchMatch>> GetWatchMatchesAsync(string organisationId, string? subjectId = null, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        const string Columns = "SELECT subject_id, list_id, list_version_id, entity_source_id, entity_name, matched_name, score, explanation FROM watch_matches WHERE organisation_id = @organisationId";
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = subjectId is null
            ? Command(connection, null, Columns, ("@organisationId", organisationId))
            : Command(connection, null, Columns + " AND subject_id = @id", ("@organisationId", organisationId), ("@id", subjectId));
        var result = new List<WatchMatch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new WatchMatch(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetDouble(6),
                reader.GetString(7)));
        }

        // Best matches first within each subject; ordinal so that both providers agree.
        result.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.SubjectId, b.SubjectId);
            if (c == 0)
            {
                c = b.Score.CompareTo(a.Score);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.ListId, b.ListId);
            }

            return c != 0 ? c : string.CompareOrdinal(a.EntitySourceId, b.EntitySourceId);
        });
        return result;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A match belongs to a subject not in <paramref name="subjectIds"/>.</exception>
    public async Task<IReadOnlyList<Alert>> ApplyScreeningResultAsync(
        string organisationId,
        IReadOnlyCollection<string> subjectIds,
        IReadOnlyList<WatchMatch> matches,
        IReadOnlyList<Alert> alerts,
        CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(subjectIds);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(alerts);
        var replaced = new HashSet<string>(subjectIds, StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (!replaced.Contains(match.SubjectId))
            {
                throw new ArgumentException(
                    $"Match of subject '{match.SubjectId}' with {match.ListId}/{match.EntitySourceId} is not among the subjects being replaced.",
                    nameof(matches));
            }
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);

        await using (var delete = Command(connection, transaction, "DELETE FROM watch_matches WHERE organisation_id = @organisationId AND subject_id = @id", ("@organisationId", organisationId), ("@id", string.Empty)))
        {
            foreach (var id in replaced)
            {
                delete.Parameters["@id"].Value = id;
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (matches.Count > 0)
        {
            await using var insert = Command(
                connection,
                transaction,
                """
                INSERT INTO watch_matches (organisation_id, subject_id, list_id, list_version_id, entity_source_id, entity_name, matched_name, score, explanation)
                VALUES (@organisationId, @subjectId, @listId, @versionId, @sourceId, @entityName, @matchedName, @score, @explanation)
                """,
                ("@organisationId", organisationId),
                ("@subjectId", string.Empty),
                ("@listId", string.Empty),
                ("@versionId", 0L),
                ("@sourceId", string.Empty),
                ("@entityName", string.Empty),
                ("@matchedName", string.Empty),
                ("@score", 0d));
            var explanation = JsonParameter("@explanation", "{}");
            insert.Parameters.Add(explanation);
            foreach (var m in matches)
            {
                insert.Parameters["@subjectId"].Value = m.SubjectId;
                insert.Parameters["@listId"].Value = m.ListId;
                insert.Parameters["@versionId"].Value = m.ListVersionId;
                insert.Parameters["@sourceId"].Value = m.EntitySourceId;
                insert.Parameters["@entityName"].Value = Text(m.EntityName);
                insert.Parameters["@matchedName"].Value = Text(m.MatchedName);
                insert.Parameters["@score"].Value = m.Score;
                explanation.Value = m.ExplanationJson;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var stored = new List<Alert>(alerts.Count);
        if (alerts.Count > 0)
        {
            await using var insert = Command(
                connection,
                transaction,
                """
                INSERT INTO alerts (organisation_id, subject_id, kind, list_id, list_version_id, entity_source_id, entity_name, score, created_at, details)
                VALUES (@organisationId, @subjectId, @kind, @listId, @versionId, @sourceId, @entityName, @score, @createdAt, @details)
                RETURNING id
                """,
                ("@organisationId", organisationId),
                ("@subjectId", string.Empty),
                ("@kind", string.Empty),
                ("@listId", string.Empty),
                ("@versionId", 0L),
                ("@sourceId", string.Empty),
                ("@entityName", string.Empty),
                ("@score", 0d),
                ("@createdAt", TimestampValue(DateTimeOffset.UnixEpoch)),
                ("@details", null));
            foreach (var a in alerts)
            {
                var createdAt = StoreTime.Normalize(a.CreatedAt);
                insert.Parameters["@details"].Value = (object?)a.Details ?? DBNull.Value;
                insert.Parameters["@subjectId"].Value = a.SubjectId;
                insert.Parameters["@kind"].Value = a.Kind.ToString();
                insert.Parameters["@listId"].Value = a.ListId;
                insert.Parameters["@versionId"].Value = a.ListVersionId;
                insert.Parameters["@sourceId"].Value = a.EntitySourceId;
                insert.Parameters["@entityName"].Value = Text(a.EntityName);
                insert.Parameters["@score"].Value = a.Score;
                insert.Parameters["@createdAt"].Value = TimestampValue(createdAt);
                var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                stored.Add(a with { Id = id, CreatedAt = createdAt });
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return stored;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Alert>> GetAlertsAsync(string organisationId, string? subjectId = null, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        const string Order = " ORDER BY created_at DESC, id DESC";
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = subjectId is null
            ? Command(connection, null, AlertSelect + Order, ("@organisationId", organisationId))
            : Command(connection, null, AlertSelect + " AND subject_id = @id" + Order, ("@organisationId", organisationId), ("@id", subjectId));
        var result = new List<Alert>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadAlert(reader));
        }

        return result;
    }

    /// <inheritdoc/>
    public Task SaveAssessmentsAsync(string organisationId, IReadOnlyList<StoredAssessment> assessments, CancellationToken cancellationToken = default) =>
        SaveAssessmentsAsync(organisationId, assessments, null, cancellationToken);

    /// <inheritdoc/>
    public async Task SaveAssessmentsAsync(string organisationId, IReadOnlyList<StoredAssessment> assessments, NetworkMembershipChange? network, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(assessments);
        if (assessments.Any(a => a is null || string.IsNullOrEmpty(a.RecordId)))
        {
            throw new ArgumentException("Every assessment needs a record id.", nameof(assessments));
        }

        if (network is not null)
        {
            CheckMemberships(organisationId, network);
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var command = Command(
            connection,
            transaction,
            """
            INSERT INTO assessments (organisation_id, record_id, record, assessment, score, level, engine_version, assessed_at)
            VALUES (@organisationId, @recordId, @record, @assessment, @score, @level, @engine, @assessedAt)
            """,
            ("@organisationId", organisationId),
            ("@recordId", string.Empty),
            ("@score", 0),
            ("@level", string.Empty),
            ("@engine", string.Empty),
            ("@assessedAt", TimestampValue(DateTimeOffset.UnixEpoch))))
        {
            var record = JsonParameter("@record", "{}");
            var assessment = JsonParameter("@assessment", "{}");
            command.Parameters.Add(record);
            command.Parameters.Add(assessment);
            foreach (var item in assessments)
            {
                command.Parameters["@recordId"].Value = Text(item.RecordId);
                command.Parameters["@score"].Value = item.Score;
                command.Parameters["@level"].Value = item.Level;
                command.Parameters["@engine"].Value = item.EngineVersion;
                command.Parameters["@assessedAt"].Value = TimestampValue(StoreTime.Normalize(item.AssessedAt));
                record.Value = item.RecordJson;
                assessment.Value = item.AssessmentJson;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (network is not null)
        {
            await WriteMembershipsAsync(connection, transaction, organisationId, network, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<StoredAssessment?> GetAssessmentAsync(string organisationId, string recordId, CancellationToken cancellationToken = default)
    {
        var newest = await ReadAssessmentsAsync(organisationId, recordId, 1, cancellationToken);
        return newest.Count == 0 ? null : newest[0];
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredAssessment>> GetAssessmentHistoryAsync(string organisationId, string recordId, CancellationToken cancellationToken = default) =>
        ReadAssessmentsAsync(organisationId, recordId, int.MaxValue, cancellationToken);

    private async Task<IReadOnlyList<StoredAssessment>> ReadAssessmentsAsync(string organisationId, string recordId, int limit, CancellationToken cancellationToken)
    {
        RequireOrganisationId(organisationId);
        return await QueryAsync(
            "SELECT record_id, record, assessment, score, level, engine_version, assessed_at FROM assessments WHERE organisation_id = @organisationId AND record_id = @recordId ORDER BY id DESC LIMIT @limit",
            reader => new StoredAssessment(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3),
                reader.GetString(4),
                reader.GetString(5),
                ReadTimestamp(reader, 6)),
            cancellationToken,
            ("@organisationId", organisationId),
            ("@recordId", Text(recordId)),
            ("@limit", limit));
    }

    /// <inheritdoc/>
    public async Task<IndicatorImportResult> ImportIndicatorsAsync(IReadOnlyList<StoredIndicator> indicators, CancellationToken cancellationToken = default)
    {
        Validate(indicators);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var find = Command(
            connection,
            transaction,
            "SELECT context, source, expires_at FROM indicators WHERE type = @type AND value = @value",
            ("@type", string.Empty),
            ("@value", string.Empty));
        await using var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO indicators (type, value, context, source, imported_at, expires_at)
            VALUES (@type, @value, @context, @source, @importedAt, @expiresAt)
            """,
            ("@type", string.Empty),
            ("@value", string.Empty),
            ("@context", string.Empty),
            ("@source", string.Empty),
            ("@importedAt", TimestampValue(DateTimeOffset.UnixEpoch)),
            ("@expiresAt", null));
        await using var update = Command(
            connection,
            transaction,
            """
            UPDATE indicators SET context = @context, source = @source, imported_at = @importedAt, expires_at = @expiresAt
            WHERE type = @type AND value = @value
            """,
            ("@type", string.Empty),
            ("@value", string.Empty),
            ("@context", string.Empty),
            ("@source", string.Empty),
            ("@importedAt", TimestampValue(DateTimeOffset.UnixEpoch)),
            ("@expiresAt", null));

        int added = 0, updated = 0, unchanged = 0;
        foreach (var item in indicators)
        {
            var context = Text(item.Context);
            var source = Text(item.Source);
            var expires = item.ExpiresAt is { } e ? StoreTime.Normalize(e) : (DateTimeOffset?)null;
            find.Parameters["@type"].Value = item.Type;
            find.Parameters["@value"].Value = item.Value;
            bool known, same = false;
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            {
                known = await reader.ReadAsync(cancellationToken);
                if (known)
                {
                    same = string.Equals(reader.GetString(0), context, StringComparison.Ordinal)
                        && string.Equals(reader.GetString(1), source, StringComparison.Ordinal)
                        && (reader.IsDBNull(2) ? expires is null : expires == ReadTimestamp(reader, 2));
                }
            }

            if (same)
            {
                unchanged++;
                continue;
            }

            var write = known ? update : insert;
            write.Parameters["@type"].Value = item.Type;
            write.Parameters["@value"].Value = item.Value;
            write.Parameters["@context"].Value = context;
            write.Parameters["@source"].Value = source;
            write.Parameters["@importedAt"].Value = TimestampValue(StoreTime.Normalize(item.ImportedAt));
            write.Parameters["@expiresAt"].Value = expires is { } x ? TimestampValue(x) : DBNull.Value;
            await write.ExecuteNonQueryAsync(cancellationToken);
            if (known)
            {
                updated++;
            }
            else
            {
                added++;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return new IndicatorImportResult(added, updated, unchanged);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredIndicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync(
            "SELECT type, value, context, source, imported_at, expires_at FROM indicators",
            reader => new StoredIndicator(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                ReadTimestamp(reader, 4),
                reader.IsDBNull(5) ? null : ReadTimestamp(reader, 5)),
            cancellationToken);

        // Ordinal so that both providers agree.
        result.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Type, b.Type);
            return c != 0 ? c : string.CompareOrdinal(a.Value, b.Value);
        });
        return result;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the provider's pooled connections.</summary>
    private protected abstract ValueTask DisposeCoreAsync();

    /// <summary>Opens a connection configured for use.</summary>
    private protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Starts a write transaction (SQLite takes the write lock at once, so that writers queue instead of deadlocking).</summary>
    private protected virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>
    /// Serialises writers of one organisation's network memberships until the transaction ends. Without it two instances
    /// deadlock on PostgreSQL: one replacing every membership row while the other inserts a new row and then waits for an
    /// old one (SQLite's write lock serialises them already).
    /// </summary>
    private protected virtual Task LockNetworkAsync(DbConnection connection, DbTransaction transaction, string organisationId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs before the migration transaction (settings that cannot change inside one).</summary>
    private protected virtual Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Serialises concurrent migrations from several processes.</summary>
    private protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The value to bind for a normalised timestamp.</summary>
    private protected abstract object TimestampValue(DateTimeOffset value);

    /// <summary>Reads a timestamp column as UTC.</summary>
    private protected abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>A parameter for a JSON column.</summary>
    private protected abstract DbParameter JsonParameter(string name, string json);

    /// <summary>A value for a plain-text column the provider may not store as is.</summary>
    private protected virtual string Text(string value) => value;

    /// <summary>Inserts the entities of a new version inside the save transaction, honouring cancellation between rows.</summary>
    private protected abstract Task InsertEntitiesAsync(
        DbConnection connection,
        DbTransaction transaction,
        long versionId,
        IReadOnlyList<ListedEntity> entities,
        CancellationToken cancellationToken);

    /// <summary>Runs a read-only query on its own connection and maps every row.</summary>
    private async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, sql, parameters);
        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(map(reader));
        }

        return result;
    }

    /// <summary>Runs one statement in its own write transaction; returns the rows it touched.</summary>
    private async Task<int> WriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        int touched;
        await using (var command = Command(connection, transaction, sql, parameters))
        {
            touched = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(CancellationToken.None);
        return touched;
    }

    /// <summary>Creates a command with parameters; null values are bound as SQL NULL.</summary>
    private protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs statements that return nothing.</summary>
    private protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string VersionColumns =
        "SELECT v.id, v.list_id, v.name, v.format, v.content_hash, v.published_at, v.imported_at, v.entity_count, v.sources, v.is_current";

    private ListVersionInfo ReadVersion(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : ReadTimestamp(reader, 5),
        ReadTimestamp(reader, 6),
        reader.GetInt32(7),
        // Versions stored before file names alone were kept still hold paths: never show them.
        CordonJson.Deserialize<string[]>(reader.GetString(8)).Select(SourceNames.FileName).ToArray(),
        reader.GetBoolean(9));

    private WatchSubject ReadWatchSubject(DbDataReader reader) => new(
        reader.GetString(0),
        CordonJson.Deserialize<ScreeningSubject>(reader.GetString(1)),
        ReadTimestamp(reader, 2));

    private static void RequireOrganisationId(string organisationId)
    {
        if (string.IsNullOrWhiteSpace(organisationId))
        {
            throw new ArgumentException("An organisation id is required: rows of one organisation are never read or written without it.", nameof(organisationId));
        }
    }

    private static void Validate(IReadOnlyList<StoredIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        for (var i = 0; i < indicators.Count; i++)
        {
            var item = indicators[i] ?? throw new ArgumentException($"Indicator {i} is null; nothing was stored.", nameof(indicators));
            if (!StoredIndicator.Types.Contains(item.Type, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"Indicator {i} has type '{item.Type}' (expected {string.Join(", ", StoredIndicator.Types)}); nothing was stored.",
                    nameof(indicators));
            }

            if (string.IsNullOrWhiteSpace(item.Value) || item.Value.Contains('\0', StringComparison.Ordinal)
                || item.Context is null || item.Source is null)
            {
                throw new ArgumentException(
                    $"Indicator {i} ({item.Type}) has an empty value, one with a NUL character, or no context or source; nothing was stored.",
                    nameof(indicators));
            }
        }
    }

    private static void Validate(ListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (string.IsNullOrEmpty(snapshot.ListId))
        {
            throw new ArgumentException("The snapshot has no list id.", nameof(snapshot));
        }

        var seen = new HashSet<string>(snapshot.Entities.Count, StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Entities.Count; i++)
        {
            var entity = snapshot.Entities[i]
                ?? throw new ArgumentException($"Entry {i} of {snapshot.ListId} is null.", nameof(snapshot));
            if (string.IsNullOrEmpty(entity.SourceId) || entity.SourceId.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Entry {i} of {snapshot.ListId} has no source id, or one with a NUL character.", nameof(snapshot));
            }

            if (!string.Equals(entity.ListId, snapshot.ListId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Entry {entity.SourceId} belongs to list '{entity.ListId}', not to the snapshot's list '{snapshot.ListId}'.",
                    nameof(snapshot));
            }

            if (!seen.Add(entity.SourceId))
            {
                throw new ArgumentException(
                    $"Source id '{entity.SourceId}' occurs more than once in the {snapshot.ListId} snapshot (again at entry {i}); nothing was stored.",
                    nameof(snapshot));
            }
        }
    }
}
