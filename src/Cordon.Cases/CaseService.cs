using Cordon.Core;

namespace Cordon.Cases;

/// <summary>
/// Works cases against the store: reads the case in the actor's organisation, applies a <see cref="CaseWorkflow"/> rule
/// and appends the event. A case another organisation owns is reported as not found, never as forbidden, so that its
/// existence is not revealed.
/// </summary>
public sealed class CaseService
{
    private readonly ICaseStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public CaseService(ICaseStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>
    /// Opens a case, or returns the case already being worked for the same source (so that two analysts clicking the same alert share one case).
    /// </summary>
    public async Task<CaseRecord> OpenAsync(CaseActor actor, CaseSourceKind sourceKind, string sourceId, string title, string? note = null, CancellationToken cancellationToken = default)
    {
        var change = CaseWorkflow.Open(actor, sourceKind, sourceId, title, note, _time.GetUtcNow());
        var existing = (await _store.GetCasesBySourceAsync(actor.OrganisationId, sourceKind, change.Case.SourceId, cancellationToken))
            .FirstOrDefault(c => c.State != CaseState.Closed);
        return existing ?? await _store.OpenCaseAsync(change.Case, change.Event, cancellationToken);
    }

    /// <summary>The case and its history, or null when the actor's organisation has no such case.</summary>
    public async Task<(CaseRecord Case, IReadOnlyList<CaseEvent> History)?> GetAsync(CaseActor actor, long caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await _store.GetCaseAsync(actor.OrganisationId, caseId, cancellationToken);
        return found is null ? null : (found, await _store.GetCaseEventsAsync(actor.OrganisationId, caseId, cancellationToken));
    }

    /// <summary>The actor's organisation's cases, most recently changed first, optionally in one state, at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<CaseRecord>> ListAsync(CaseActor actor, CaseState? state = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _store.GetCasesAsync(actor.OrganisationId, state, limit, cancellationToken);
    }

    /// <summary>The actor's organisation's cases opened from one source (every case of an alert or a record), newest first.</summary>
    public Task<IReadOnlyList<CaseRecord>> ListBySourceAsync(CaseActor actor, CaseSourceKind kind, string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _store.GetCasesBySourceAsync(actor.OrganisationId, kind, sourceId, cancellationToken);
    }

    /// <summary>The content of a file attached to one of the actor's organisation's cases, or null.</summary>
    public Task<byte[]?> GetFileAsync(CaseActor actor, long caseId, int sequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _store.GetCaseFileAsync(actor.OrganisationId, caseId, sequence, cancellationToken);
    }

    /// <summary>Assigns (or unassigns with null).</summary>
    public Task<CaseRecord> AssignAsync(CaseActor actor, long caseId, int expectedVersion, string? assigneeId, string? assigneeName, Func<CaseRecord, AuditEntry>? audit = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(actor, caseId, expectedVersion, c => CaseWorkflow.Assign(c, actor, assigneeId, assigneeName, _time.GetUtcNow()), null, audit, cancellationToken);

    /// <summary>Comments.</summary>
    public Task<CaseRecord> CommentAsync(CaseActor actor, long caseId, int expectedVersion, string text, Func<CaseRecord, AuditEntry>? audit = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(actor, caseId, expectedVersion, c => CaseWorkflow.Comment(c, actor, text, _time.GetUtcNow()), null, audit, cancellationToken);

    /// <summary>Attaches a note.</summary>
    public Task<CaseRecord> AttachNoteAsync(CaseActor actor, long caseId, int expectedVersion, string title, string note, Func<CaseRecord, AuditEntry>? audit = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(actor, caseId, expectedVersion, c => CaseWorkflow.AttachNote(c, actor, title, note, _time.GetUtcNow()), null, audit, cancellationToken);

    /// <summary>Attaches a file, storing its content with the event.</summary>
    public Task<CaseRecord> AttachFileAsync(CaseActor actor, long caseId, int expectedVersion, string fileName, string? mediaType, byte[] content, string? note, Func<CaseRecord, AuditEntry>? audit = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(actor, caseId, expectedVersion, c => CaseWorkflow.AttachFile(c, actor, fileName, mediaType, content, note, _time.GetUtcNow()), content, audit, cancellationToken);

    /// <summary>Decides with a reason.</summary>
    public Task<CaseRecord> DecideAsync(CaseActor actor, long caseId, int expectedVersion, CaseDecision decision, string reason, Func<CaseRecord, AuditEntry>? audit = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(actor, caseId, expectedVersion, c => CaseWorkflow.Decide(c, actor, decision, reason, _time.GetUtcNow()), null, audit, cancellationToken);

    /// <summary>Reopens with a reason.</summary>
    public Task<CaseRecord> ReopenAsync(CaseActor actor, long caseId, int expectedVersion, string reason, Func<CaseRecord, AuditEntry>? audit = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(actor, caseId, expectedVersion, c => CaseWorkflow.Reopen(c, actor, reason, _time.GetUtcNow()), null, audit, cancellationToken);

    /// <summary>
    /// Applies one rule to the case as it is now. <paramref name="expectedVersion"/> is the version the user saw:
    /// when the case moved on meanwhile, the change is refused rather than made on a state they did not see.
    /// <paramref name="audit"/> makes the audit entry of the changed case, stored in the change's own transaction.
    /// </summary>
    private async Task<CaseRecord> ApplyAsync(CaseActor actor, long caseId, int expectedVersion, Func<CaseRecord, CaseChange> rule, byte[]? file, Func<CaseRecord, AuditEntry>? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var current = await _store.GetCaseAsync(actor.OrganisationId, caseId, cancellationToken)
            ?? throw new CaseNotFoundException(caseId);
        if (current.Version != expectedVersion)
        {
            throw new CaseConflictException($"Case {caseId} changed since you opened it (now at change {current.Version}, you saw {expectedVersion}); reload it and try again.");
        }

        var change = rule(current);
        await _store.AppendCaseEventAsync(change.Case, change.Event, file, audit?.Invoke(change.Case), cancellationToken);
        return change.Case;
    }
}
