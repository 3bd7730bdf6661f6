using System.Globalization;
using Cordon.Cases;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Security;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Pages.Alerts;

/// <summary>One alert with its evidence (customer and entry, or indicator and the record's values), its case, and its decision.</summary>
public sealed class AlertModel(CordonServices cordon) : WorkspacePageModel
{
    /// <summary>The alert and what it is about.</summary>
    public AlertEvidence Evidence { get; private set; } = null!;

    /// <summary>Cases opened from it, newest first.</summary>
    public IReadOnlyList<CaseRecord> Cases { get; private set; } = [];

    /// <summary>Shows the alert.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Marks it a false positive, clears it, or puts it back as new, with a reason.</summary>
    public async Task<IActionResult> OnPostStateAsync(long id, string? action, string? reason, CancellationToken cancellationToken)
    {
        if (await cordon.Store.GetAlertAsync(OrganisationId, id, cancellationToken) is null)
        {
            return NotFound();
        }

        var state = action switch { "false-positive" => AlertState.FalsePositive, "clear" => AlertState.Cleared, "reopen" => AlertState.New, _ => (AlertState?)null };
        try
        {
            if (state is null)
            {
                throw new AlertTriageException("Choose an action.");
            }

            var auditLog = HttpContext.RequestServices.GetRequiredService<Cordon.Accounts.AuditLog>();
            var actor = HttpContext.Actor();
            await cordon.Triage.ChangeStateAsync(
                OrganisationId,
                [id],
                state.Value,
                reason,
                UserName,
                _ => auditLog.Entry(actor, WorkspaceAuditActions.AlertState, targetType: "alert", targetId: id.ToString(CultureInfo.InvariantCulture), details: new { state = IndexModel.Value(state.Value), reason, alerts = 1 }),
                cancellationToken);
            Flash = $"Alert {id}: {IndexModel.Describe(state.Value)}.";
            return RedirectToPage(new { id });
        }
        catch (AlertTriageException e)
        {
            await LoadAsync(id, cancellationToken);
            ErrorMessage = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var alert = await cordon.Store.GetAlertAsync(OrganisationId, id, cancellationToken);
        if (alert is null)
        {
            return false;
        }

        Evidence = await AlertEvidence.LoadAsync(cordon, OrganisationId, alert, cancellationToken);
        Cases = await cordon.Store.GetCasesBySourceAsync(OrganisationId, CaseSourceKind.Alert, id.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return true;
    }
}
