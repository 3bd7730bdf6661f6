using System.Text.Json;
using Cordon.Core;
using Cordon.Matching;
using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>
/// Keeps customers under watch: screens them when they are added and again whenever a list version changes,
/// and turns every gained or lost match into an alert.
/// </summary>
public sealed class WatchListService
{
    /// <summary>Most matches kept per subject; a subject with more is almost certainly too vague a name.</summary>
    public const int MatchesPerSubject = 10;

    private readonly ICordonStore _store;
    private readonly ScreeningCatalog _catalog;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public WatchListService(ICordonStore store, ScreeningCatalog catalog, TimeProvider time)
    {
        _store = store;
        _catalog = catalog;
        _time = time;
    }

    /// <summary>Stores (or replaces) subjects of one organisation and screens them at once; returns alerts for their matches.</summary>
    /// <exception cref="ArgumentException">A subject's id could not be named in a URL (<see cref="AddressableIds"/>); nothing was stored.</exception>
    public async Task<IReadOnlyList<Alert>> AddAsync(string organisationId, IReadOnlyList<WatchSubject> subjects, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        if (subjects.FirstOrDefault(s => AddressableIds.Problem(s.Id) is not null) is { } unreachable)
        {
            throw new ArgumentException($"Watch subject: {AddressableIds.Problem(unreachable.Id)}; nothing was stored.", nameof(subjects));
        }

        await _store.SaveWatchSubjectsAsync(organisationId, subjects, cancellationToken);
        return await RescreenAsync(organisationId, subjects, cancellationToken);
    }

    /// <summary>
    /// Removes one of the organisation's subjects with its matches (its alerts are kept for audit); false when it has no such
    /// subject. Waits for a re-screening in progress on any instance, which would otherwise store the matches of a subject
    /// removed while it ran.
    /// </summary>
    public async Task<bool> RemoveAsync(string organisationId, string subjectId, CancellationToken cancellationToken = default)
    {
        await using var exclusive = await _store.AcquireLockAsync("watch", cancellationToken);
        return await _store.DeleteWatchSubjectAsync(organisationId, subjectId, cancellationToken);
    }

    /// <summary>Screens every stored subject of every organisation against the lists in force and records what changed.</summary>
    public async Task<IReadOnlyList<Alert>> RescreenAllAsync(CancellationToken cancellationToken = default)
    {
        var alerts = new List<Alert>();
        foreach (var organisationId in await _store.GetWatchOrganisationsAsync(cancellationToken))
        {
            alerts.AddRange(await RescreenOrganisationAsync(organisationId, cancellationToken));
        }

        return alerts;
    }

