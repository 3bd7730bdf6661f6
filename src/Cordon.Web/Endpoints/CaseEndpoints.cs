using System.Globalization;
using Cordon.Accounts;
using Cordon.Cases;
using Cordon.Core;
using Cordon.Core.Access;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Security;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Endpoints;

/// <summary>
/// Cases through the REST API: the same use cases as the workspace's case pages (<see cref="CaseService"/>), the same roles
/// (reviewers read and comment; admins and analysts open, annotate and decide) and the same organisation isolation (another
/// organisation's case is "not found"). Every change names the case version it was made on and is audited in its own
/// transaction, as from the pages.
/// </summary>
public static class CaseEndpoints
{
    /// <summary>Most cases one list call returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Maps <c>/api/cases</c>.</summary>
    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases");

        cases.MapGet("/", async (string? state, int? limit, CaseService service, HttpContext context, CancellationToken ct) =>
            {
                if (limit is < 1 or > MaxLimit)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"limit must be between 1 and {MaxLimit}.");
                }

                CaseState? only = null;
                if (!string.IsNullOrEmpty(state))
                {
                    if (!Enum.TryParse<CaseState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                    {
                        return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"state must be one of {string.Join(", ", Enum.GetNames<CaseState>().Select(n => n.ToLowerInvariant()))}; '{state}' is not.");
                    }

                    only = parsed;
                }

                return Results.Ok(await service.ListAsync(Actor(context), only, limit ?? 100, ct));
            })
            .Produces<IReadOnlyList<CaseRecord>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("The organisation's cases, most recently changed first; optionally in one state (open, escalated, closed).");

        cases.MapGet("/{id:long}", async (long id, CaseService service, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                var found = await service.GetAsync(Actor(context), id, ct);
                if (found is not { } value)
                {
                    return NoSuchCase(id);
                }

                await audit.RecordAsync(context.Actor(), WorkspaceAuditActions.CaseView, targetType: "case", targetId: Key(id), cancellationToken: ct);
                return Results.Ok(new CaseDetail(value.Case, value.History));
            })
            .Produces<CaseDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One case with its whole history (files are listed with their SHA-256, not their content).");

        cases.MapPost("/", async (OpenCaseRequest request, CaseService service, CordonServices cordon, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (request is null)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "The body must be a JSON object: {\"alertId\": 4}, {\"recordId\": \"app-7\"} or {\"title\": \"…\"}.");
                }

                var organisation = context.Organisation();
                CaseSourceKind kind;
                string sourceId, title;
                if (request.AlertId is { } alertId)
                {
                    if (await cordon.Store.GetAlertAsync(organisation, alertId, ct) is not { } alert)
                    {
                        return ListEndpoints.Problem(StatusCodes.Status404NotFound, $"No alert {alertId}.");
                    }

                    (kind, sourceId, title) = (CaseSourceKind.Alert, Key(alert.Id), CaseTitles.ForAlert(alert));
                }
                else if (!string.IsNullOrWhiteSpace(request.RecordId))
                {
                    if (await cordon.Store.GetAssessmentAsync(organisation, request.RecordId, ct) is not { } assessment)
                    {
                        return ListEndpoints.Problem(StatusCodes.Status404NotFound, $"No assessed record '{request.RecordId}'.");
                    }

                    (kind, sourceId, title) = (CaseSourceKind.Assessment, assessment.RecordId, CaseTitles.ForAssessment(assessment));
                }
                else
                {
                    (kind, sourceId, title) = (CaseSourceKind.Manual, string.IsNullOrWhiteSpace(request.Reference) ? "manual-" + Guid.NewGuid().ToString("N")[..8] : request.Reference.Trim(), request.Title ?? string.Empty);
                }

                try
                {
                    var opened = await service.OpenAsync(Actor(context), kind, sourceId, title[..Math.Min(title.Length, CaseWorkflow.MaxTitleLength)], request.Note, ct);
                    if (request.AlertId is { } fromAlert && (await cordon.Store.GetAlertAsync(organisation, fromAlert, ct))?.State != AlertState.InCase)
                    {
                        // As from the case page: the queue shows the alert as worked in its case, which carries the decision from here.
                        await cordon.Triage.ChangeStateAsync(organisation, [fromAlert], AlertState.InCase, "case #" + Key(opened.Id), Actor(context).UserName, cancellationToken: ct);
                    }

                    await audit.RecordAsync(context.Actor(), WorkspaceAuditActions.CaseOpen, targetType: "case", targetId: Key(opened.Id), details: new { source = kind.ToString().ToLowerInvariant(), sourceId }, cancellationToken: ct);
                    return Results.Created($"/api/cases/{Key(opened.Id)}", opened);
                }
                catch (CaseRuleException e)
                {
                    return Refused(e);
                }
            })
            .RequireAuthorization(CordonPolicies.Write)
            .Produces<CaseRecord>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Opens a case from an alert (alertId), an assessed record (recordId) or by hand (title, optional reference and note). While a case of the same alert or record is not closed, that case is returned instead of a second one.");

        cases.MapPost("/{id:long}/comments", (long id, CaseCommentRequest request, CaseService service, HttpContext context, CancellationToken ct) =>
                ChangeAsync(context, id, request?.Version, WorkspaceAuditActions.CaseComment, (actor, version, audit) => service.CommentAsync(actor, id, version, request!.Text ?? string.Empty, audit, ct)))
            .Produces<CaseRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Comments on a case (reviewers too). `version` is the case version the comment was written against: 409 when the case changed since.");

        cases.MapPost("/{id:long}/notes", (long id, CaseNoteRequest request, CaseService service, HttpContext context, CancellationToken ct) =>
                ChangeAsync(context, id, request?.Version, WorkspaceAuditActions.CaseAttach, (actor, version, audit) => service.AttachNoteAsync(actor, id, version, request!.Title ?? string.Empty, request.Note ?? string.Empty, audit, ct)))
            .RequireAuthorization(CordonPolicies.Write)
            .Produces<CaseRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Attaches a note (title and text) to a case as evidence.");

        cases.MapPost("/{id:long}/decision", (long id, CaseDecisionRequest request, CaseService service, HttpContext context, CancellationToken ct) =>
                request?.Decision is not { } decision
                    ? Task.FromResult(ListEndpoints.Problem(StatusCodes.Status400BadRequest, "decision is required: cleared, rejected, reported or escalated."))
                    : ChangeAsync(context, id, request.Version, WorkspaceAuditActions.CaseDecide, (actor, version, audit) => service.DecideAsync(actor, id, version, decision, request.Reason ?? string.Empty, audit, ct)))
            .RequireAuthorization(CordonPolicies.Write)
            .Produces<CaseRecord>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Records a decision with its reason: cleared, rejected or reported close the case; escalated hands it to an admin, who alone decides it then.");

        cases.MapPost("/{id:long}/reopen", (long id, CaseReopenRequest request, CaseService service, HttpContext context, CancellationToken ct) =>
                ChangeAsync(context, id, request?.Version, WorkspaceAuditActions.CaseReopen, (actor, version, audit) => service.ReopenAsync(actor, id, version, request!.Reason ?? string.Empty, audit, ct)))
            .RequireAuthorization(CordonPolicies.Write)
            .Produces<CaseRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Reopens a decided case, with a reason.");
    }

    private static async Task<IResult> ChangeAsync(HttpContext context, long id, int? version, string action, Func<CaseActor, int, Func<CaseRecord, AuditEntry>, Task<CaseRecord>> change)
    {
        if (version is not { } expected)
        {
            return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "version is required: the case version (from GET /api/cases/{id}) the change was made against.");
        }

        var auditLog = context.RequestServices.GetRequiredService<AuditLog>();
        var caller = context.Actor();
        try
        {
            // The audit entry is written in the change's own transaction, as from the case page.
            var changed = await change(Actor(context), expected, updated => auditLog.Entry(
                caller,
                action,
                targetType: "case",
                targetId: Key(id),
                details: new { state = updated.State.ToString().ToLowerInvariant(), decision = updated.Decision?.ToString().ToLowerInvariant() }));
            return Results.Ok(changed);
        }
        catch (CaseNotFoundException)
        {
            return NoSuchCase(id);
        }
        catch (CaseConflictException e)
        {
            return ListEndpoints.Problem(StatusCodes.Status409Conflict, e.Message);
        }
        catch (CaseRuleException e)
        {
            return Refused(e);
        }
    }

    private static IResult Refused(CaseRuleException e) => ListEndpoints.Problem(StatusCodes.Status422UnprocessableEntity, e.Message);

    private static CaseActor Actor(HttpContext context) =>
        CaseActor.FromClaims(context.User) ?? throw new InvalidOperationException("An authorised caller without a user or organisation claim.");

    private static IResult NoSuchCase(long id) => ListEndpoints.Problem(StatusCodes.Status404NotFound, $"No case {Key(id)}.");

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A case with its history, oldest event first.</summary>
/// <param name="Case">The case as it is now.</param>
/// <param name="History">Every event, oldest first.</param>
public sealed record CaseDetail(CaseRecord Case, IReadOnlyList<CaseEvent> History);

