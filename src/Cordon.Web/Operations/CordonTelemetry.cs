using Cordon.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Cordon.Web.Operations;

/// <summary>
/// OpenTelemetry for metrics and traces. Metrics: Cordon's own meter (HTTP, screenings, assessments, imports, alerts, the
/// store gauges), the .NET runtime's (<c>System.Runtime</c>: CPU, memory, GC, thread pool) and Npgsql's (connection pool
/// use), exported at <c>/metrics</c> by OpenTelemetry's Prometheus exporter. Traces: every request (health and metrics
/// probes aside) and every PostgreSQL command, tagged with the request id. Both also go to an OTLP collector when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the standard <c>OTEL_*</c> variables for the rest).
/// </summary>
public static class CordonTelemetry
{
    /// <summary>The service name in the OpenTelemetry resource.</summary>
    public const string ServiceName = "cordon";

    /// <summary>The .NET runtime's built-in meter.</summary>
    public const string RuntimeMeter = "System.Runtime";

    /// <summary>Npgsql's meter and activity source.</summary>
    public const string NpgsqlSource = "Npgsql";

    private static readonly (string Instrument, string Name)[] RenamedCountGauges =
    [
        ("dotnet.assembly.count", "dotnet.assemblies"),
        ("dotnet.process.cpu.count", "dotnet.process.cpus"),
        ("dotnet.thread_pool.thread.count", "dotnet.thread_pool.threads"),
        ("dotnet.timer.count", "dotnet.timers"),
        ("db.client.connection.count", "db.client.connections.usage"),
    ];

    internal static void AddCordonTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(CordonTelemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(CordonMetrics.MeterName, RuntimeMeter, NpgsqlSource);
                // Prometheus reserves the suffix _count for histograms and summaries (promtool check metrics refuses it
                // elsewhere): the runtime's four gauges and Npgsql's pool gauge named *.count are exported under other
                // names. Npgsql's meter is process-wide, so its gauge appears as soon as any PostgreSQL pool exists.
                foreach (var (instrument, name) in RenamedCountGauges)
                {
                    metrics.AddView(instrument, new MetricStreamConfiguration { Name = name });
                }

                // Every scrape sees the figures of that moment: tests and Prometheus both read counters right after events.
                metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !IsProbe(context.Request.Path));
                tracing.AddSource(NpgsqlSource);
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
    }

    /// <summary>Maps <paramref name="path"/> to OpenTelemetry's Prometheus scraping endpoint (GET only).</summary>
    internal static IEndpointConventionBuilder MapCordonMetrics(this IEndpointRouteBuilder app, string path) =>
        app.MapPrometheusScrapingEndpoint(path).WithMetadata(new HttpMethodMetadata(["GET"]));

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(HealthEndpoints.LivePath) || path.StartsWithSegments(HealthEndpoints.ReadyPath) || path.StartsWithSegments(CordonOperations.MetricsPath);
}
