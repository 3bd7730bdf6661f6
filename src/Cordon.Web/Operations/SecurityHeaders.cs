using Microsoft.AspNetCore.Http;

namespace Cordon.Web.Operations;

/// <summary>
/// The headers every response carries so that browsers treat Cordon's pages and data as they should: no framing, no content
/// sniffing, no referrer leaks, scripts and styles only from Cordon itself, no caching of API answers (they hold personal data),
/// and HSTS when the request came over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The content security policy: everything from Cordon's own origin only, no plugins, no framing, forms posting only back
    /// to Cordon. Inline scripts and styles are refused, so pages must keep them in files under <c>/assets</c>.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy of the API reference (Swagger UI), which sets style attributes in its markup: the same, but for inline
    /// styles. Scripts stay Cordon's own files; the page holds no data.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>One year, the value HSTS preload lists ask for.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>
    /// Adds the headers to the response of <paramref name="context"/>. The policy, framing, sniffing and referrer headers are
    /// the server's, whatever an endpoint set, so that one policy holds everywhere; the others yield to an endpoint's own.
    /// </summary>
    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers["Content-Security-Policy"] = context.Request.Path.StartsWithSegments(Workspace.ApiReference.Path, StringComparison.OrdinalIgnoreCase)
            ? ApiReferencePolicy
            : ContentSecurityPolicy;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        Set(headers, "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        Set(headers, "Cross-Origin-Opener-Policy", "same-origin");
        Set(headers, "Cross-Origin-Resource-Policy", "same-origin");
        if (context.Request.IsHttps)
        {
            Set(headers, "Strict-Transport-Security", StrictTransportSecurity);
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase))
        {
            Set(headers, "Cache-Control", "no-store");
        }
    }

    private static void Set(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }
}
