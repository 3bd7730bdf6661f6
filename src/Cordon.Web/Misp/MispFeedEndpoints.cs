using System.Text;
using System.Text.Json;
using Cordon.Hub;
using Cordon.Hub.Misp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Misp;

/// <summary>
/// A hub collection published as a MISP feed, per organisation: <c>/misp/feeds/{collection}/manifest.json</c>,
/// <c>…/{event uuid}.json</c> and <c>…/hashes.csv</c>, laid out as MISP's feed generator writes them, so a MISP instance
/// adds <c>https://cordon.example/misp/feeds/{collection}</c> as a feed (with an <c>Authorization: Bearer cordon_…</c>
/// header). The caller is authenticated like every API call and reads exactly what a TAXII read of the collection
/// would give its organisation; a collection it may not read is answered like one that does not exist.
/// </summary>
public static class MispFeedEndpoints
{
    /// <summary>Where feeds are served.</summary>
    public const string Root = "/misp/feeds";

    /// <summary>Maps the feed endpoints.</summary>
    public static IEndpointRouteBuilder MapMispFeedEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Root).WithTags("MISP feeds");
        group.MapGet("/{collection}/manifest.json", async (string collection, HttpContext context, SharingHub hub) =>
            await WithEventsAsync(context, hub, collection, events => Json(MispFeedPublisher.Manifest(events))))
            .WithSummary("The feed's manifest: event uuid → info, date, timestamp, Orgc, tags (what the caller's organisation may read)");
        group.MapGet("/{collection}/hashes.csv", async (string collection, HttpContext context, SharingHub hub) =>
            await WithEventsAsync(context, hub, collection, events => Results.Text(MispFeedPublisher.Hashes(events), "text/csv", Encoding.UTF8)))
            .WithSummary("MD5 of every attribute value with its event uuid");
        group.MapGet("/{collection}/{file}", async (string collection, string file, HttpContext context, SharingHub hub) =>
        {
            if (!file.EndsWith(".json", StringComparison.Ordinal) || !Guid.TryParseExact(file[..^5], "D", out var uuid))
            {
                return Results.NotFound();
            }

            return await WithEventsAsync(context, hub, collection, events =>
                events.FirstOrDefault(e => e.Uuid == uuid.ToString()) is { } found ? Json(MispJson.Write(found)) : Results.NotFound());
        }).WithSummary("One event in MISP JSON");
        return app;
    }

    private static async Task<IResult> WithEventsAsync(HttpContext context, SharingHub hub, string collection, Func<IReadOnlyList<MispEvent>, IResult> answer)
    {
        if (HubCaller.From(context.User) is not { } caller)
        {
            return Results.Unauthorized();
        }

        try
        {
            return answer(await new MispFeedPublisher(hub.Store).EventsAsync(collection, caller.OrganisationId, cancellationToken: context.RequestAborted));
        }
        catch (HubAccessDeniedException)
        {
            return Results.NotFound();
        }
    }

    private static IResult Json(System.Text.Json.Nodes.JsonNode node) =>
        Results.Text(node.ToJsonString(new JsonSerializerOptions { WriteIndented = false }), "application/json", Encoding.UTF8);
}
