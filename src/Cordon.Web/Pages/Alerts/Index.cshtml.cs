using System.Globalization;
using Cordon.Accounts;
using Cordon.Cases;
using Cordon.Core.Access;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Security;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Pages.Alerts;

/// <summary>
/// The alert queue: every alert kind of the organisation, filtered by state, kind, list, score, age and assignee, paged, and
/// worked in bulk (assign, false positive, clear, back to new) with a reason kept on each alert and in the audit log.
/// </summary>
public sealed class IndexModel(CordonServices cordon, AccountService accounts) : WorkspacePageModel
{
    /// <summary>Alerts on one page.</summary>
    public const int PageSize = 50;

    /// <summary>State shown: new (default), in-case, false-positive, cleared or all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>Kind shown: new-match, removed-match, hub, or null for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>List shown, or null for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? List { get; set; }

    /// <summary>Lowest score shown, or null.</summary>
    [BindProperty(SupportsGet = true)]
    public double? MinScore { get; set; }

    /// <summary>Age: today, week, older-day, older-week, or null for any.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    /// <summary>Assignee: me, none, a user id, or null for anyone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Assignee { get; set; }

    /// <summary>Order: newest, oldest, score.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    /// <summary>Page number from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The page of alerts.</summary>
    public AlertPage Queue { get; private set; } = new([], 0);

    /// <summary>Counts by kind, state and list (for the summary and the list filter).</summary>
    public IReadOnlyList<AlertCount> Counts { get; private set; } = [];

    /// <summary>Users of the organisation alerts can be assigned to.</summary>
    public IReadOnlyList<UserAccount> Assignees { get; private set; } = [];

    /// <summary>Case ids by alert id.</summary>
    public IReadOnlyDictionary<long, long> CaseOfAlert { get; private set; } = new Dictionary<long, long>();

    /// <summary>The states of the filter, by their URL value.</summary>
    public static IReadOnlyList<(string Value, AlertState State, string Label)> States { get; } =
    [
        ("new", AlertState.New, "new"),
        ("in-case", AlertState.InCase, "in case"),
        ("false-positive", AlertState.FalsePositive, "false positive"),
        ("cleared", AlertState.Cleared, "cleared"),
    ];

    /// <summary>The kinds of the filter, by their URL value.</summary>
    public static IReadOnlyList<(string Value, AlertKind Kind, string Label)> Kinds { get; } =
    [
        ("new-match", AlertKind.NewMatch, "new match"),
        ("removed-match", AlertKind.RemovedMatch, "match gone"),
        ("hub", AlertKind.HubIndicatorMatch, "hub indicator"),
    ];

    /// <summary>How an alert's kind reads.</summary>
    public static string Describe(AlertKind kind) => Kinds.First(k => k.Kind == kind).Label;

    /// <summary>How an alert's state reads.</summary>
    public static string Describe(AlertState state) => States.First(s => s.State == state).Label;

    /// <summary>URL value of a state.</summary>
    public static string Value(AlertState state) => States.First(s => s.State == state).Value;

