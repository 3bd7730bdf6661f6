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
    /// <summary>True when nothing at all is stored about the record.</summary>
    public bool IsEmpty => Assessments.Count == 0 && WatchSubject is null && Matches.Count == 0 && Alerts.Count == 0;
}
