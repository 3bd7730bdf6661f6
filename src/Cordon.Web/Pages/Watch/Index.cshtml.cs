using Cordon.Accounts;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Watch;

/// <summary>Customers under watch (re-screened on every list change) and the alerts they raised.</summary>
public sealed class IndexModel(CordonServices cordon) : WorkspacePageModel
{
    /// <summary>Subjects under watch.</summary>
    public IReadOnlyList<WatchSubject> Subjects { get; private set; } = [];

    /// <summary>Alerts, newest first.</summary>
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    /// <summary>Case ids by alert id, for alerts that already have a case.</summary>
    public IReadOnlyDictionary<string, long> CaseOfAlert { get; private set; } = new Dictionary<string, long>();

    /// <summary>Shows subjects and alerts.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Adds one subject and screens it at once.</summary>
    public async Task<IActionResult> OnPostAddAsync(string? id, string? name, string? dateOfBirth, string? nationality, string? type, CancellationToken cancellationToken)
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
            var alerts = await cordon.WatchList.AddAsync(OrganisationId, [new WatchSubject(id.Trim(), subject, cordon.Time.GetUtcNow())], cancellationToken);
            await AuditAsync(AuditActions.WatchAdd, "watch-subject", id.Trim(), new { alerts = alerts.Count }, cancellationToken);
            Flash = $"{id.Trim()} is under watch; {alerts.Count} alert(s) raised.";
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Subjects = await cordon.Store.GetWatchSubjectsAsync(OrganisationId, cancellationToken);
        Alerts = (await cordon.Store.GetAlertsAsync(OrganisationId, cancellationToken: cancellationToken)).Take(500).ToList();
        var cases = await cordon.Store.GetCasesAsync(OrganisationId, cancellationToken: cancellationToken);
        CaseOfAlert = cases.Where(c => c.SourceKind == CaseSourceKind.Alert)
            .GroupBy(c => c.SourceId)
            .ToDictionary(g => g.Key, g => g.Max(c => c.Id));
    }
}
