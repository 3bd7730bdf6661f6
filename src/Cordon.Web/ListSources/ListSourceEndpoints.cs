using Cordon.Core.Access;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Cordon.Lists;

namespace Cordon.Web.ListSources;

/// <summary>List sources over the REST API: read by any signed-in caller, checked now by platform operators.</summary>
public static class ListSourceEndpoints
{
    /// <summary>Maps <c>GET /api/list-sources</c> and <c>POST /api/list-sources/{name}/check</c>.</summary>
    public static void MapListSourceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/list-sources").WithTags("Lists");
        group.MapGet("/", async (ListSourceService sources, CancellationToken ct) =>
                Results.Ok((await sources.GetSourcesAsync(ct)).Select(ListSourceView.From)))
            .WithSummary("Every list source with its URL, schedule, last check, last change, next run and last error.");

        group.MapPost("/{name}/check", async (string name, HttpContext context, ListSourceService sources, CancellationToken ct) =>
            {
                try
                {
                    return Results.Ok(await sources.CheckAsync(context.Actor(), name, ct));
                }
                catch (NotFoundException e)
                {
                    return Results.Problem(title: "No such list source", detail: e.Message, statusCode: StatusCodes.Status404NotFound);
                }
                catch (ListSourceBusyException e)
                {
                    return Results.Problem(title: "Being checked elsewhere", detail: e.Message, statusCode: StatusCodes.Status409Conflict);
                }
            })
            .RequireAuthorization(CordonPolicies.Operator)
            .WithSummary("Checks one source now and imports its file if it changed (platform operators only; audited for all). A failed check answers 200 with outcome 'failed' and its error: the version in force stays.");
    }
}

/// <summary>A list source as the API shows it (without the lease, which names the instance's host).</summary>
/// <param name="Name">Source name.</param>
/// <param name="ListId">The list it feeds.</param>
/// <param name="Url">Where it is fetched from.</param>
/// <param name="Format">The format required, or null for any.</param>
/// <param name="IntervalMinutes">Minutes between checks.</param>
/// <param name="Enabled">Whether the schedule checks it.</param>
/// <param name="LastCheckedAt">Last check.</param>
/// <param name="LastChangedAt">Last check that stored a new version.</param>
/// <param name="LastOutcome">changed, not-modified, unchanged or failed.</param>
/// <param name="LastError">Why the last check failed.</param>
/// <param name="NextRunAt">Next scheduled check (when enabled).</param>
public sealed record ListSourceView(
    string Name,
    string ListId,
    string Url,
    string? Format,
    long IntervalMinutes,
    bool Enabled,
    DateTimeOffset? LastCheckedAt,
    DateTimeOffset? LastChangedAt,
    string? LastOutcome,
    string? LastError,
    DateTimeOffset? NextRunAt)
{
    /// <summary>The view of <paramref name="source"/>.</summary>
    public static ListSourceView From(ListSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(source.Name, source.ListId, source.Url, source.Format, (long)source.Interval.TotalMinutes, source.Enabled, source.LastCheckedAt,
            source.LastChangedAt, source.LastOutcome, source.LastError, source.Enabled ? source.NextRunAt : null);
    }
}
