using System.Buffers;
using System.IO.Pipelines;
using Cordon.Hub;
using Cordon.Stix.Model;
using Cordon.Storage;
using Cordon.Web.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Cordon.Accounts;

namespace Cordon.Web.Taxii;

/// <summary>
/// The TAXII 2.1 HTTP interface under <c>/taxii2/</c>, grouped as the specification groups it: discovery and API roots
/// (section 4), collections (section 5). Authentication, media types and errors are handled once, by the group filter.
/// </summary>
public static class TaxiiEndpoints
{
    /// <summary>Path of the discovery resource.</summary>
    public const string Root = "/taxii2";

    /// <summary>
    /// The base URL discovery builds API root URLs from: the configured public URL, else the first address the server
    /// listens on (a wildcard host becoming <c>localhost</c>), never the request's <c>Host</c> header, which the client chooses.
    /// </summary>
    public static string PublicBase(string? configured, IEnumerable<string>? listening)
    {
        if (configured is { Length: > 0 })
        {
            return configured.TrimEnd('/');
        }

        var first = listening?.FirstOrDefault() ?? "http://localhost";
        var separator = first.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator < 0 ? "http" : first[..separator];
        var rest = separator < 0 ? first : first[(separator + 3)..];
        var hostEnd = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOfAny([':', '/']);
        var host = hostEnd <= 0 ? rest : rest[..hostEnd];
        var tail = hostEnd <= 0 ? string.Empty : rest[hostEnd..];
        if (host is "*" or "+" or "0.0.0.0" or "[::]")
        {
            host = "localhost";
        }

        return (scheme + "://" + host + tail).TrimEnd('/');
    }

