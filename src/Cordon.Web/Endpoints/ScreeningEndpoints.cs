using Cordon.Core;
using Cordon.Matching;
using Cordon.Screening;
using Cordon.Web.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Endpoints;

/// <summary>Screening of one subject or a batch, and name comparison.</summary>
public static class ScreeningEndpoints
{
    /// <summary>Most subjects accepted in one batch request; larger batches belong to the <c>cordon screen</c> command.</summary>
    public const int MaxBatchSize = 10_000;

    /// <summary>Most matches returned per subject.</summary>
    public const int MaxLimit = 100;

    /// <summary>Maps <c>/api/screen</c>, <c>/api/screen/batch</c> and <c>/api/compare-names</c>.</summary>
    public static void MapScreeningEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Screening");
        group.MapPost("/screen", async (ScreenRequest request, CordonServices cordon, Cordon.Accounts.AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (!request.TryCreate(out var subject, out var error))
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, error);
                }

                if (!TryAlgorithm(request.Algorithm, cordon, out var matcher, out error)
                    || !TryOptions(request.Limit, request.Threshold, matcher, out var limit, out var threshold, out error))
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, error);
                }

                var catalog = await cordon.Catalog.GetIndexAsync(matcher.Algorithm, ct);
                var result = ThresholdScreening.Screen(catalog.Index, subject, limit, threshold);
                await audit.RecordAsync(Security.Caller.Actor(context), Cordon.Accounts.AuditActions.Screening, targetType: "screening", details: new { subjects = 1, matches = result.Matches.Count, belowThreshold = result.BelowThreshold.Count }, cancellationToken: ct);
                CordonMetrics.Screened(1);
                return Results.Ok(new ScreenResponse(matcher.Algorithm, threshold, catalog.Versions.Select(v => v.Id).ToList(), result.Matches.Select(MatchResult.From).ToList())
                {
                    BelowThreshold = result.BelowThreshold.Select(MatchResult.From).ToList(),
                    Lists = catalog.Versions,
                });
            })
            .WithSummary("Screens one subject against every list in force; each match carries its explanation. Near misses under the threshold (strong name matches always) come in belowThreshold, the list versions searched with their dates in lists.");

        group.MapPost("/screen/batch", async (BatchScreenRequest request, CordonServices cordon, Cordon.Accounts.AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (request.Subjects is null)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "subjects is required: a JSON array of subjects, each with an id and a name.");
                }

                if (request.Subjects.Count > MaxBatchSize)
                {
                    return ListEndpoints.Problem(StatusCodes.Status413PayloadTooLarge, $"A batch holds at most {MaxBatchSize} subjects; this one has {request.Subjects.Count}.");
                }

                if (!TryAlgorithm(request.Algorithm, cordon, out var matcher, out var error)
                    || !TryOptions(request.Limit, request.Threshold, matcher, out var limit, out var threshold, out error))
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, error);
                }

                var catalog = await cordon.Catalog.GetIndexAsync(matcher.Algorithm, ct);
                var results = new BatchItemResult[request.Subjects.Count];
                Parallel.For(0, request.Subjects.Count, new ParallelOptions { CancellationToken = ct }, i =>
                {
                    var item = request.Subjects[i];
                    if (item is null)
                    {
                        results[i] = new BatchItemResult(null, $"Subject {i + 1}: expected an object with an id and a name, found null", []);
                        return;
                    }

                    results[i] = item.TryCreate(out var subject, out var itemError)
                        ? new BatchItemResult(item.Id, null, catalog.Index.Screen(subject, limit, threshold).Select(MatchResult.From).ToList())
                        : new BatchItemResult(item.Id, itemError, []);
                });
                await audit.RecordAsync(
                    Security.Caller.Actor(context),
                    Cordon.Accounts.AuditActions.Screening,
                    targetType: "screening",
                    details: new { subjects = results.Length, rejected = results.Count(r => r.Error is not null), withMatches = results.Count(r => r.Matches.Count > 0) },
                    cancellationToken: ct);
                CordonMetrics.Screened(request.Subjects.Count, batch: true);
                return Results.Ok(new BatchScreenResponse(matcher.Algorithm, threshold, results));
            })
            .WithBatchRequestBodyLimit()
            .WithSummary("Screens many subjects; an invalid subject gets an error of its own and never stops the batch.");

        group.MapPost("/compare-names", (CompareNamesRequest request, CordonServices cordon) =>
            {
                if (string.IsNullOrWhiteSpace(request.Name1) || string.IsNullOrWhiteSpace(request.Name2))
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "name1 and name2 are both required.");
                }

                if (request.Name1.Length > SubjectInput.MaxNameLength || request.Name2.Length > SubjectInput.MaxNameLength)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"Names are limited to {SubjectInput.MaxNameLength} characters.");
                }

                if (!SubjectInput.TryParseKind(request.Type, out var kind))
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"type '{request.Type}' is not one of person, organization, vessel, aircraft, any.");
                }

                if (!TryAlgorithm(request.Algorithm, cordon, out var matcher, out var error))
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, error);
                }

                var comparison = matcher.ExplainNames(request.Name1, request.Name2, kind);
                return Results.Ok(comparison);
            })
            .WithSummary("Scores how likely two names are the same name, with the explanation.");
    }

    private static bool TryAlgorithm(string? algorithm, CordonServices cordon, out Matcher matcher, out string error)
    {
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(algorithm))
        {
            matcher = cordon.Matcher;
            return true;
        }

        if (MatchingAlgorithms.TryGet(algorithm, out matcher))
        {
            return true;
        }

        error = $"algorithm '{algorithm}' is not known; use one of {string.Join(", ", MatchingAlgorithms.Names)}.";
        return false;
    }

    private static bool TryOptions(int? limit, double? threshold, Matcher matcher, out int chosenLimit, out double chosenThreshold, out string error)
    {
        chosenLimit = limit ?? 5;
        chosenThreshold = threshold ?? matcher.DefaultThreshold;
        error = string.Empty;
        if (chosenLimit is < 1 or > MaxLimit)
        {
            error = $"limit must be between 1 and {MaxLimit}.";
            return false;
        }

        if (chosenThreshold is < 0 or > 1 || double.IsNaN(chosenThreshold))
        {
            error = "threshold must be between 0 and 1.";
            return false;
        }

        return true;
    }
}
