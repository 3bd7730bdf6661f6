using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cordon.Stix.Model;

namespace Cordon.Hub;

/// <summary>
/// A TAXII 2.1 client for one collection on another server: pages of objects (with <c>added_after</c>, <c>limit</c>,
/// <c>next</c>), and adding an envelope. Every request names the TAXII media type; any answer other than the expected one
/// becomes a <see cref="TaxiiException"/> carrying the server's status and error message.
/// </summary>
public sealed class TaxiiClient
{
    private readonly HttpClient http;
    private readonly AuthenticationHeaderValue? authorization;

    /// <summary>Creates a client over <paramref name="http"/> (owned by the caller), sending <paramref name="authorization"/> with every request.</summary>
    public TaxiiClient(HttpClient http, AuthenticationHeaderValue? authorization = null)
    {
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        this.authorization = authorization;
    }

    /// <summary>The Authorization header for HTTP Basic.</summary>
    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    /// <summary>The Authorization header for a bearer API key.</summary>
    public static AuthenticationHeaderValue Bearer(string apiKey) => new("Bearer", apiKey);

    /// <summary>Reads one page of a collection's objects (every version) at <paramref name="collectionUrl"/> (ending in the collection id and '/').</summary>
    public async Task<TaxiiEnvelopePage> GetObjectsAsync(Uri collectionUrl, DateTimeOffset? addedAfter, string? next, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collectionUrl);
        var query = new List<string> { "match[version]=all", "limit=" + limit.ToString(CultureInfo.InvariantCulture) };
        if (addedAfter is { } after)
        {
            query.Add("added_after=" + Uri.EscapeDataString(StixTimestamp.FormatMicroseconds(after)));
        }

        if (next is not null)
        {
            query.Add("next=" + Uri.EscapeDataString(next));
        }

        using var request = Request(HttpMethod.Get, new Uri(collectionUrl, "objects/?" + string.Join('&', query)));
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if ((int)response.StatusCode != 200)
        {
            throw Failure(response, body);
        }

        bool more = false;
        string? nextCursor = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (JsonText.FindUndecodable(document.RootElement) is { } undecodable)
            {
                throw new TaxiiException(502, "Bad answer", $"{collectionUrl} answered with JSON text that is not valid at {undecodable.Path}: {undecodable.Reason}.");
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TaxiiException(502, "Bad answer", $"{collectionUrl} answered with something other than a TAXII envelope.");
            }

            if (document.RootElement.TryGetProperty("more", out var moreValue) && moreValue.ValueKind == JsonValueKind.True)
            {
                more = true;
            }

            if (document.RootElement.TryGetProperty("next", out var nextValue) && nextValue.ValueKind == JsonValueKind.String)
            {
                nextCursor = nextValue.GetString();
            }
        }
        catch (JsonException)
        {
            throw new TaxiiException(502, "Bad answer", $"{collectionUrl} answered with malformed JSON.");
        }

        DateTimeOffset? last = response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var values) ? StixTimestamp.TryParseInstant(values.FirstOrDefault()) : null;
        return new TaxiiEnvelopePage(body, more, nextCursor, last);
    }

    /// <summary>Adds an envelope to a collection; returns the status resource's JSON.</summary>
    public async Task<JsonDocument> AddObjectsAsync(Uri collectionUrl, string envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collectionUrl);
        using var request = Request(HttpMethod.Post, new Uri(collectionUrl, "objects/"));
        request.Content = new StringContent(envelope, Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiMediaTypes.Taxii21);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if ((int)response.StatusCode != 202)
        {
            throw Failure(response, body);
        }

        return JsonDocument.Parse(body);
    }

    private HttpRequestMessage Request(HttpMethod method, Uri url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.ParseAdd(TaxiiMediaTypes.Taxii21);
        request.Headers.Authorization = authorization;
        return request;
    }

    private static TaxiiException Failure(HttpResponseMessage response, byte[] body)
    {
        var title = response.ReasonPhrase ?? "Request failed";
        var description = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}.";
        try
        {
            using var error = JsonDocument.Parse(body);
            if (error.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (error.RootElement.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    title = t.GetString()!;
                }

                if (error.RootElement.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String)
                {
                    description += " " + d.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not a TAXII error body: the status line says enough.
        }

        return new TaxiiException((int)response.StatusCode, title, description);
    }
}
