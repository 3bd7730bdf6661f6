using Cordon.Screening;
using Cordon.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Endpoints;

/// <summary>Watch subjects (customers re-screened on every list change) and the alerts they raise.</summary>
public static class WatchEndpoints
{
    /// <summary>Maps <c>/api/watch</c> and <c>/api/alerts</c>.</summary>
    public static void MapWatchEndpoints(this IEndpointRouteBuilder app)
    {
        var watch = app.MapGroup("/api/watch").WithTags("Watch list");
        watch.MapGet("/", async (CordonServices cordon, CancellationToken ct) => Results.Ok(await cordon.Store.GetWatchSubjectsAsync(ct)))
            .WithSummary("Every watch subject.");

        watch.MapPost("/", async (IReadOnlyList<BatchItem> items, CordonServices cordon, CancellationToken ct) =>
            {
                var subjects = new List<WatchSubject>();
                var now = cordon.Time.GetUtcNow();
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    if (string.IsNullOrWhiteSpace(item.Id))
                    {
                        return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"Subject {i + 1}: id is required.");
                    }

                    if (!item.Subject.TryCreate(out var subject, out var error))
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

                return Results.Ok(await cordon.WatchList.AddAsync(subjects, ct));
            })
            .WithSummary("Adds or replaces watch subjects (all or none) and screens them at once; returns the alerts raised.");

        watch.MapGet("/{id}", async (string id, CordonServices cordon, CancellationToken ct) =>
            {
                var subject = await cordon.Store.GetWatchSubjectAsync(id, ct);
                return subject is null
                    ? NoSuchSubject(id)
                    : Results.Ok(new WatchSubjectDetail(subject, await cordon.Store.GetWatchMatchesAsync(id, ct)));
            })
            .WithSummary("One watch subject with its current matches.");

        watch.MapDelete("/{id}", async (string id, CordonServices cordon, CancellationToken ct) =>
                await cordon.Store.DeleteWatchSubjectAsync(id, ct) ? Results.NoContent() : NoSuchSubject(id))
            .WithSummary("Stops watching a subject; its past alerts are kept.");

        app.MapGet("/api/alerts", async (string? subject, CordonServices cordon, CancellationToken ct) =>
                Results.Ok(await cordon.Store.GetAlertsAsync(subject, ct)))
            .WithTags("Watch list")
            .WithSummary("Alerts raised by re-screening, newest first; optionally for one subject.");
    }

    private static IResult NoSuchSubject(string id) => ListEndpoints.Problem(StatusCodes.Status404NotFound, $"No watch subject '{id}'.");
}