/// <summary>What to open a case from: one of an alert, an assessed record, or a title of one's own.</summary>
/// <param name="AlertId">An alert of the organisation.</param>
/// <param name="RecordId">An assessed record of the organisation.</param>
/// <param name="Title">The title of a case opened by hand.</param>
/// <param name="Reference">An outside reference of a case opened by hand (a ticket number); one is made up when absent.</param>
/// <param name="Note">A first note.</param>
public sealed record OpenCaseRequest(long? AlertId, string? RecordId, string? Title, string? Reference, string? Note);

/// <summary>A comment.</summary>
/// <param name="Version">The case version it was written against.</param>
/// <param name="Text">The comment.</param>
public sealed record CaseCommentRequest(int? Version, string? Text);

/// <summary>A note attached as evidence.</summary>
/// <param name="Version">The case version it was written against.</param>
/// <param name="Title">Its title.</param>
/// <param name="Note">Its text.</param>
public sealed record CaseNoteRequest(int? Version, string? Title, string? Note);

/// <summary>A decision.</summary>
/// <param name="Version">The case version it was made against.</param>
/// <param name="Decision">cleared, rejected, reported or escalated.</param>
/// <param name="Reason">Why: required.</param>
public sealed record CaseDecisionRequest(int? Version, CaseDecision? Decision, string? Reason);

/// <summary>A reopening.</summary>
/// <param name="Version">The case version it was made against.</param>
/// <param name="Reason">Why: required.</param>
public sealed record CaseReopenRequest(int? Version, string? Reason);
