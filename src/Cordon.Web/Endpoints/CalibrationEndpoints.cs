using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Risk;
using Cordon.Risk.Calibration;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Endpoints;

/// <summary>
/// Calibration from decisions over REST (the same as Risk → Calibration and <c>cordon risk calibrate</c>): the report and
/// the shadow comparison for the organisation's admins, analysts and API clients; fitting and adopting weights for its
/// admins only, each audited in the same transaction as the change. Every call names the caller's organisation: another
/// organisation's weights are never read (a version of theirs is 404).
/// </summary>
public static class CalibrationEndpoints
{
    /// <summary>Maps <c>/api/risk/calibration</c>.</summary>
    public static void MapCalibrationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/risk/calibration").WithTags("Risk calibration");

        group.MapGet("/", async (CordonServices cordon, HttpContext context, CancellationToken ct) =>
                Results.Ok(CalibrationReportResponse.From(await cordon.Calibration.ReportAsync(context.Organisation(), ct))))
            .RequireAuthorization(CordonPolicies.Write)
            .WithSummary("The organisation's calibration report: the weights in force and in shadow, its decided cases, recall and false alarms on them before and after, every rule's points in force and in shadow, and the applicants whose level the shadow weights would change.");

        group.MapGet("/models", async (CordonServices cordon, HttpContext context, CancellationToken ct) =>
                Results.Ok((await cordon.Store.GetRiskModelsAsync(context.Organisation(), ct)).Select(RiskModelResponse.From).ToList()))
            .RequireAuthorization(CordonPolicies.Write)
            .WithSummary("Every version of the organisation's fitted weights (shadow, adopted, retired, discarded), newest first.");

        group.MapPost("/fit", async (CalibrationFitRequest? request, CordonServices cordon, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                var floor = request?.Floor ?? WeightFitter.DefaultFloor;
                if (double.IsNaN(floor) || floor is < 0 or > 1)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "floor must be between 0 and 1 (the least share of its weight in force a rule keeps).");
                }

                var actor = context.Actor();
                var fit = await cordon.Calibration.FitAsync(
                    context.Organisation(),
                    actor.UserName ?? actor.UserId ?? "api",
                    model => audit.Entry(actor, AuditActions.RiskWeightsFit, targetType: "risk-weights", targetId: model.Version, details: new { decisions = model.Decisions, fraud = model.Fraud }),
                    floor,
                    ct);
                return fit.Stored is null
                    ? ListEndpoints.Problem(StatusCodes.Status422UnprocessableEntity, fit.Result.Message)
                    : Results.Created("/api/risk/calibration/models", RiskModelResponse.From(fit.Stored));
            })
            .RequireAuthorization(CordonPolicies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Fits the organisation's weights from its decided cases and keeps them in shadow mode (audited); 422 with the reason when there are too few decisions of either kind.");

        group.MapPost("/adopt", async (CalibrationAdoptRequest request, CordonServices cordon, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.Version))
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "version is required: the shadow weights to adopt, e.g. cordon-risk-v3+org-2026-12-03.");
                }

                var actor = context.Actor();
                var adopted = await cordon.Calibration.AdoptAsync(
                    context.Organisation(),
                    request.Version,
                    actor.UserName ?? actor.UserId ?? "api",
                    audit.Entry(actor, AuditActions.RiskWeightsAdopt, targetType: "risk-weights", targetId: request.Version),
                    ct);
                if (!adopted)
                {
                    return ListEndpoints.Problem(StatusCodes.Status404NotFound, $"No shadow weights '{request.Version}' in this organisation.");
                }

                var models = await cordon.Store.GetRiskModelsAsync(context.Organisation(), ct);
                return Results.Ok(RiskModelResponse.From(models.First(m => m.Version == request.Version)));
            })
            .RequireAuthorization(CordonPolicies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Adopts the organisation's shadow weights of a version (audited): its assessments use them from now on; the weights adopted before are retired.");
    }
}

/// <summary>The body of <c>POST /api/risk/calibration/fit</c>.</summary>
/// <param name="Floor">Least share (0–1) of its weight in force each rule keeps; default 0.5.</param>
public sealed record CalibrationFitRequest(double? Floor);

/// <summary>The body of <c>POST /api/risk/calibration/adopt</c>.</summary>
/// <param name="Version">The shadow version to adopt.</param>
public sealed record CalibrationAdoptRequest(string Version);

/// <summary>One version of an organisation's weights, without its configuration text.</summary>
/// <param name="Version">The version, e.g. <c>cordon-risk-v3+org-2026-12-03</c>.</param>
/// <param name="Status">shadow, adopted, retired or discarded.</param>
/// <param name="Decisions">Decided cases it was fitted on.</param>
/// <param name="Fraud">Of which fraud.</param>
/// <param name="Summary">One line on the fit.</param>
/// <param name="CreatedAt">When it was fitted.</param>
/// <param name="CreatedBy">Who fitted it.</param>
/// <param name="AdoptedAt">When it was adopted, if it was.</param>
/// <param name="AdoptedBy">Who adopted it.</param>
public sealed record RiskModelResponse(string Version, string Status, int Decisions, int Fraud, string Summary, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? AdoptedAt, string? AdoptedBy)
{
    /// <summary>The response for a stored model.</summary>
    public static RiskModelResponse From(RiskModelRecord model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(model.Version, model.Status.ToString().ToLowerInvariant(), model.Decisions, model.Fraud, model.Summary, model.CreatedAt, model.CreatedBy, model.AdoptedAt, model.AdoptedBy);
    }
}

