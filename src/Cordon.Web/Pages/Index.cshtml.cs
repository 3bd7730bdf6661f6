using Cordon.Assessments;
using System.Globalization;
using System.Text.Json;
using Cordon.Risk;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Cordon.Cases;
using Cordon.Lists;

namespace Cordon.Web.Pages;

/// <summary>The dashboard: what needs attention in the caller's organisation, and how its work has gone lately.</summary>
public sealed class IndexModel(CordonServices cordon, Cordon.Hub.SharingHub hub, CaseService caseService) : WorkspacePageModel
{
    private static readonly string[] Levels = ["critical", "high", "medium", "low"];

    /// <summary>Days the charts cover.</summary>
    public const int Days = 30;

    /// <summary>Cases by state.</summary>
    public IReadOnlyDictionary<CaseState, int> CasesByState { get; private set; } = new Dictionary<CaseState, int>();

    /// <summary>Cases being worked, most recently changed first.</summary>
    public IReadOnlyList<CaseRecord> ActiveCases { get; private set; } = [];

    /// <summary>New watch matches waiting in the queue, by strength of the match.</summary>
    public IReadOnlyList<(string Level, int Count)> OpenAlertsByLevel { get; private set; } = [];

    /// <summary>The organisation's alerts by kind, state and list.</summary>
    public IReadOnlyList<AlertCount> AlertCounts { get; private set; } = [];

    /// <summary>Alerts of every kind waiting in the queue as new.</summary>
    public int NewAlerts { get; private set; }

    /// <summary>The newest list versions.</summary>
    public IReadOnlyList<ListVersionInfo> RecentVersions { get; private set; } = [];

    /// <summary>Assessments per day over <see cref="Days"/> days, oldest first.</summary>
    public IReadOnlyList<(string Label, int Value)> AssessmentsPerDay { get; private set; } = [];

    /// <summary>Assessments over <see cref="Days"/> days by level.</summary>
    public IReadOnlyList<(string Label, int Value)> AssessmentsByLevel { get; private set; } = [];

    /// <summary>Signals fired over <see cref="Days"/> days by kind, most frequent first.</summary>
    public IReadOnlyList<(string Label, int Value)> SignalsByKind { get; private set; } = [];

    /// <summary>Hub objects added lately to the collections the organisation reads: collection title, count (capped), newest.</summary>
    public IReadOnlyList<(string Collection, int Count, bool Capped, IReadOnlyList<HubStoredObject> Newest)> HubActivity { get; private set; } = [];

    /// <summary>Days the hub activity covers.</summary>
    public const int HubDays = 7;

    /// <summary>Builds the dashboard.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = OrganisationId;
        var cases = await caseService.ListAsync(Actor, cancellationToken: cancellationToken);
        CasesByState = Enum.GetValues<CaseState>().ToDictionary(s => s, s => cases.Count(c => c.State == s));
        ActiveCases = cases.Where(c => c.State != CaseState.Closed).Take(10).ToList();

        // Every kind of alert counts: watch matches gained and lost and hub indicator matches, by state.
        AlertCounts = await cordon.Store.CountAlertsAsync(organisation, cancellationToken);
        NewAlerts = AlertCounts.Where(c => c.State == AlertState.New).Sum(c => c.Count);
        async Task<int> NewMatchesAsync(double? minScore) =>
            (await cordon.Store.QueryAlertsAsync(organisation, new AlertQuery { Kinds = [AlertKind.NewMatch], States = [AlertState.New], MinScore = minScore, Limit = 1 }, cancellationToken)).Total;
        var strong = await NewMatchesAsync(0.95);
        var likely = await NewMatchesAsync(0.90);
        var all = await NewMatchesAsync(null);
        OpenAlertsByLevel =
        [
            ("strong (0.95 and above)", strong),
            ("likely (0.90 to 0.95)", likely - strong),
            ("possible (below 0.90)", all - likely),
        ];

        await LoadHubActivityAsync(cancellationToken);
        RecentVersions = (await cordon.Store.GetListVersionsAsync(null, cancellationToken)).Take(5).ToList();

        var today = cordon.Time.GetUtcNow().UtcDateTime.Date;
        var since = new DateTimeOffset(today.AddDays(-(Days - 1)), TimeSpan.Zero);
        var recent = await cordon.Store.GetRecentAssessmentsAsync(organisation, since, 5000, cancellationToken);
        var perDay = recent.GroupBy(a => a.AssessedAt.UtcDateTime.Date).ToDictionary(g => g.Key, g => g.Count());
        AssessmentsPerDay = Enumerable.Range(0, Days)
            .Select(i => today.AddDays(i - (Days - 1)))
            .Select(d => (d.ToString("MM-dd", CultureInfo.InvariantCulture), perDay.GetValueOrDefault(d)))
            .ToList();
        AssessmentsByLevel = Levels
            .Select(l => (l, recent.Count(a => a.Level == l)))
            .ToList();
        SignalsByKind = recent
            .SelectMany(a => SignalTitles(a.AssessmentJson))
            .GroupBy(t => t)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(12)
            .ToList();
    }

    private async Task LoadHubActivityAsync(CancellationToken cancellationToken)
    {
        if (Cordon.Hub.HubCaller.From(User) is not { } caller)
        {
            return;
        }

        const int Cap = 1000;
        var since = cordon.Time.GetUtcNow().AddDays(-HubDays);
        var activity = new List<(string, int, bool, IReadOnlyList<HubStoredObject>)>();
        foreach (var root in await hub.GetApiRootsAsync(cancellationToken))
        {
            foreach (var view in (await hub.GetCollectionsAsync(caller, root.Name, cancellationToken)).Where(v => v.CanRead))
            {
                var page = await hub.GetObjectsAsync(caller, root.Name, view.Collection.Id, new Cordon.Hub.TaxiiFilter(since, Cap, null, null, null, null, null), cancellationToken);
                if (page.Objects.Count > 0)
                {
                    activity.Add((view.Collection.Title, page.Objects.Count, page.More, page.Objects.OrderByDescending(o => o.DateAdded).Take(5).ToList()));
                }
            }
        }

        HubActivity = activity;
    }

    private static IEnumerable<string> SignalTitles(string json)
    {
        Assessment? assessment;
        try
        {
            assessment = JsonSerializer.Deserialize<Assessment>(json, AssessmentJson.Options);
        }
        catch (JsonException)
        {
            // A stored assessment of an older engine shape is left out of the chart rather than breaking the dashboard.
            yield break;
        }

        foreach (var signal in assessment?.Signals ?? [])
        {
            yield return signal.Title;
        }
    }
}
