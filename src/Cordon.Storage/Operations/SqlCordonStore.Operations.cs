using System.Data.Common;

namespace Cordon.Storage;

/// <summary>Personal-data export, erasure and retention, shared by both providers.</summary>
public abstract partial class SqlCordonStore
{
    /// <inheritdoc/>
    public abstract Task<IAsyncDisposable> AcquireLockAsync(string name, CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public abstract Task BackupAsync(string outputPath, CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public async Task<PersonalRecordExport> ExportRecordAsync(string organisationId, string recordId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        return new PersonalRecordExport(
            recordId,
            await GetAssessmentHistoryAsync(organisationId, recordId, cancellationToken),
            await GetWatchSubjectAsync(organisationId, recordId, cancellationToken),
            await GetWatchMatchesAsync(organisationId, recordId, cancellationToken),
            await GetAlertsAsync(organisationId, recordId, cancellationToken));
    }

    /// <inheritdoc/>
    public async Task<RecordErasure> EraseRecordAsync(string organisationId, string recordId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var assessments = await DeleteAsync(connection, transaction, "DELETE FROM assessments WHERE organisation_id = @org AND record_id = @id", organisationId, Text(recordId), cancellationToken);
        var matches = await DeleteAsync(connection, transaction, "DELETE FROM watch_matches WHERE organisation_id = @org AND subject_id = @id", organisationId, recordId, cancellationToken);
        var subjects = await DeleteAsync(connection, transaction, "DELETE FROM watch_subjects WHERE organisation_id = @org AND id = @id", organisationId, recordId, cancellationToken);
        var alerts = await DeleteAsync(connection, transaction, "DELETE FROM alerts WHERE organisation_id = @org AND subject_id = @id", organisationId, recordId, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return new RecordErasure(recordId, assessments, subjects, matches, alerts);
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

    private static async Task<int> DeleteAsync(DbConnection connection, DbTransaction transaction, string sql, string organisationId, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, ("@org", organisationId), ("@id", id));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
