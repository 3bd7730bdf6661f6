namespace Cordon.Storage;

/// <summary>
/// An entry of an organisation's allow-list: a false-positive decision about one watched customer and one list entry, kept
/// with fingerprints of both as they were when it was made. While both fingerprints still hold, the pair raises no alert;
/// once either changes the decision lapses and the pair alerts again for a fresh look.
/// </summary>
/// <param name="Id">Store id (0 before it is stored).</param>
/// <param name="SubjectId">The watched customer.</param>
/// <param name="ListId">The list.</param>
/// <param name="EntitySourceId">The entry.</param>
/// <param name="SubjectFingerprint">Fingerprint of the customer's screened details when decided.</param>
/// <param name="EntryFingerprint">Fingerprint of the entry when decided.</param>
/// <param name="Reason">The analyst's reason.</param>
/// <param name="DecidedBy">User name of whoever decided.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="AlertId">The alert the decision was made on.</param>
public sealed record AlertSuppression(
    long Id,
    string SubjectId,
    string ListId,
    string EntitySourceId,
    string SubjectFingerprint,
    string EntryFingerprint,
    string Reason,
    string DecidedBy,
    DateTimeOffset DecidedAt,
    long AlertId)
{
    /// <summary>When it lapsed (the customer or the entry changed), or null while it holds.</summary>
    public DateTimeOffset? LapsedAt { get; init; }

    /// <summary>Why it lapsed, or null.</summary>
    public string? LapseReason { get; init; }
}