/// <summary>A rule's points under the weights in force and in shadow.</summary>
/// <param name="Code">Rule code.</param>
/// <param name="InForce">Points in force.</param>
/// <param name="Shadow">Points in shadow.</param>
/// <param name="Difference">Shadow minus in force.</param>
/// <param name="HeldAtFloor">True when the fit held the rule at its floor.</param>
public sealed record RuleWeightResponse(string Code, double InForce, double Shadow, double Difference, bool HeldAtFloor);

/// <summary>Decided cases under the weights in force and in shadow.</summary>
/// <param name="Fraud">Cases decided as fraud.</param>
/// <param name="Cleared">Cases cleared.</param>
/// <param name="RecallBefore">Share of fraud flagged (high or critical) in force.</param>
/// <param name="RecallAfter">The same in shadow.</param>
/// <param name="FalseAlarmsBefore">Share of cleared cases flagged in force.</param>
/// <param name="FalseAlarmsAfter">The same in shadow.</param>
/// <param name="LevelChanges">Decided cases whose level would change.</param>
public sealed record DecidedFiguresResponse(int Fraud, int Cleared, double RecallBefore, double RecallAfter, double FalseAlarmsBefore, double FalseAlarmsAfter, int LevelChanges);

/// <summary>An applicant whose level differs between the weights in force and in shadow.</summary>
/// <param name="RecordId">The record.</param>
/// <param name="ScoreInForce">Score in force.</param>
/// <param name="LevelInForce">Level in force.</param>
/// <param name="ScoreShadow">Score in shadow.</param>
/// <param name="LevelShadow">Level in shadow.</param>
/// <param name="Fraud">The decision, for decided cases (true = fraud, false = cleared); null for new assessments.</param>
public sealed record LevelChangeResponse(string RecordId, int ScoreInForce, string LevelInForce, int ScoreShadow, string LevelShadow, bool? Fraud);

/// <summary>The calibration report of <c>GET /api/risk/calibration</c>.</summary>
/// <param name="InForce">Version of the weights in force.</param>
/// <param name="Adopted">The adopted organisation model, if any.</param>
/// <param name="Shadow">The shadow model, if any.</param>
/// <param name="DecidedCases">Decided cases of the organisation.</param>
/// <param name="UsableDecisions">Of which usable (paired with an assessment under known weights).</param>
/// <param name="UnknownVersions">Versions of weights no longer known that some decisions were made under.</param>
/// <param name="Decided">Recall and false alarms on the decided cases, in force and in shadow; null without shadow weights.</param>
/// <param name="DecidedChanges">Decided cases whose level would change.</param>
/// <param name="Weights">Every rule's points in force and in shadow (only with shadow weights).</param>
/// <param name="ShadowScored">New assessments scored in shadow.</param>
/// <param name="ShadowChanges">Applicants (their newest assessment) whose level the shadow weights would change.</param>
public sealed record CalibrationReportResponse(
    string InForce,
    RiskModelResponse? Adopted,
    RiskModelResponse? Shadow,
    int DecidedCases,
    int UsableDecisions,
    IReadOnlyList<string> UnknownVersions,
    DecidedFiguresResponse? Decided,
    IReadOnlyList<LevelChangeResponse> DecidedChanges,
    IReadOnlyList<RuleWeightResponse> Weights,
    int ShadowScored,
    IReadOnlyList<LevelChangeResponse> ShadowChanges)
{
    /// <summary>The response for a report.</summary>
    public static CalibrationReportResponse From(CalibrationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var held = report.HeldAtFloor.ToHashSet(StringComparer.Ordinal);
        var figures = report.Figures is { } f
            ? new DecidedFiguresResponse(f.Fraud, f.Cleared, f.RecallBefore, f.RecallAfter, f.FalseAlarmsBefore, f.FalseAlarmsAfter, f.LevelChanges)
            : null;
        return new(
            report.Weights.InForce.Version,
            report.Weights.Adopted is { } adopted ? RiskModelResponse.From(adopted) : null,
            report.Weights.Shadow is { } shadow ? RiskModelResponse.From(shadow) : null,
            report.Cases.Decided,
            report.Cases.Usable.Count,
            report.Cases.UnknownVersions,
            figures,
            report.DecidedChanges.Select(c => new LevelChangeResponse(c.RecordId, c.ScoreBefore, RiskLevels.ToText(c.LevelBefore), c.ScoreAfter, RiskLevels.ToText(c.LevelAfter), c.Fraud)).ToList(),
            report.WeightChanges.Select(w => new RuleWeightResponse(w.Code, w.InForce, w.Candidate, w.Difference, held.Contains(w.Code))).ToList(),
            report.ShadowScored,
            report.ShadowChanges.Select(s => new LevelChangeResponse(s.RecordId, s.InForceScore, s.InForceLevel, s.ShadowScore, s.ShadowLevel, null)).ToList());
    }
}
