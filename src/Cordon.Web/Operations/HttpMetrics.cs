using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Cordon.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Operations;

/// <summary>
/// Cordon's HTTP metrics, instruments of the <see cref="CordonMetrics.MeterName"/> meter exported by OpenTelemetry:
/// <c>http_requests_total</c>, <c>http_request_duration_seconds</c> and <c>http_requests_in_progress</c>, labelled with the
/// method, the route pattern (never the raw path, which would explode the label set) and the status.
/// </summary>
internal static class HttpMetrics
{
    /// <summary>Seconds buckets of the request latency histogram: 1 ms to 30 s.</summary>
    public static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private static readonly Counter<long> Requests =
        CordonMetrics.Meter.CreateCounter<long>("http_requests", "{request}", "HTTP requests by method, route and status.");

    private static readonly Histogram<double> Duration = CordonMetrics.Meter.CreateHistogram(
        "http_request_duration",
        "s",
        "HTTP request duration by method, route and status.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });

    private static readonly UpDownCounter<long> InProgress =
        CordonMetrics.Meter.CreateUpDownCounter<long>("http_requests_in_progress", "{request}", "HTTP requests being served now.");

    private static readonly HashSet<string> KnownMethods = new(StringComparer.Ordinal)
    {
        "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT",
    };

    /// <summary>Makes the in-progress gauge appear at zero from the first scrape.</summary>
    public static void InitialiseAtZero() => InProgress.Add(0);

    /// <summary>Counts a request that starts.</summary>
    public static void Started() => InProgress.Add(1);

    /// <summary>Records a finished request.</summary>
    public static void Finished(HttpContext context, double seconds)
    {
        InProgress.Add(-1);
        var tags = new TagList
        {
            { "method", KnownMethods.Contains(context.Request.Method) ? context.Request.Method : "_OTHER" },
            { "route", RouteLabel(context.GetEndpoint()) },
            { "status", context.Response.StatusCode.ToString(CultureInfo.InvariantCulture) },
        };
        Requests.Add(1, tags);
        Duration.Record(seconds, tags);
    }

    /// <summary>
    /// The route pattern as one label value: with a leading slash and without a trailing one, so that an endpoint mapped
    /// as a group's <c>/</c> (<c>/api/watch/</c>) and a request with or without the slash share one series;
    /// <c>(unmatched)</c> when no endpoint matched.
    /// </summary>
    public static string RouteLabel(Endpoint? endpoint)
    {
        if ((endpoint as RouteEndpoint)?.RoutePattern.RawText is not { } raw)
        {
            return "(unmatched)";
        }

        var route = raw.StartsWith('/') ? raw : "/" + raw;
        return route.Length > 1 ? route.TrimEnd('/') : route;
    }
}
