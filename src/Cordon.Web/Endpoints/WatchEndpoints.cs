using Cordon.Accounts;
using Cordon.Core;
using Cordon.Core.Access;
using Cordon.Screening;
using Cordon.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Cordon.Web.Security;

namespace Cordon.Web.Endpoints;

/// <summary>Watch subjects (customers re-screened on every list change) and the alerts they raise.</summary>
public static class WatchEndpoints
{
    /// <summary>Maps <c>/api/watch</c> and <c>/api/alerts</c>.</summary>
    public static void MapWatchEndpoints(this IEndpointRouteBuilder app)
    {
        var watch = app.MapGroup("/api/watch").WithTags("Watch list");
        watch.MapGet("/", async (CordonServices cordon, HttpContext context, CancellationToken ct) =>
                Results.Ok(await cordon.Store.GetWatchSubjectsAsync(context.Organisation(), ct)))
            .WithSummary("Every watch subject of the caller's organisation.");

        watch.MapPost("/", async (IReadOnlyList<BatchItem> items, bool? replace, CordonServices cordon, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (items is null)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "The body must be a JSON array of subjects.");
                }

                var subjects = new List<WatchSubject>();
                var now = cordon.Time.GetUtcNow();
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    if (item is null)
                    {
                        return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"Subject {i + 1}: expected an object with an id and a name, found null.");
                    }

                    if (string.IsNullOrWhiteSpace(item.Id))
                    {
                        return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"Subject {i + 1}: id is required.");
                    }

                    if (AddressableIds.Problem(item.Id.Trim()) is { } idProblem)
                    {
                        return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"Subject {i + 1}: {idProblem}.");
                    }

                    if (!item.TryCreate(out var subject, out var error))
                    {
                        return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"Subject {i + 1} (id {item.Id}): {error}.");
                    }

                    subjects.Add(new WatchSubject(item.Id.Trim(), subject, now));
                }

                var duplicate = subjects.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"Id '{duplicate.Key}' appears more than once.");
                }

                // Replacing a customer's details re-screens them and ends their current matches: never without being asked to.
                var replacements = await WatchReplacement.FindAsync(cordon.Store, context.Organisation(), subjects, ct);
                if (replacements.Count > 0 && replace != true)
                {
                    return Results.Problem(
                        detail: $"{replacements.Count} subject(s) are already under watch with other details: "
                            + string.Join("; ", replacements.Take(10).Select(r => $"{r.Current.Id}: {r.Describe()}"))
                            + (replacements.Count > 10 ? $"; and {replacements.Count - 10} more" : string.Empty)
                            + ". Nothing was stored. Send the request again with ?replace=true to replace them.",
                        statusCode: StatusCodes.Status409Conflict,
                        title: "Would replace subjects under watch",
                        extensions: new Dictionary<string, object?>
                        {
                            ["conflicts"] = replacements.Select(r => new { id = r.Current.Id, current = r.Current.Subject, proposed = r.Proposed.Subject }).ToList(),
                        });
                }

                var alerts = await cordon.WatchList.AddAsync(context.Organisation(), subjects, ct);
                await audit.RecordAsync(context.Actor(), AuditActions.WatchAdd, targetType: "watch-subject", details: new { subjects = subjects.Count, replaced = replacements.Select(r => r.Current.Id).ToList(), alerts = alerts.Count }, cancellationToken: ct);
                return Results.Ok(alerts);
            })
            .RequireAuthorization(CordonPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Adds watch subjects (all or none) and screens them at once; returns the alerts raised. A subject whose id is already under watch with other details is replaced only with ?replace=true (409 otherwise).");

        watch.MapGet("/{id}", async (string id, CordonServices cordon, HttpContext context, CancellationToken ct) =>
            {
                var organisation = context.Organisation();
                var subject = await cordon.Store.GetWatchSubjectAsync(organisation, id, ct);
                return subject is null
                    ? NoSuchSubject(id)
                    : Results.Ok(new WatchSubjectDetail(subject, await cordon.Store.GetWatchMatchesAsync(organisation, id, ct)));
            })
            .WithSummary("One watch subject with its current matches.");

        watch.MapDelete("/{id}", async (string id, CordonServices cordon, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (!await cordon.WatchList.RemoveAsync(context.Organisation(), id, ct))
                {
                    return NoSuchSubject(id);
                }

                await audit.RecordAsync(context.Actor(), AuditActions.WatchRemove, targetType: "watch-subject", targetId: id, cancellationToken: ct);
                return Results.NoContent();
            })
            .RequireAuthorization(CordonPolicies.Write)
            .WithSummary("Stops watching a subject; its past alerts are kept.");

        app.MapGet("/api/alerts", async (string? subject, CordonServices cordon, HttpContext context, CancellationToken ct) =>
                Results.Ok(await cordon.Store.GetAlertsAsync(context.Organisation(), subject, ct)))
            .WithTags("Watch list")
            .WithSummary("Alerts raised by re-screening, newest first; optionally for one subject.");
    }

    private static IResult NoSuchSubject(string id) => ListEndpoints.Problem(StatusCodes.Status404NotFound, $"No watch subject '{id}'.");
}
