using Cordon.Hub;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cordon.Web.Taxii;

/// <summary>Media-type checks of TAXII 2.1 section 1.6.8: what a client accepts (406) and what it sends (415).</summary>
internal static class TaxiiNegotiation
{
    /// <summary>
    /// True when the Accept header admits <c>application/taxii+json;version=2.1</c>: that type with version 2.1 or no
    /// version (which means the latest), or a wildcard range; an absent header accepts anything (RFC 9110).
    /// </summary>
    public static bool Accepts(HttpRequest request)
    {
        var values = request.Headers.Accept;
        if (values.Count == 0)
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(values, out var ranges))
        {
            return false;
        }

        return ranges.Any(range => (range.Quality ?? 1) > 0 && (
            range.MatchesAllTypes
            || (range.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && range.MatchesAllSubTypes)
            || IsTaxii(range)));
    }

    /// <summary>True when a request body is declared as <c>application/taxii+json</c> (version 2.1 or none).</summary>
    public static bool IsTaxiiContent(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && IsTaxii(type);

    private static bool IsTaxii(MediaTypeHeaderValue type)
    {
        if (!type.MediaType.Equals("application/taxii+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var version = type.Parameters.FirstOrDefault(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase));
        return version is null || version.Value.Equals("2.1", StringComparison.Ordinal);
    }
}
