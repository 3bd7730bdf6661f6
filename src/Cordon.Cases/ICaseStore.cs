using Cordon.Core;

namespace Cordon.Cases;

/// <summary>
/// The storage port of cases: what the case workflow needs from a store. The SQL store implements it for SQLite and
/// PostgreSQL; the case capability declares it, so cases depend on no storage provider.
/// </summary>
public interface ICaseStore
{
    /// <summary>
    /// Stores a new case (its <see cref="CaseRecord.Version"/> must be 1) with its opening event (sequence 1), in one transaction.
    /// Returns the case with its id.
    /// </summary>
    /// <exception cref="ArgumentException">The case or event is incomplete or inconsistent; nothing was stored.</exception>
    Task<CaseRecord> OpenCaseAsync(CaseRecord opened, CaseEvent openingEvent, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="change"/> to a case and replaces its state by <paramref name="updated"/>, in one transaction.
    /// <paramref name="updated"/> carries the new version (the event's sequence); the stored version must be the one before it.
    /// <paramref name="fileContent"/> is stored with the event when it attaches a file. <paramref name="audit"/>, when given, is
    /// written in the same transaction, so that no change is ever stored without its audit entry nor an entry without its change.
    /// </summary>
    /// <exception cref="CaseConflictException">The case changed since it was read, or is not in that organisation; nothing was stored.</exception>
    /// <exception cref="ArgumentException">The change is inconsistent with the update; nothing was stored.</exception>
    Task AppendCaseEventAsync(CaseRecord updated, CaseEvent change, byte[]? fileContent = null, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>One case of an organisation, or null (also when it belongs to another organisation).</summary>
    Task<CaseRecord?> GetCaseAsync(string organisationId, long caseId, CancellationToken cancellationToken = default);

    /// <summary>An organisation's cases, most recently changed first, optionally in one state, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CaseRecord>> GetCasesAsync(string organisationId, CaseState? state = null, int limit = 500, CancellationToken cancellationToken = default);

    /// <summary>An organisation's cases opened from one source (e.g. every case of an alert), newest first.</summary>
    Task<IReadOnlyList<CaseRecord>> GetCasesBySourceAsync(string organisationId, CaseSourceKind kind, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>The history of a case in order; empty when the case is not in that organisation.</summary>
    Task<IReadOnlyList<CaseEvent>> GetCaseEventsAsync(string organisationId, long caseId, CancellationToken cancellationToken = default);

    /// <summary>The content of a file attached by event <paramref name="sequence"/>, or null (also for another organisation's case).</summary>
    Task<byte[]?> GetCaseFileAsync(string organisationId, long caseId, int sequence, CancellationToken cancellationToken = default);
}
