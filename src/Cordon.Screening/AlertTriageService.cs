using System.Globalization;
using Cordon.Core;
using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>
/// The alert queue's decisions: states with reasons, assignment, and the allow-list a false-positive decision about a watch
/// match feeds (see <see cref="AlertSuppression"/>).
/// </summary>
public sealed class AlertTriageService
{
    /// <summary>Longest reason kept.</summary>
    public const int MaxReasonLength = 2000;

    private readonly ICordonStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public AlertTriageService(ICordonStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>
    /// Moves alerts of one organisation to <paramref name="state"/>. A false positive about a watch match also goes into the
    /// organisation's allow-list, with fingerprints of the customer's details and of the entry as the alert showed it.
    /// <paramref name="audit"/> makes the audit entry (given the alerts changed), stored in the same transaction.
    /// </summary>
    /// <exception cref="AlertTriageException">No reason where one is needed, or a state that does not apply to one of the alerts; nothing changed.</exception>
    public async Task<IReadOnlyList<Alert>> ChangeStateAsync(
        string organisationId,
        IReadOnlyCollection<long> alertIds,
        AlertState state,
        string? reason,
        string actorName,
        Func<IReadOnlyList<Alert>, AuditEntry>? audit = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (alertIds.Count == 0)
        {
            throw new AlertTriageException("Choose at least one alert.");
        }

        if (reason is null && state != AlertState.InCase)
        {
            throw new AlertTriageException(state switch
            {
                AlertState.FalsePositive => "Say why these alerts are false positives: the reason is kept with the allow-list decision.",
                AlertState.Cleared => "Say why these alerts need nothing further: the reason is kept with them.",
                _ => "Say why these alerts go back to the queue.",
            });
        }

        if (reason is { Length: > MaxReasonLength })
        {
            throw new AlertTriageException($"The reason is {reason.Length:N0} characters long; at most {MaxReasonLength:N0} are kept.");
        }

        var alerts = new List<Alert>();
        foreach (var id in alertIds.Distinct())
        {
            if (await _store.GetAlertAsync(organisationId, id, cancellationToken) is { } alert)
            {
                alerts.Add(alert);
            }
        }

        if (alerts.Count == 0)
        {
            throw new AlertTriageException("None of the chosen alerts exists.");
        }

        var now = _time.GetUtcNow();
        var suppressions = new List<AlertSuppression>();
        if (state == AlertState.FalsePositive)
        {
            var gone = alerts.Where(a => a.Kind == AlertKind.RemovedMatch).Select(a => a.Id.ToString(CultureInfo.InvariantCulture)).ToList();
            if (gone.Count > 0)
            {
                throw new AlertTriageException($"Alert(s) {string.Join(", ", gone)} say a match has gone: there is no match to call false; clear them instead.");
            }

            foreach (var alert in alerts.Where(a => a.Kind == AlertKind.NewMatch))
            {
                if (await SuppressionAsync(organisationId, alert, reason!, actorName, now, cancellationToken) is { } suppression)
                {
                    suppressions.Add(suppression);
                }
            }
        }

        var change = new AlertStateChange(state, reason, actorName, now);
        AuditEntry? entry = audit?.Invoke(alerts);
        return await _store.ChangeAlertStateAsync(organisationId, alerts.Select(a => a.Id).ToArray(), change, suppressions, entry, cancellationToken);
    }

    /// <summary>Assigns alerts of one organisation to a user of it (or to nobody with null); returns how many changed.</summary>
    public Task<int> AssignAsync(string organisationId, IReadOnlyCollection<long> alertIds, string? assigneeId, string? assigneeName, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        if (alertIds.Count == 0)
        {
            throw new AlertTriageException("Choose at least one alert.");
        }

        return _store.AssignAlertsAsync(organisationId, alertIds, assigneeId, assigneeName, audit, cancellationToken);
    }

    /// <summary>
    /// The allow-list decision for a false-positive watch match, or null when the customer is no longer watched or the entry
    /// is not in the version the alert named (then the state alone records the decision).
    /// </summary>
    private async Task<AlertSuppression?> SuppressionAsync(string organisationId, Alert alert, string reason, string actorName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = await _store.GetWatchSubjectAsync(organisationId, alert.SubjectId, cancellationToken);
        var entity = await _store.GetEntityAsync(alert.ListVersionId, alert.EntitySourceId, cancellationToken);
        return subject is null || entity is null
            ? null
            : new AlertSuppression(0, alert.SubjectId, alert.ListId, alert.EntitySourceId, AlertFingerprints.Subject(subject.Subject), AlertFingerprints.Entry(entity), reason, actorName, now, alert.Id);
    }
}
