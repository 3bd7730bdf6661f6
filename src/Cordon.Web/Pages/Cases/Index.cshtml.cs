using Cordon.Cases;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Cases;

/// <summary>The organisation's cases, and opening a case from an alert, an assessment or by hand.</summary>
public sealed class IndexModel(CordonServices cordon, CaseService cases) : WorkspacePageModel
{
    /// <summary>State filter (open, escalated, closed) or null for all.</summary>
    [BindProperty(SupportsGet = true)]
    public CaseState? State { get; set; }

    /// <summary>The cases shown.</summary>
    public IReadOnlyList<CaseRecord> Cases { get; private set; } = [];

    /// <summary>Lists cases.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cases = await cases.ListAsync(Actor, State, cancellationToken: cancellationToken);

    /// <summary>Opens (or returns the open) case of one of the organisation's alerts.</summary>
    public async Task<IActionResult> OnPostAlertAsync(long alertId, CancellationToken cancellationToken)
    {
        var alert = await cordon.Store.GetAlertAsync(OrganisationId, alertId, cancellationToken);
        if (alert is null)
        {
            return NotFound();
        }

        var result = await OpenAsync(CaseSourceKind.Alert, alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CaseTitles.ForAlert(alert), cancellationToken);
        if (opened is { } caseId && alert.State != AlertState.InCase)
        {
            // The queue shows the alert as being worked in its case; the case carries the decision from here.
            await cordon.Triage.ChangeStateAsync(OrganisationId, [alert.Id], AlertState.InCase, "case #" + caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), UserName, cancellationToken: cancellationToken);
        }

        return result;
    }

    private long? opened;

    /// <summary>Opens (or returns the open) case of one of the organisation's assessed records.</summary>
    public async Task<IActionResult> OnPostAssessmentAsync(string recordId, CancellationToken cancellationToken)
    {
        var assessment = await cordon.Store.GetAssessmentAsync(OrganisationId, recordId, cancellationToken);
        if (assessment is null)
        {
            return NotFound();
        }

        return await OpenAsync(CaseSourceKind.Assessment, assessment.RecordId, CaseTitles.ForAssessment(assessment), cancellationToken);
    }

    /// <summary>Opens a case by hand.</summary>
    public async Task<IActionResult> OnPostManualAsync(string? title, string? reference, CancellationToken cancellationToken)
    {
        var source = string.IsNullOrWhiteSpace(reference) ? "manual-" + Guid.NewGuid().ToString("N")[..8] : reference;
        return await OpenAsync(CaseSourceKind.Manual, source, title ?? string.Empty, cancellationToken);
    }

    private async Task<IActionResult> OpenAsync(CaseSourceKind kind, string sourceId, string title, CancellationToken cancellationToken)
    {
        try
        {
            var found = await cases.OpenAsync(Actor, kind, sourceId, title[..Math.Min(title.Length, CaseWorkflow.MaxTitleLength)], null, cancellationToken);
            opened = found.Id;
            await AuditAsync(WorkspaceAuditActions.CaseOpen, "case", found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { source = kind.ToString().ToLowerInvariant(), sourceId }, cancellationToken);
            return RedirectToPage("/Cases/Case", new { id = found.Id });
        }
        catch (CaseRuleException e)
        {
            ErrorMessage = e.Message;
            await OnGetAsync(cancellationToken);
            return Page();
        }
    }
}
