using Cordon.Networks;
using Cordon.Core.Access;
using Cordon.Screening;
using Cordon.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Endpoints;

/// <summary>Groups of linked records among the stored assessments, and the laptop-farm view.</summary>
public static class NetworkEndpoints
{
    /// <summary>Maps <c>/api/networks</c>.</summary>
    public static void MapNetworkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/networks").WithTags("Networks").RequireAuthorization(CordonPolicies.Read);
        group.MapGet("/", async (CordonServices cordon, HttpContext context, CancellationToken ct) =>
            {
                var engine = await cordon.Assessments.GetEngineAsync(ct);
                var groups = await cordon.Networks.GroupsAsync(engine, context.Organisation(), ct);
                return Results.Json(groups.Select(g => NetworkGroupResponse.From(g.Group, g.Risk)).ToList());
            })
            .WithSummary("Every group of two or more linked records, with the shared values that link them and the group's risk.");

        group.MapGet("/farms", async (CordonServices cordon, HttpContext context, CancellationToken ct) =>
            {
                var engine = await cordon.Assessments.GetEngineAsync(ct);
                return Results.Json(await cordon.Networks.LaptopFarmsAsync(engine, context.Organisation(), ct));
            })
            .WithSummary("Laptop-farm view: equipment addresses and residential IPs shared by several identities.");

        group.MapGet("/records/{recordId}", async (string recordId, CordonServices cordon, HttpContext context, CancellationToken ct) =>
            {
                var engine = await cordon.Assessments.GetEngineAsync(ct);
                return await cordon.Networks.GroupOfAsync(engine, recordId, context.Organisation(), ct) is { } found
                    ? Results.Json(NetworkGroupResponse.From(found.Group, found.Risk))
                    : ListEndpoints.Problem(StatusCodes.Status404NotFound, $"Record '{recordId}' is not linked to any other stored record.");
            })
            .WithSummary("The group of one stored record.");
    }
}

/// <summary>A group as the API returns it.</summary>
/// <param name="Id">Stable group id.</param>
/// <param name="Size">Number of members.</param>
/// <param name="Members">Member record ids.</param>
/// <param name="Explanation">Why the members are linked, in one line.</param>
/// <param name="Links">The shared values (kind, value, strength, the two records).</param>
/// <param name="Risk">The group's risk with its reasons.</param>
public sealed record NetworkGroupResponse(string Id, int Size, IReadOnlyList<string> Members, string Explanation, IReadOnlyList<NetworkLink> Links, GroupRisk Risk)
{
    /// <summary>The response for a group.</summary>
    public static NetworkGroupResponse From(NetworkGroup group, GroupRisk risk) =>
        new(group.Id, group.Members.Count, group.Members, group.Explanation, group.Links, risk);
}
