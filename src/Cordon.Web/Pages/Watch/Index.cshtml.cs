using Cordon.Accounts;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Cordon.Cases;

namespace Cordon.Web.Pages.Watch;

/// <summary>Customers under watch (re-screened on every list change) and the alerts they raised.</summary>
public sealed class IndexModel(CordonServices cordon, CaseService caseService) : WorkspacePageModel
{
    /// <summary>Subjects under watch.</summary>
    public IReadOnlyList<WatchSubject> Subjects { get; private set; } = [];

    /// <summary>Watch alerts shown here, newest first; the queue has them all.</summary>
    public const int LatestAlerts = 20;

    /// <summary>The latest watch alerts, newest first.</summary>
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    /// <summary>Watch alerts in all.</summary>
    public int AlertTotal { get; private set; }

    /// <summary>Alerts of every kind waiting in the queue as new.</summary>
    public int NewAlerts { get; private set; }

    /// <summary>Case ids by alert id, for alerts that already have a case.</summary>
    public IReadOnlyDictionary<string, long> CaseOfAlert { get; private set; } = new Dictionary<string, long>();

    /// <summary>A replacement waiting for the caller's confirmation, or null.</summary>
    public WatchReplacement? Pending { get; private set; }

    /// <summary>The current matches of the subject <see cref="Pending"/> would replace.</summary>
    public IReadOnlyList<WatchMatch> PendingMatches { get; private set; } = [];

    /// <summary>Shows subjects and alerts.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Adds one subject and screens it at once.</summary>
    /// <remarks>
    /// An id already under watch with other details is replaced only once the caller has seen the current and the new
    /// details side by side and confirmed (<paramref name="confirmReplace"/>).
    /// </remarks>
    public async Task<IActionResult> OnPostAddAsync(string? id, string? name, string? dateOfBirth, string? nationality, string? type, bool confirmReplace, CancellationToken cancellationToken)
    {
        if (!CanWork)
        {
            return Forbid();
        }

        var input = new SubjectInput { Name = name, DateOfBirth = dateOfBirth, Nationality = nationality, Type = type };
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200)
        {
            ErrorMessage = "A customer id (up to 200 characters) is required.";
        }
        else if (!input.TryCreate(out var subject, out var error))
        {
            ErrorMessage = "Cannot watch: " + error + ".";
        }
        else
        {
            var proposed = new WatchSubject(id.Trim(), subject, cordon.Time.GetUtcNow());
            var replacements = await WatchReplacement.FindAsync(cordon.Store, OrganisationId, [proposed], cancellationToken);
            var replacement = replacements.Count > 0 ? replacements[0] : null;
            if (replacement is not null && !confirmReplace)
            {
                Pending = replacement;
                PendingMatches = await cordon.Store.GetWatchMatchesAsync(OrganisationId, proposed.Id, cancellationToken);
                await LoadAsync(cancellationToken);
                return Page();
            }

            var alerts = await cordon.WatchList.AddAsync(OrganisationId, [proposed], cancellationToken);
            await AuditAsync(AuditActions.WatchAdd, "watch-subject", proposed.Id, new { replaced = replacement is not null, alerts = alerts.Count }, cancellationToken);
            Flash = replacement is null
                ? $"{proposed.Id} is under watch; {alerts.Count} alert(s) raised."
                : $"{proposed.Id} replaced ({replacement.Describe()}); {alerts.Count} alert(s) raised.";
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Subjects = await cordon.Store.GetWatchSubjectsAsync(OrganisationId, cancellationToken);
        var latest = await cordon.Store.QueryAlertsAsync(OrganisationId, new AlertQuery { Kinds = [AlertKind.NewMatch, AlertKind.RemovedMatch], Limit = LatestAlerts }, cancellationToken);
        Alerts = latest.Alerts;
        AlertTotal = latest.Total;
        NewAlerts = (await cordon.Store.CountAlertsAsync(OrganisationId, cancellationToken)).Where(c => c.State == AlertState.New).Sum(c => c.Count);
        var cases = await caseService.ListAsync(Actor, cancellationToken: cancellationToken);
        CaseOfAlert = cases.Where(c => c.SourceKind == CaseSourceKind.Alert)
            .GroupBy(c => c.SourceId)
            .ToDictionary(g => g.Key, g => g.Max(c => c.Id));
    }
}
