using Cordon.Core;

namespace Cordon.Storage;

public partial interface ICordonStore
{
    /// <summary>One page of the organisation's alerts matching <paramref name="query"/>, with the number matching in all.</summary>
    /// <exception cref="ArgumentException">The page size is outside 1 to <see cref="AlertQuery.MaxLimit"/> or the offset is negative.</exception>
    Task<AlertPage> QueryAlertsAsync(string organisationId, AlertQuery query, CancellationToken cancellationToken = default);

    /// <summary>One of the organisation's alerts, or null (also when another organisation owns it).</summary>
    Task<Alert?> GetAlertAsync(string organisationId, long alertId, CancellationToken cancellationToken = default);

    /// <summary>The organisation's alerts counted by kind, state and list.</summary>
    Task<IReadOnlyList<AlertCount>> CountAlertsAsync(string organisationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the organisation's alerts among <paramref name="alertIds"/> to a new state, stores <paramref name="suppressions"/>
    /// in its allow-list (each replacing the pair's earlier decision, which lapses) and writes <paramref name="audit"/>, all in
    /// one transaction. Ids of another organisation's alerts, or of none, are left alone. Returns the alerts as changed.
    /// </summary>
    /// <exception cref="ArgumentException">A suppression names an alert not among those changed; nothing was stored.</exception>
    Task<IReadOnlyList<Alert>> ChangeAlertStateAsync(
        string organisationId,
        IReadOnlyCollection<long> alertIds,
        AlertStateChange change,
        IReadOnlyList<AlertSuppression> suppressions,
        AuditEntry? audit = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Assigns the organisation's alerts among <paramref name="alertIds"/> to a user (or to nobody with null) and writes
    /// <paramref name="audit"/>, in one transaction. Returns how many alerts changed.
    /// </summary>
    Task<int> AssignAlertsAsync(string organisationId, IReadOnlyCollection<long> alertIds, string? assigneeId, string? assigneeName, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>The organisation's allow-list decisions that still hold, optionally of one customer, newest first.</summary>
    Task<IReadOnlyList<AlertSuppression>> GetAlertSuppressionsAsync(string organisationId, string? subjectId = null, CancellationToken cancellationToken = default);

    /// <summary>Ends allow-list decisions that no longer hold (the customer or the entry changed), keeping them for the record.</summary>
    Task LapseAlertSuppressionsAsync(string organisationId, IReadOnlyCollection<long> suppressionIds, string reason, DateTimeOffset at, CancellationToken cancellationToken = default);
}
