using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Hub;
using Cordon.Stix.Markings;
using Cordon.Stix.Patterning;
using Cordon.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Endpoints;

/// <summary>A request to share one indicator value in a hub collection.</summary>
/// <param name="Kind">The observable path: ipv4-addr:value, ipv6-addr:value, email-addr:value, domain-name:value, url:value, cryptocurrency-wallet:value, bank-account:iban or phone-number:value.</param>
/// <param name="Value">The value; checked for its kind and shared in its canonical form.</param>
/// <param name="Name">The indicator's name (default: the value).</param>
/// <param name="Tlp">TLP level: clear, green, amber, amber+strict or red (default amber).</param>
/// <param name="ValidDays">Days it stays valid, 1 to 3650 (default: no end).</param>
public sealed record ShareIndicatorRequest(string? Kind, string? Value, string? Name, string? Tlp, int? ValidDays);

/// <summary>Sharing single-value indicators in the hub the simple way, as the workspace's hub page does (TAXII stays for partners' tools).</summary>
public static class HubIndicatorEndpoints
{
    /// <summary>Maps <c>POST /api/hub/{apiRoot}/collections/{collectionId}/indicators</c>.</summary>
    public static void MapHubIndicatorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/hub/{apiRoot}/collections/{collectionId}/indicators", async (string apiRoot, string collectionId, ShareIndicatorRequest request, SharingHub hub, AuditLog audit, HttpContext context, CancellationToken ct) =>
            {
                if (request is null || string.IsNullOrWhiteSpace(request.Kind) || string.IsNullOrWhiteSpace(request.Value))
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"kind and value are required; kind is one of {string.Join(", ", IndicatorValues.Checked.Keys)}.");
                }

                var level = Enum.GetValues<TlpLevel>().Where(l => string.Equals(HubMarkings.StoredLevelOf(l), (request.Tlp ?? "amber").Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
                if (level.Count == 0)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, $"tlp '{request.Tlp}' is not one of {string.Join(", ", Enum.GetValues<TlpLevel>().Select(HubMarkings.StoredLevelOf))}.");
                }

                if (request.ValidDays is < 1 or > 3650)
                {
                    return ListEndpoints.Problem(StatusCodes.Status400BadRequest, "validDays must be between 1 and 3650.");
                }

                if (HubCaller.From(context.User) is not { } caller)
                {
                    return Results.Forbid();
                }

                try
                {
                    var shared = await hub.ShareIndicatorAsync(caller, apiRoot, collectionId, request.Kind.Trim(), request.Value, request.Name, TlpMarkings.IdOf(level[0]), request.ValidDays is { } days ? TimeSpan.FromDays(days) : null, ct);
                    await audit.RecordAsync(context.Actor(), "hub.share", targetType: "stix-object", targetId: shared["id"]!.GetValue<string>(), details: new { collection = collectionId }, cancellationToken: ct);
                    return Results.Json(shared, statusCode: StatusCodes.Status201Created);
                }
                catch (TaxiiException e) when (e.HttpStatus is 403 or 404)
                {
                    return ListEndpoints.Problem(StatusCodes.Status404NotFound, $"No collection '{collectionId}' in API root '{apiRoot}' that your organisation may write to.");
                }
                catch (TaxiiException e)
                {
                    return Results.Problem(detail: e.Description, statusCode: e.HttpStatus, title: e.Message[..e.Message.IndexOf(':', StringComparison.Ordinal)]);
                }
            })
            .WithTags("Hub")
            .RequireAuthorization(CordonPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Shares one indicator value: checked for its kind (999.12.1 is no IPv4 address) and shared in canonical form; 422 for an invalid value, 409 when your organisation already shares the same value in the collection.");
    }
}
