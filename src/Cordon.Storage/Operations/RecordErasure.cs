namespace Cordon.Storage;

/// <summary>Rows deleted by an erasure request.</summary>
/// <param name="RecordId">The record id erased.</param>
/// <param name="Assessments">Assessments deleted.</param>
/// <param name="WatchSubjects">Watch subjects deleted (0 or 1).</param>
/// <param name="Matches">Watch matches deleted.</param>
/// <param name="Alerts">Alerts deleted.</param>
public sealed record RecordErasure(string RecordId, int Assessments, int WatchSubjects, int Matches, int Alerts)
{
    /// <summary>Total rows deleted.</summary>
    public int Total => Assessments + WatchSubjects + Matches + Alerts;
}