    /// <summary>Maps every TAXII endpoint.</summary>
    public static IEndpointRouteBuilder MapTaxiiEndpoints(this IEndpointRouteBuilder app)
    {
        // The guard below answers unauthenticated callers with a TAXII error message, so the group opts out of the
        // server's fallback policy (which would answer a bare 401) and authenticates through the default scheme.
        // Each API root enforces its own max_content_length; the server's outer bound is the batch limit.
        var group = app.MapGroup(Root).ExcludeFromDescription().AllowAnonymous().WithBatchRequestBodyLimit().AddEndpointFilter(GuardAsync);

        // 4.1 Server discovery.
        group.MapGet("/", async (HttpContext context, SharingHub hub, IOptions<OperationsOptions> options, IServer server) =>
        {
            var roots = await hub.GetApiRootsAsync(context.RequestAborted);
            var baseUrl = PublicBase(options.Value.PublicUrl, server.Features.Get<IServerAddressesFeature>()?.Addresses) + Root + "/";
            return TaxiiResponses.Json(200, writer =>
            {
                writer.WriteString("title", hub.Options.Title);
                writer.WriteString("description", hub.Options.Description);
                if (roots.Count > 0)
                {
                    writer.WriteString("default", baseUrl + roots[0].Name + "/");
                }

                writer.WriteStartArray("api_roots");
                foreach (var root in roots)
                {
                    writer.WriteStringValue(baseUrl + root.Name + "/");
                }

                writer.WriteEndArray();
            });
        });

        // 4.2 API root information.
        group.MapGet("/{apiRoot}/", async (string apiRoot, HttpContext context, SharingHub hub) =>
        {
            var root = await hub.GetApiRootAsync(apiRoot, context.RequestAborted);
            return TaxiiResponses.Json(200, writer =>
            {
                writer.WriteString("title", root.Title);
                if (root.Description is { } description)
                {
                    writer.WriteString("description", description);
                }

                writer.WriteStartArray("versions");
                writer.WriteStringValue(TaxiiMediaTypes.Taxii21);
                writer.WriteEndArray();
                writer.WriteNumber("max_content_length", root.MaxContentLength);
            });
        });

        // 4.3 Status.
        group.MapGet("/{apiRoot}/status/{statusId}/", async (string apiRoot, string statusId, HttpContext context, SharingHub hub) =>
        {
            var status = await hub.GetStatusAsync(Caller(context), apiRoot, statusId, context.RequestAborted);
            return TaxiiResponses.Json(200, writer => TaxiiResponses.WriteStatus(writer, status));
        });

        // 5.1 Collections.
        group.MapGet("/{apiRoot}/collections/", async (string apiRoot, HttpContext context, SharingHub hub) =>
        {
            var collections = await hub.GetCollectionsAsync(Caller(context), apiRoot, context.RequestAborted);
            return TaxiiResponses.Json(200, writer =>
            {
                if (collections.Count == 0)
                {
                    return;
                }

                writer.WriteStartArray("collections");
                foreach (var view in collections)
                {
                    writer.WriteStartObject();
                    TaxiiResponses.WriteCollection(writer, view);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
        });

        // 5.2 Collection.
        group.MapGet("/{apiRoot}/collections/{collectionId}/", async (string apiRoot, string collectionId, HttpContext context, SharingHub hub) =>
        {
            var view = await hub.GetCollectionAsync(Caller(context), apiRoot, collectionId, context.RequestAborted);
            return TaxiiResponses.Json(200, writer => TaxiiResponses.WriteCollection(writer, view));
        });

        // 5.3 Object manifests.
        group.MapGet("/{apiRoot}/collections/{collectionId}/manifest/", async (string apiRoot, string collectionId, HttpContext context, SharingHub hub) =>
        {
            var page = await hub.GetManifestAsync(Caller(context), apiRoot, collectionId, Filter(context), context.RequestAborted);
            return TaxiiResponses.Json(200, writer =>
            {
                if (page.Objects.Count == 0)
                {
                    return;
                }

                TaxiiResponses.WritePaging(writer, page);
                writer.WriteStartArray("objects");
                foreach (var item in page.Objects)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", item.ObjectId);
                    writer.WriteString("date_added", StixTimestamp.FormatMicroseconds(item.DateAdded));
                    writer.WriteString("version", item.VersionText);
                    writer.WriteString("media_type", TaxiiMediaTypes.Stix(item.SpecVersion));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }, page);
        });

        // 5.4 Get objects.
        group.MapGet("/{apiRoot}/collections/{collectionId}/objects/", async (string apiRoot, string collectionId, HttpContext context, SharingHub hub) =>
            Envelope(await hub.GetObjectsAsync(Caller(context), apiRoot, collectionId, Filter(context), context.RequestAborted)));

        // 5.5 Add objects.
        group.MapPost("/{apiRoot}/collections/{collectionId}/objects/", async (string apiRoot, string collectionId, HttpContext context, SharingHub hub) =>
        {
            var caller = Caller(context);
            var root = await hub.GetApiRootAsync(apiRoot, context.RequestAborted);

            // Access first, so that a caller without rights learns nothing from how its body is judged.
            var view = await hub.GetCollectionAsync(caller, apiRoot, collectionId, context.RequestAborted);
            if (!view.CanWrite)
            {
                throw new TaxiiException(403, "Forbidden", "You may not add objects to this collection.");
            }

            if (!TaxiiNegotiation.IsTaxiiContent(context.Request))
            {
                throw new TaxiiException(415, "Unsupported media type", $"Send the envelope as '{TaxiiMediaTypes.Taxii21}'.");
            }

            var body = await ReadBodyAsync(context.Request, root.MaxContentLength, context.RequestAborted);
            var status = await hub.AddObjectsAsync(caller, apiRoot, collectionId, body, context.RequestAborted);
            return TaxiiResponses.Json(202, writer => TaxiiResponses.WriteStatus(writer, status));
        });

        // 5.6 Get an object.
        group.MapGet("/{apiRoot}/collections/{collectionId}/objects/{objectId}/", async (string apiRoot, string collectionId, string objectId, HttpContext context, SharingHub hub) =>
            Envelope(await hub.GetObjectAsync(Caller(context), apiRoot, collectionId, objectId, Filter(context), context.RequestAborted)));

        // 5.7 Delete an object.
        group.MapDelete("/{apiRoot}/collections/{collectionId}/objects/{objectId}/", async (string apiRoot, string collectionId, string objectId, HttpContext context, SharingHub hub) =>
        {
            await hub.DeleteObjectAsync(Caller(context), apiRoot, collectionId, objectId, Filter(context), context.RequestAborted);
            return TaxiiResponses.Json(200, _ => { });
        });

        // 5.8 Object versions.
        group.MapGet("/{apiRoot}/collections/{collectionId}/objects/{objectId}/versions/", async (string apiRoot, string collectionId, string objectId, HttpContext context, SharingHub hub) =>
        {
            var page = await hub.GetVersionsAsync(Caller(context), apiRoot, collectionId, objectId, Filter(context), context.RequestAborted);
            return TaxiiResponses.Json(200, writer =>
            {
                if (page.Objects.Count == 0)
                {
                    return;
                }

                TaxiiResponses.WritePaging(writer, page);
                writer.WriteStartArray("versions");
                foreach (var item in page.Objects)
                {
                    writer.WriteStringValue(item.VersionText);
                }

                writer.WriteEndArray();
            }, page);
        });

        // Cordon extension: the sightings of an indicator, as the read rule lets this caller know them.
        group.MapGet("/{apiRoot}/collections/{collectionId}/objects/{objectId}/sightings/", async (string apiRoot, string collectionId, string objectId, HttpContext context, SharingHub hub) =>
        {
            var summary = await hub.GetSightingsAsync(Caller(context), apiRoot, collectionId, objectId, context.RequestAborted);
            return TaxiiResponses.Json(200, writer =>
            {
                writer.WriteString("indicator", summary.IndicatorId);
                writer.WriteNumber("sightings", summary.Sightings);
                writer.WriteNumber("total_count", summary.TotalCount);
                if (summary.Reports.Count == 0)
                {
                    return;
                }

                writer.WriteStartArray("reports");
                foreach (var report in summary.Reports)
                {
                    writer.WriteStartObject();
                    writer.WriteString("sighting", report.SightingId);
                    if (report.Organisation is { } organisation)
                    {
                        writer.WriteString("organisation", organisation);
                    }

                    writer.WriteNumber("count", report.Count);
                    if (report.FirstSeen is { } first)
                    {
                        writer.WriteString("first_seen", first);
                    }

                    if (report.LastSeen is { } last)
                    {
                        writer.WriteString("last_seen", last);
                    }

                    writer.WriteStartArray("where_sighted_refs");
                    foreach (var where in report.Where)
                    {
                        writer.WriteStringValue(where);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
        });

        return app;
    }

    private static IResult Envelope(TaxiiPage page) => TaxiiResponses.Json(200, writer =>
    {
        if (page.Objects.Count == 0)
        {
            return;
        }

        TaxiiResponses.WritePaging(writer, page);
        writer.WriteStartArray("objects");
        foreach (var item in page.Objects)
        {
            writer.WriteRawValue(item.Json!, skipInputValidation: true);
        }

        writer.WriteEndArray();
    }, page);

    /// <summary>Authentication (401), Accept (406), and every refusal as a TAXII error message.</summary>
    private static async ValueTask<object?> GuardAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (HubCaller.From(context.User) is null)
        {
            context.Response.Headers.WWWAuthenticate = new(["Basic realm=\"Cordon TAXII\"", "Bearer realm=\"Cordon TAXII\""]);
            return TaxiiResponses.Error(401, "Authentication required", "Sign in with HTTP Basic or send an API key as a bearer token.");
        }

        if (!TaxiiNegotiation.Accepts(context.Request))
        {
            return TaxiiResponses.Error(406, "Not acceptable", $"This server answers in '{TaxiiMediaTypes.Taxii21}'; include it in the Accept header.");
        }

        try
        {
            return await next(invocation);
        }
        catch (TaxiiException error)
        {
            return TaxiiResponses.Error(error);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TaxiiResponses.Error(413, "Request too large", "The request body is larger than this API root accepts.");
        }
    }

    private static HubCaller Caller(HttpContext context) => HubCaller.From(context.User)!;

    private static TaxiiFilter Filter(HttpContext context)
    {
        var query = context.Request.Query;
        return TaxiiFilter.Parse(name => query.TryGetValue(name, out var values) ? values[0] : null);
    }

    /// <summary>Reads the body, refusing (413) one longer than the API root's max_content_length before or while reading it.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, long maxLength, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxLength)
        {
            throw TooLarge(maxLength);
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 16 * 1024, maxLength) + 1);
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            foreach (var segment in result.Buffer)
            {
                if (buffer.WrittenCount + segment.Length > maxLength)
                {
                    await reader.CompleteAsync();
                    throw TooLarge(maxLength);
                }

                buffer.Write(segment.Span);
            }

            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        return buffer.WrittenMemory;
    }

    private static TaxiiException TooLarge(long maxLength) =>
        new(413, "Request too large", $"This API root accepts request bodies of at most {maxLength} bytes; send fewer objects per envelope.");
}
