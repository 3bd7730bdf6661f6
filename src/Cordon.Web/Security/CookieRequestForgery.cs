using Microsoft.AspNetCore.Http;

namespace Cordon.Web.Security;

/// <summary>
/// Refuses cross-site request forgery on the REST API and TAXII when the caller is authenticated by the session cookie. A state
/// changing call (any method but GET, HEAD, OPTIONS and TRACE) made with the cookie must
/// <list type="bullet">
/// <item>not come from another origin: <c>Sec-Fetch-Site</c>, when sent, is <c>same-origin</c> or <c>none</c>, and <c>Origin</c>,
/// when sent, names this server's host and port (a page on another port of the same host is another origin, though the
/// same site, so the SameSite cookie attribute alone does not stop it);</item>
/// <item>carry JSON (<c>application/json</c> or <c>application/…+json</c>) when it carries a content type at all, unless the
/// browser shows that this server's own page sent it (<c>Sec-Fetch-Site: same-origin</c> or a matching <c>Origin</c>) — the only
/// bodies a page of another origin can send without a CORS pre-flight, which Cordon never grants, are form, multipart and plain
/// text ones.</item>
/// </list>
/// Calls with an API key or HTTP Basic (an <c>Authorization</c> header, which a browser never adds to a forged request) are not
/// affected; the workspace's pages keep their anti-forgery tokens.
/// </summary>
internal sealed class CookieRequestForgery(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsCookieAuthenticatedStateChange(context) || Refusal(request) is not { } reason)
        {
            return next(context);
        }

        return Results.Problem(
            title: "Cross-site request refused",
            detail: reason + " Calls that change state with the session cookie must come from Cordon's own pages and send JSON; programs use an API key.",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }

    private static bool IsCookieAuthenticatedStateChange(HttpContext context)
    {
        var request = context.Request;
        return !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            && (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase))
            && request.Headers.Authorization.Count == 0
            && context.User.Identity?.IsAuthenticated == true;
    }

    /// <summary>Why the request is refused, or null when it may go on.</summary>
    internal static string? Refusal(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && !fetchSite.Equals("same-origin", StringComparison.OrdinalIgnoreCase) && !fetchSite.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return $"The browser says the request comes from a {fetchSite} page.";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0
            && (!Uri.TryCreate(origin, UriKind.Absolute, out var originUri)
                || !string.Equals(originUri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return $"The request comes from another origin ({(origin.Length > 100 ? origin[..100] : origin)}).";
        }

        // A form, multipart or plain-text body is what a forged request can carry: it passes only when the browser says
        // positively that this server's own page sent it (an upload from the workspace).
        var contentType = request.ContentType;
        var provenSameOrigin = fetchSite.Equals("same-origin", StringComparison.OrdinalIgnoreCase) || origin.Length > 0;
        if (!string.IsNullOrEmpty(contentType) && !IsJson(contentType) && !provenSameOrigin)
        {
            return $"The content type '{(contentType.Length > 100 ? contentType[..100] : contentType)}' is not JSON, and nothing shows that this server's own page sent it.";
        }

        return null;
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