    /// <summary>Shows the queue.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Applies one action to the selected alerts: assign (to me, a user, or nobody), false-positive, clear, or back to new.
    /// </summary>
    public async Task<IActionResult> OnPostBulkAsync(long[]? selected, string? action, string? assignTo, string? reason, CancellationToken cancellationToken)
    {
        var ids = (selected ?? []).Distinct().Take(AlertQuery.MaxLimit + 1).ToArray();
        try
        {
            if (ids.Length == 0)
            {
                throw new AlertTriageException("Select at least one alert.");
            }

            if (ids.Length > AlertQuery.MaxLimit)
            {
                throw new AlertTriageException($"Select at most {AlertQuery.MaxLimit} alerts at a time.");
            }

            // Alerts of another organisation (or none) are not found: their ids say nothing about them.
            var mine = new List<long>();
            foreach (var id in ids)
            {
                if (await cordon.Store.GetAlertAsync(OrganisationId, id, cancellationToken) is not null)
                {
                    mine.Add(id);
                }
            }

            if (mine.Count == 0)
            {
                return NotFound();
            }

            ids = [.. mine];

            var auditLog = HttpContext.RequestServices.GetRequiredService<AuditLog>();
            var actor = HttpContext.Actor();
            var targetId = string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
            switch (action)
            {
                case "assign":
                    string? userId = assignTo == "me" ? Actor.UserId : string.IsNullOrEmpty(assignTo) ? null : assignTo;
                    string? name = null;
                    if (userId is not null)
                    {
                        // Only users of the caller's own organisation who work alerts: a posted id of anyone else is refused.
                        name = (await LoadAssigneesAsync(cancellationToken)).FirstOrDefault(u => u.Id == userId)?.DisplayName
                            ?? throw new AlertTriageException("Choose a user of your organisation who works alerts.");
                    }

                    var assigned = await cordon.Triage.AssignAsync(OrganisationId, ids, userId, name, auditLog.Entry(actor, WorkspaceAuditActions.AlertAssign, targetType: "alert", targetId: targetId, details: new { assignee = userId, alerts = ids.Length }), cancellationToken);
                    Flash = userId is null ? $"{assigned} alert(s) unassigned." : $"{assigned} alert(s) assigned to {name}.";
                    break;
                case "false-positive" or "clear" or "reopen":
                    var state = action switch { "false-positive" => AlertState.FalsePositive, "clear" => AlertState.Cleared, _ => AlertState.New };
                    var changed = await cordon.Triage.ChangeStateAsync(
                        OrganisationId,
                        ids,
                        state,
                        reason,
                        UserName,
                        alerts => auditLog.Entry(actor, WorkspaceAuditActions.AlertState, targetType: "alert", targetId: targetId, details: new { state = Value(state), reason, alerts = alerts.Count }),
                        cancellationToken);
                    Flash = state switch
                    {
                        AlertState.FalsePositive => $"{changed.Count} alert(s) marked false positive; each customer and entry pair stays quiet until either changes.",
                        AlertState.Cleared => $"{changed.Count} alert(s) cleared.",
                        _ => $"{changed.Count} alert(s) back in the queue as new.",
                    };
                    break;
                default:
                    throw new AlertTriageException("Choose an action.");
            }

            return Redirect(Request.Path + Request.QueryString);
        }
        catch (AlertTriageException e)
        {
            ErrorMessage = e.Message;
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>The current filters and page, as URL parameters (empty ones left out).</summary>
    public Dictionary<string, string> Filters() => Values([]).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);

    /// <summary>The query string of the current filters with some values replaced (null removes one).</summary>
    public string Link(params (string Name, string? Value)[] changes)
    {
        var query = string.Join("&", Values(changes).Select(v => v.Key + "=" + Uri.EscapeDataString(v.Value!)));
        return "/Alerts" + (query.Length == 0 ? string.Empty : "?" + query);
    }

    private IEnumerable<KeyValuePair<string, string?>> Values((string Name, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["State"] = State,
            ["Kind"] = Kind,
            ["List"] = List,
            ["MinScore"] = MinScore?.ToString(CultureInfo.InvariantCulture),
            ["Age"] = Age,
            ["Assignee"] = Assignee,
            ["Order"] = Order,
            ["p"] = PageNumber > 1 ? PageNumber.ToString(CultureInfo.InvariantCulture) : null,
        };
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        return values.Where(v => !string.IsNullOrEmpty(v.Value));
    }

    private AlertQuery BuildQuery()
    {
        var now = cordon.Time.GetUtcNow();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        State ??= "new";
        PageNumber = Math.Max(1, PageNumber);
        return new AlertQuery
        {
            States = State == "all" ? null : States.Where(s => s.Value == State).Select(s => s.State).ToArray(),
            Kinds = Kind is null or "" ? null : Kinds.Where(k => k.Value == Kind).Select(k => k.Kind).ToArray(),
            ListId = string.IsNullOrEmpty(List) ? null : List,
            MinScore = MinScore,
            RaisedFrom = Age switch { "today" => today, "week" => now.AddDays(-7), _ => null },
            RaisedBefore = Age switch { "older-day" => now.AddDays(-1), "older-week" => now.AddDays(-7), _ => null },
            AssigneeId = Assignee is null or "" or "none" ? null : Assignee == "me" ? Actor.UserId : Assignee,
            Unassigned = Assignee == "none",
            Order = Order switch { "oldest" => AlertOrder.Oldest, "score" => AlertOrder.Score, _ => AlertOrder.Newest },
            Offset = (PageNumber - 1) * PageSize,
            Limit = PageSize,
        };
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Queue = await cordon.Store.QueryAlertsAsync(OrganisationId, BuildQuery(), cancellationToken);
        Counts = await cordon.Store.CountAlertsAsync(OrganisationId, cancellationToken);
        Assignees = await LoadAssigneesAsync(cancellationToken);
        var cases = new Dictionary<long, long>();
        foreach (var alert in Queue.Alerts.Where(a => a.State == AlertState.InCase))
        {
            var found = await cordon.Store.GetCasesBySourceAsync(OrganisationId, CaseSourceKind.Alert, alert.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
            if (found.Count > 0)
            {
                cases[alert.Id] = found[0].Id;
            }
        }

        CaseOfAlert = cases;
    }

    private async Task<IReadOnlyList<UserAccount>> LoadAssigneesAsync(CancellationToken cancellationToken) =>
        [.. (await accounts.GetUsersAsync(HttpContext.Actor(), OrganisationId, cancellationToken))
            .Where(u => !u.Disabled && (u.Role == CordonRoles.Admin || u.Role == CordonRoles.Analyst))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
}
