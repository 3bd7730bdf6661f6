using System.Text.Json;
using Cordon.Hub;
using Cordon.Stix.Model;
using Cordon.Storage;
using Microsoft.AspNetCore.Http;

namespace Cordon.Web.Taxii;

/// <summary>Writes TAXII 2.1 resources (sections 3.6, 3.7, 4 and 5) as <c>application/taxii+json;version=2.1</c>.</summary>
internal static class TaxiiResponses
{
    public const string DateAddedFirst = "X-TAXII-Date-Added-First";
    public const string DateAddedLast = "X-TAXII-Date-Added-Last";

    /// <summary>The error message resource (section 3.6.1).</summary>
    public static IResult Error(int status, string title, string description) => Json(status, writer =>
    {
        writer.WriteString("title", title);
        writer.WriteString("description", description);
        writer.WriteString("http_status", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    public static IResult Error(TaxiiException error) => Error(error.HttpStatus, error.Title, error.Description);

    public static IResult Json(int status, Action<Utf8JsonWriter> writeProperties, TaxiiPage? page = null) => new TaxiiJsonResult(status, writeProperties, page);

    public static void WriteStatus(Utf8JsonWriter writer, HubStatus status)
    {
        writer.WriteString("id", status.Id);
        writer.WriteString("status", status.Status);
        writer.WriteString("request_timestamp", StixTimestamp.FormatMicroseconds(status.RequestTimestamp));
        writer.WriteNumber("total_count", status.TotalCount);
        WriteDetails(writer, "success", status.Successes);
        WriteDetails(writer, "failure", status.Failures);
        WriteDetails(writer, "pending", status.Pendings);
    }

    public static void WriteCollection(Utf8JsonWriter writer, TaxiiCollectionView view)
    {
        writer.WriteString("id", view.Collection.Id);
        writer.WriteString("title", view.Collection.Title);
        if (view.Collection.Description is { } description)
        {
            writer.WriteString("description", description);
        }

        if (view.Collection.Alias is { } alias)
        {
            writer.WriteString("alias", alias);
        }

        writer.WriteBoolean("can_read", view.CanRead);
        writer.WriteBoolean("can_write", view.CanWrite);
        writer.WriteStartArray("media_types");
        foreach (var type in view.Collection.MediaTypes)
        {
            writer.WriteStringValue(type);
        }

        writer.WriteEndArray();
    }

    public static void WritePaging(Utf8JsonWriter writer, TaxiiPage page)
    {
        writer.WriteBoolean("more", page.More);
        if (page.Next is { } next)
        {
            writer.WriteString("next", next);
        }
    }

    private static void WriteDetails(Utf8JsonWriter writer, string name, IReadOnlyList<HubStatusDetail> details)
    {
        writer.WriteNumber(name + "_count", details.Count);
        if (details.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name == "success" ? "successes" : name + "s");
        foreach (var detail in details)
        {
            writer.WriteStartObject();
            writer.WriteString("id", detail.Id);
            if (detail.Version is { } version)
            {
                writer.WriteString("version", version);
            }

            if (detail.Message is { } message)
            {
                writer.WriteString("message", message);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A TAXII JSON body written straight to the response, with the date-added headers of a page.</summary>
    private sealed class TaxiiJsonResult(int status, Action<Utf8JsonWriter> writeProperties, TaxiiPage? page) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = TaxiiMediaTypes.Taxii21;
            if (page?.DateAddedFirst is { } first && page.DateAddedLast is { } last)
            {
                response.Headers[DateAddedFirst] = StixTimestamp.FormatMicroseconds(first);
                response.Headers[DateAddedLast] = StixTimestamp.FormatMicroseconds(last);
            }

            await using var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { SkipValidation = true });
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
            await writer.FlushAsync(httpContext.RequestAborted);
        }
    }
}
