using Cordon.Cases;

namespace Cordon.Storage;

/// <summary>What Cordon holds about one record id, for a subject access request.</summary>
/// <param name="RecordId">The record (applicant, account or watched customer) id.</param>
/// <param name="Assessments">Every stored assessment of the record, newest first, with the record as submitted.</param>
/// <param name="WatchSubject">The watch subject with this id, or null.</param>
/// <param name="Matches">Its current list matches.</param>
/// <param name="Alerts">Its alerts, newest first.</param>
public sealed record PersonalRecordExport(
    string RecordId,
    IReadOnlyList<StoredAssessment> Assessments,
    WatchSubject? WatchSubject,
    IReadOnlyList<WatchMatch> Matches,
    IReadOnlyList<Alert> Alerts)
{
    /// <summary>The cases about the record (opened from its assessments or alerts, or by hand under its id), with their history and evidence.</summary>
    public IReadOnlyList<PersonalRecordCase> Cases { get; init; } = [];

    /// <summary>The record's network group membership (at most one).</summary>
    public IReadOnlyList<NetworkMembership> NetworkMemberships { get; init; } = [];

    /// <summary>The record's scores under the organisation's shadow risk weights (risk calibration), newest first.</summary>
    public IReadOnlyList<ShadowAssessment> ShadowScores { get; init; } = [];

    /// <summary>True when nothing at all is stored about the record.</summary>
    public bool IsEmpty => Assessments.Count == 0 && WatchSubject is null && Matches.Count == 0 && Alerts.Count == 0 && Cases.Count == 0 && NetworkMemberships.Count == 0 && ShadowScores.Count == 0;
}

/// <summary>A case about a record, for a subject access request: the case, its history and its evidence files.</summary>
/// <param name="Case">The case.</param>
/// <param name="Events">Its history, oldest first (comments, evidence, decisions).</param>
/// <param name="Files">The evidence files by the sequence of the event that attached them.</param>
public sealed record PersonalRecordCase(CaseRecord Case, IReadOnlyList<CaseEvent> Events, IReadOnlyList<(int Sequence, byte[] Content)> Files);
