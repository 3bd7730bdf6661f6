using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Endpoints;
using Cordon.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Operations;

/// <summary>
/// Subject access and erasure requests for one applicant or customer record id, within the caller's organisation. Admins only;
/// both are written to the audit log (the erasure itself, with what went, but none of the erased data).
/// </summary>
public static class RecordEndpoints
{
    /// <summary>Audit action of an export of one record's data.</summary>
    public const string ExportAction = "record.export";

    /// <summary>Audit action of an erasure of one record's data.</summary>
    public const string EraseAction = "record.erase";

    /// <summary>Maps <c>GET</c> and <c>DELETE /api/records/{id}</c>.</summary>
    public static void MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/records").WithTags("Personal data").RequireAuthorization(CordonPolicies.Admin);
        group.MapGet("/{id}", async (string id, CordonServices cordon, AuditLog audit, HttpContext http, CancellationToken ct) =>
            {
                var export = await ExportAsync(cordon, audit, http.Actor(), http.Organisation(), id, ct);
                if (export.IsEmpty)
                {
                    return ListEndpoints.Problem(StatusCodes.Status404NotFound, $"Nothing is stored about record '{id}'.");
                }

                http.Response.ContentType = "application/json; charset=utf-8";
                await PersonalRecordJson.WriteAsync(http.Response.Body, export, cordon.Time.GetUtcNow(), ct);
                return Results.Empty;
            })
            .WithSummary("Everything the organisation stores about a record id (subject access request): records as submitted, assessments, watch subject, matches, alerts, cases with their history and evidence, network membership.");

        group.MapDelete("/{id}", async (string id, CordonServices cordon, AuditLog audit, HttpContext http, CancellationToken ct) =>
            {
                var erased = await EraseAsync(cordon, audit, http.Actor(), http.Organisation(), id, ct);
                return erased.Total == 0
                    ? ListEndpoints.Problem(StatusCodes.Status404NotFound, $"Nothing is stored about record '{id}'.")
                    : Results.Ok(erased);
            })
            .WithSummary("Erases everything the organisation stores about a record id, in one transaction, and says what went.");
    }

    /// <summary>
    /// Everything <paramref name="organisationId"/> stores about a record id, with the export audited (counts only, never the
    /// data); nothing is audited when nothing is stored. The REST API and the command line both export through here.
    /// </summary>
    public static async Task<PersonalRecordExport> ExportAsync(CordonServices cordon, AuditLog audit, Actor actor, string organisationId, string recordId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cordon);
        ArgumentNullException.ThrowIfNull(audit);
        var export = await cordon.Store.ExportRecordAsync(organisationId, recordId, cancellationToken);
        if (!export.IsEmpty)
        {
            await audit.RecordAsync(
                actor,
                ExportAction,
                targetType: "record",
                targetId: recordId,
                details: new { assessments = export.Assessments.Count, watched = export.WatchSubject is not null, alerts = export.Alerts.Count, cases = export.Cases.Count, networkMemberships = export.NetworkMemberships.Count },
                organisationId: organisationId,
                cancellationToken: cancellationToken);
        }

        return export;
    }

    /// <summary>
    /// Erases everything <paramref name="organisationId"/> stores about a record id and audits what went (never the erased
    /// data itself); nothing is audited when nothing was stored. The REST API and the command line both erase through here.
    /// </summary>
    public static async Task<RecordErasure> EraseAsync(CordonServices cordon, AuditLog audit, Actor actor, string organisationId, string recordId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cordon);
        ArgumentNullException.ThrowIfNull(audit);
        var erased = await cordon.Store.EraseRecordAsync(organisationId, recordId, cancellationToken);
        if (erased.Total > 0)
        {
            await audit.RecordAsync(
                actor,
                EraseAction,
                targetType: "record",
                targetId: recordId,
                details: new { erased.Assessments, erased.WatchSubjects, erased.Matches, erased.Alerts, erased.Cases, erased.NetworkMemberships, erased.RedactedReferences },
                organisationId: organisationId,
                cancellationToken: cancellationToken);
        }

        return erased;
    }
}
