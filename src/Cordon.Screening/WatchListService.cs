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
        foreach (var subject in subjects)
        {
            var found = catalog.Index.Screen(subject.Subject, MatchesPerSubject)
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
            alerts.AddRange(after.Where(m => !before.ContainsKey(m.Key)).Select(m => ToAlert(m.Value, AlertKind.NewMatch, m.Value.ListVersionId, now, algorithm)));
            alerts.AddRange(before.Where(m => !after.ContainsKey(m.Key)).Select(m => ToAlert(
                m.Value,
                AlertKind.RemovedMatch,
                catalog.Versions.FirstOrDefault(v => v.ListId == m.Value.ListId)?.Id ?? m.Value.ListVersionId,
                now,
                algorithm)));
        }

        CordonMetrics.Screened(subjects.Count, batch: true, kind: "rescreen");
        var stored = await _store.ApplyScreeningResultAsync(organisationId, subjects.Select(s => s.Id).ToArray(), matches, alerts, cancellationToken);
        CordonMetrics.Alerted(stored.Count);
        return stored;
    }

    private static (string ListId, string SourceId) Key(WatchMatch match) => (match.ListId, match.EntitySourceId);

    // The algorithm that screened is recorded with the alert: a score means something only under its algorithm.
    private static Alert ToAlert(WatchMatch match, AlertKind kind, long versionId, DateTimeOffset now, string algorithm) =>
        new(0, match.SubjectId, kind, match.ListId, versionId, match.EntitySourceId, match.EntityName, match.Score, now)
        {
            Details = JsonSerializer.Serialize(new { algorithm }, CordonJson.Options),
        };
}
