using Cordon.Accounts;
using Cordon.Risk.Calibration;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Security;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Pages.Risk;

/// <summary>
/// Risk → Calibration, for the organisation's admins: its decided cases, the weights fitted from them in shadow against
/// those in force, what they would change, and the Fit and Adopt actions (audited). Another organisation's weights are
/// never read: every call names the caller's organisation.
/// </summary>
public sealed class CalibrationModel(CordonServices cordon) : WorkspacePageModel
{
    /// <summary>The shadow report (weights, decided cases, changes).</summary>
    public CalibrationReport Report { get; private set; } = null!;

    /// <summary>Every version of the organisation's weights, newest first.</summary>
    public IReadOnlyList<RiskModelRecord> Models { get; private set; } = [];

    /// <summary>Shows the report.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Fits the organisation's weights from its decided cases and keeps them in shadow mode.</summary>
    public async Task<IActionResult> OnPostFitAsync(CancellationToken cancellationToken)
    {
        var audit = HttpContext.RequestServices.GetRequiredService<AuditLog>();
        var actor = HttpContext.Actor();
        var fit = await cordon.Calibration.FitAsync(
            OrganisationId,
            UserName,
            model => audit.Entry(actor, AuditActions.RiskWeightsFit, targetType: "risk-weights", targetId: model.Version, details: new { decisions = model.Decisions, fraud = model.Fraud }),
            cancellationToken: cancellationToken);
        if (fit.Stored is null)
        {
            ErrorMessage = fit.Result.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Flash = $"{fit.Stored.Summary} In shadow mode: new assessments are scored with it too; nothing is decided by it until adopted.";
        return RedirectToPage();
    }

    /// <summary>Adopts the shadow weights of <paramref name="version"/>, once the admin confirmed it.</summary>
    public async Task<IActionResult> OnPostAdoptAsync(string? version, bool confirm, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(version) || !confirm)
        {
            ErrorMessage = "Tick the confirmation to adopt: the organisation's assessments then use these weights.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        var audit = HttpContext.RequestServices.GetRequiredService<AuditLog>();
        var adopted = await cordon.Calibration.AdoptAsync(
            OrganisationId,
            version,
            UserName,
            audit.Entry(HttpContext.Actor(), AuditActions.RiskWeightsAdopt, targetType: "risk-weights", targetId: version),
            cancellationToken);
        if (!adopted)
        {
            return NotFound();
        }

        Flash = $"Adopted {version}: this organisation's assessments use these weights from now on.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Report = await cordon.Calibration.ReportAsync(OrganisationId, cancellationToken);
        Models = await cordon.Store.GetRiskModelsAsync(OrganisationId, cancellationToken);
    }
}
