using Cordon.Assessments;
using System.Text.Json;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Screening;
using Cordon.Web.Security;
using Cordon.Web.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Endpoints;

/// <summary>Risk assessment of applicant and account records (the application record schema), stored with their results.</summary>
public static class AssessmentEndpoints
{
    /// <summary>Most records in one batch request; larger batches belong to the <c>cordon assess</c> command.</summary>
    public const int MaxBatchSize = 10_000;

    /// <summary>Maps <c>/api/assessments</c>.</summary>
    public static void MapAssessmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessments").WithTags("Risk assessments");
        group.MapPost("/", async (JsonElement record, CordonServices cordon, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (RawText(record) is not { } text)
                {
                    return NotUtf8();
                }

                var outcome = (await cordon.Assessments.AssessAsync(context.Organisation(), [text], store: true, ct))[0];
                if (outcome.Assessment is not null)
                {
                    await audit.RecordAsync(context.Actor(), AuditActions.AssessmentStore, targetType: "assessment", targetId: outcome.Assessment.Id, details: new { stored = 1 }, cancellationToken: ct);
                }

                return outcome.Assessment is null
                    ? Results.ValidationProblem(
                        outcome.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()),
                        detail: "The record does not follow the application record schema.")
                    : Results.Text(AssessmentJson.Serialize(outcome.Assessment), "application/json; charset=utf-8");
            })
            .Accepts<JsonElement>("application/json")
            .RequireAuthorization(CordonPolicies.Write)
            .WithSummary("Assesses one application record against the DPRK IT-worker red flags and stores the result.");

        group.MapPost("/batch", async (JsonElement body, CordonServices cordon, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (body.ValueKind != JsonValueKind.Array)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "The body must be a JSON array of application records.");
                }

                if (body.GetArrayLength() > MaxBatchSize)
                {
                    return ListEndpoints.Problem(StatusCodes.Status413PayloadTooLarge, $"A batch holds at most {MaxBatchSize} records; this one has {body.GetArrayLength()}.");
                }

                var records = body.EnumerateArray().Select(RawText).ToList();
                if (records.Any(r => r is null))
                {
                    return NotUtf8();
                }

                var outcomes = await cordon.Assessments.AssessAsync(context.Organisation(), records!, store: true, ct);
                var stored = outcomes.Count(o => o.Assessment is not null);
                await audit.RecordAsync(context.Actor(), AuditActions.AssessmentStore, targetType: "assessment", details: new { records = records.Count, stored, rejected = records.Count - stored }, cancellationToken: ct);
                var json = "[" + string.Join(",", outcomes.Select(o => o.Assessment is null
                    ? JsonSerializer.Serialize(new { id = o.RecordId, position = o.Position, errors = o.Errors }, AssessmentJson.Options)
                    : AssessmentJson.Serialize(o.Assessment))) + "]";
                return Results.Text(json, "application/json; charset=utf-8");
            })
            .Accepts<JsonElement>("application/json")
            .RequireAuthorization(CordonPolicies.Write)
            .WithBatchRequestBodyLimit()
            .WithSummary("Assesses many records together (signals across records such as shared devices are found); an invalid record gets its errors and never stops the batch.");

        group.MapGet("/{id}", async (string id, CordonServices cordon, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                var stored = await cordon.Store.GetAssessmentAsync(context.Organisation(), id, ct);
                if (stored is null)
                {
                    return ListEndpoints.Problem(StatusCodes.Status404NotFound, $"No assessment of record '{id}' is stored.");
                }

                await audit.RecordAsync(context.Actor(), AuditActions.AssessmentView, targetType: "assessment", targetId: id, cancellationToken: ct);
                return Results.Text(stored.AssessmentJson, "application/json; charset=utf-8");
            })
            .WithSummary("The newest stored assessment of a record.");
    }

    /// <summary>
    /// The JSON text of a bound element, or null when it holds bytes that are not UTF-8: the framework parses the body without
    /// checking the bytes inside strings, and turning them into text fails.
    /// </summary>
    private static string? RawText(JsonElement element)
    {
        try
        {
            return element.GetRawText();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static IResult NotUtf8() =>
        ListEndpoints.Problem(StatusCodes.Status400BadRequest, "The body is not valid UTF-8: send JSON encoded as UTF-8.");
}
