namespace Cordon.Storage;

/// <summary>Coordination between instances, backups and the handling of personal data.</summary>
public partial interface ICordonStore
{
    /// <summary>
    /// Alerts stored, of every organisation, by kind (the <see cref="AlertKind"/> name): for metrics that count what every
    /// instance and the CLI raised.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> CountAlertsByKindAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a consistent copy of the whole database to <paramref name="outputPath"/> while it stays in use:
    /// SQLite's online backup into a new database file; for PostgreSQL, <c>pg_dump</c> in its custom format.
    /// </summary>
    /// <exception cref="IOException">The file exists already, or the copy failed.</exception>
    Task BackupAsync(string outputPath, CancellationToken cancellationToken = default);

    /// <summary>Everything one organisation stores about one applicant or customer record id: assessments, watch subject, matches and alerts.</summary>
    Task<PersonalRecordExport> ExportRecordAsync(string organisationId, string recordId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes everything one organisation stores about one record id, in one transaction, and says how many rows of each kind went.
    /// Other organisations' data about the same id is untouched.
    /// </summary>
    Task<RecordErasure> EraseRecordAsync(string organisationId, string recordId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes, in every organisation, assessments made before <paramref name="cutoff"/> and alerts created before it of subjects
    /// no longer watched, in one transaction. The newest assessment of a record is deleted too when it is older: retention is about age.
    /// </summary>
    Task<RetentionPurge> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
