using Cordon.Core;
using Cordon.Core.Coordination;
using Cordon.Cases;
using Cordon.Lists;
using Cordon.Accounts;

namespace Cordon.Storage;

/// <summary>
/// Everything Cordon keeps, behind one contract with a SQLite and a PostgreSQL implementation.
/// Every write method is one transaction: it completes entirely or leaves stored data untouched.
/// Implementations are safe to share between threads (each call opens its own connection).
/// </summary>
public partial interface ICordonStore : IAsyncDisposable, ICaseStore, IAccountStore, IAuditStore, IListStore, IListSourceStore, IInstanceLocks
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Provider { get; }

    /// <summary>Creates or upgrades the schema to the latest migration. Idempotent.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>The schema version now applied (number of the last migration).</summary>
    Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default);

    // Watch subjects, matches, alerts and assessments belong to one organisation: every method takes the caller's
    // organisation id first and never reads nor writes another organisation's rows.

    /// <summary>Creates or replaces watch subjects of one organisation (keyed by organisation and <see cref="WatchSubject.Id"/>).</summary>
    Task SaveWatchSubjectsAsync(string organisationId, IReadOnlyList<WatchSubject> subjects, CancellationToken cancellationToken = default);

    /// <summary>The organisations that keep at least one watch subject, by id (what a re-screening after a list change walks).</summary>
    Task<IReadOnlyList<string>> GetWatchOrganisationsAsync(CancellationToken cancellationToken = default);

    /// <summary>All watch subjects of one organisation, by id.</summary>
    Task<IReadOnlyList<WatchSubject>> GetWatchSubjectsAsync(string organisationId, CancellationToken cancellationToken = default);

    /// <summary>One watch subject of one organisation, or null.</summary>
    Task<WatchSubject?> GetWatchSubjectAsync(string organisationId, string id, CancellationToken cancellationToken = default);

    /// <summary>Removes a watch subject with its matches (alerts are kept for audit). False when the organisation has no such subject.</summary>
    Task<bool> DeleteWatchSubjectAsync(string organisationId, string id, CancellationToken cancellationToken = default);

    /// <summary>The current matches of one subject, or of all the organisation's subjects when <paramref name="subjectId"/> is null.</summary>
    Task<IReadOnlyList<WatchMatch>> GetWatchMatchesAsync(string organisationId, string? subjectId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the outcome of a re-screening in one transaction: the matches of every subject in
    /// <paramref name="subjectIds"/> are replaced by the given ones, and <paramref name="alerts"/> are appended.
    /// Returns the alerts as stored (with ids).
    /// </summary>
    Task<IReadOnlyList<Alert>> ApplyScreeningResultAsync(
        string organisationId,
        IReadOnlyCollection<string> subjectIds,
        IReadOnlyList<WatchMatch> matches,
        IReadOnlyList<Alert> alerts,
        CancellationToken cancellationToken = default);

    /// <summary>The organisation's alerts, newest first, optionally for one subject.</summary>
    Task<IReadOnlyList<Alert>> GetAlertsAsync(string organisationId, string? subjectId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores assessments of one organisation in one transaction. Earlier assessments of the same record are kept as its history;
    /// the newest is the one <see cref="GetAssessmentAsync"/> returns.
    /// </summary>
    Task SaveAssessmentsAsync(string organisationId, IReadOnlyList<StoredAssessment> assessments, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores assessments and, in the same transaction, the network membership change they bring (see
    /// <see cref="SaveNetworkMembershipsAsync"/>): a membership is never stored without the assessment of its record.
    /// </summary>
    /// <exception cref="ArgumentException">An assessment has no record id, or a membership is invalid or of another organisation.</exception>
    Task SaveAssessmentsAsync(string organisationId, IReadOnlyList<StoredAssessment> assessments, NetworkMembershipChange? network, CancellationToken cancellationToken = default);

    /// <summary>The newest assessment of one organisation's record, or null.</summary>
    Task<StoredAssessment?> GetAssessmentAsync(string organisationId, string recordId, CancellationToken cancellationToken = default);

    /// <summary>Every assessment of one organisation's record, newest first.</summary>
    Task<IReadOnlyList<StoredAssessment>> GetAssessmentHistoryAsync(string organisationId, string recordId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores shared indicators in one transaction, keyed by (<see cref="StoredIndicator.Type"/>, <see cref="StoredIndicator.Value"/>):
    /// a new key is added; a known one takes the item's context, source and expiry (and its import time) when one of them differs,
    /// and is left untouched otherwise, so that importing the same file again changes nothing.
    /// </summary>
    /// <exception cref="ArgumentException">An item is null, has an unknown type or an empty value; nothing was stored.</exception>
    Task<IndicatorImportResult> ImportIndicatorsAsync(IReadOnlyList<StoredIndicator> indicators, CancellationToken cancellationToken = default);

    /// <summary>Every stored indicator, by type then value (ordinal).</summary>
    Task<IReadOnlyList<StoredIndicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default);
}