    /// <summary>Screens every stored subject of one organisation against the lists in force and records what changed.</summary>
    public async Task<IReadOnlyList<Alert>> RescreenOrganisationAsync(string organisationId, CancellationToken cancellationToken = default) =>
        await RescreenAsync(organisationId, await _store.GetWatchSubjectsAsync(organisationId, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<Alert>> RescreenAsync(string organisationId, IReadOnlyList<WatchSubject> subjects, CancellationToken cancellationToken)
    {
        if (subjects.Count == 0)
        {
            return [];
        }

        // Instances re-screen one at a time, each from the matches the previous one stored, so that a change of list
        // raises its alerts once however many instances saw it.
        await using var exclusive = await _store.AcquireLockAsync("watch", cancellationToken);
        var catalog = await _catalog.GetIndexAsync(cancellationToken);
        var previous = (await _store.GetWatchMatchesAsync(organisationId, null, cancellationToken))
            .ToLookup(m => m.SubjectId);
        var now = _time.GetUtcNow();
        var matches = new List<WatchMatch>();
        var alerts = new List<Alert>();
        var decisions = (await _store.GetAlertSuppressionsAsync(organisationId, null, cancellationToken))
            .ToDictionary(d => (d.SubjectId, d.ListId, d.EntitySourceId));
        var lapsed = new List<AlertSuppression>();
        foreach (var subject in subjects)
        {
            var screened = catalog.Index.Screen(subject.Subject, MatchesPerSubject);
            var found = screened
                .Select(m => new WatchMatch(
                    subject.Id,
                    m.Entity.ListId,
                    catalog.VersionOf(m.Entity.ListId),
                    m.Entity.SourceId,
                    m.Entity.PrimaryName,
                    m.MatchedName,
                    m.Score,
                    JsonSerializer.Serialize(m.Explanation, CordonJson.Options)))
                .ToList();
            matches.AddRange(found);

            var before = previous[subject.Id].ToDictionary(Key);
            var after = found.ToDictionary(Key);
            var algorithm = catalog.Index.Matcher.Algorithm;
            string? subjectPrint = null;
            foreach (var (key, match) in after)
            {
                if (decisions.TryGetValue((subject.Id, key.ListId, key.SourceId), out var decision))
                {
                    // The pair was decided a false positive: it stays quiet while both sides are as they were decided, and
                    // alerts again (once: the decision lapses) as soon as either changed.
                    subjectPrint ??= AlertFingerprints.Subject(subject.Subject);
                    var entity = screened.First(m => m.Entity.ListId == key.ListId && m.Entity.SourceId == key.SourceId).Entity;
                    var change = Lapse(decision, subjectPrint, AlertFingerprints.Entry(entity));
                    if (change is not null)
                    {
                        lapsed.Add(decision with { LapseReason = change });
                        alerts.Add(ToAlert(match, AlertKind.NewMatch, match.ListVersionId, now, algorithm, change));
                    }
                }
                else if (!before.ContainsKey(key))
                {
                    alerts.Add(ToAlert(match, AlertKind.NewMatch, match.ListVersionId, now, algorithm));
                }
            }

            alerts.AddRange(before
                .Where(m => !after.ContainsKey(m.Key) && !decisions.ContainsKey((subject.Id, m.Key.ListId, m.Key.SourceId)))
                .Select(m => ToAlert(
                    m.Value,
                    AlertKind.RemovedMatch,
                    catalog.Versions.FirstOrDefault(v => v.ListId == m.Value.ListId)?.Id ?? m.Value.ListVersionId,
                    now,
                    algorithm)));
        }

        CordonMetrics.Screened(subjects.Count, batch: true, kind: "rescreen");
        var stored = await _store.ApplyScreeningResultAsync(organisationId, subjects.Select(s => s.Id).ToArray(), matches, alerts, cancellationToken);

        // After the alerts are stored: a failure here alerts the pair once more on the next re-screening rather than never.
        foreach (var group in lapsed.GroupBy(d => d.LapseReason!))
        {
            await _store.LapseAlertSuppressionsAsync(organisationId, group.Select(d => d.Id).ToArray(), group.Key, now, cancellationToken);
        }

        CordonMetrics.Alerted(stored.Count);
        return stored;
    }

    /// <summary>Why a false-positive decision no longer holds, or null while it does.</summary>
    private static string? Lapse(AlertSuppression decision, string subjectPrint, string entryPrint)
    {
        var subjectChanged = decision.SubjectFingerprint != subjectPrint;
        var entryChanged = decision.EntryFingerprint != entryPrint;
        return (subjectChanged, entryChanged) switch
        {
            (true, true) => "the customer details and the entry changed since it was decided a false positive",
            (true, false) => "the customer details changed since it was decided a false positive",
            (false, true) => "the entry changed since it was decided a false positive",
            _ => null,
        };
    }

    private static (string ListId, string SourceId) Key(WatchMatch match) => (match.ListId, match.EntitySourceId);

    // The algorithm that screened is recorded with the alert: a score means something only under its algorithm.
    // A pair alerting again after a false-positive decision lapsed says why (reopened).
    private static Alert ToAlert(WatchMatch match, AlertKind kind, long versionId, DateTimeOffset now, string algorithm, string? reopened = null) =>
        new(0, match.SubjectId, kind, match.ListId, versionId, match.EntitySourceId, match.EntityName, match.Score, now)
        {
            Details = reopened is null
                ? JsonSerializer.Serialize(new { algorithm }, CordonJson.Options)
                : JsonSerializer.Serialize(new { algorithm, reopened }, CordonJson.Options),
        };
}
