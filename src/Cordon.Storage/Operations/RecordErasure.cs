namespace Cordon.Storage;

/// <summary>Rows deleted by an erasure request.</summary>
/// <param name="RecordId">The record id erased.</param>
/// <param name="Assessments">Assessments deleted.</param>
/// <param name="WatchSubjects">Watch subjects deleted (0 or 1).</param>
/// <param name="Matches">Watch matches deleted.</param>
/// <param name="Alerts">Alerts deleted.</param>
public sealed record RecordErasure(string RecordId, int Assessments, int WatchSubjects, int Matches, int Alerts)
{
    /// <summary>Cases about the record deleted, with their events and evidence files.</summary>
    public int Cases { get; init; }

    /// <summary>Network memberships deleted (0 or 1).</summary>
    public int NetworkMemberships { get; init; }

    /// <summary>Assessments of other records whose network context named this record, now naming it as erased.</summary>
    public int RedactedReferences { get; init; }

    /// <summary>Total rows deleted.</summary>
    public int Total => Assessments + WatchSubjects + Matches + Alerts + Cases + NetworkMemberships;
}
