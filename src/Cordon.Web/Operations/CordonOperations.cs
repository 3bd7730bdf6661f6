using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Cordon.Screening;

namespace Cordon.Web.Operations;

/// <summary>
/// Plugs operations into the server: options, logs, 503 for an absent database, rate limits, retention, then (in the pipeline)
/// request ids, security headers, body limits, HTTP metrics, and the <c>/health/*</c> and <c>/metrics</c> endpoints.
/// </summary>
public static class CordonOperations
{
    /// <summary>Path of the Prometheus text exposition.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Registers the services; call before the app is built.</summary>
    public static void AddCordonOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OperationsOptions>()
            .BindConfiguration(OperationsOptions.Section)
            .PostConfigure(o => o.Validate());

        builder.Logging.AddConsole();
        builder.Services.AddOptions<ConsoleLoggerOptions>().Configure<IOptions<OperationsOptions>>((console, operations) =>
            console.FormatterName = operations.Value.LogFormat == "json" ? ConsoleFormatterNames.Json : ConsoleFormatterNames.Simple);
        builder.Services.Configure<JsonConsoleFormatterOptions>(json =>
        {
            // Scopes carry the request id, trace id and path of every message logged while a request runs.
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });

        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddCordonHealthChecks();
        // The health-check service logs every unhealthy probe as an error (every few seconds per load balancer while the
        // database is away); readiness logs each change of its state once instead (HealthEndpoints).
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None);
        builder.Services.AddCordonRateLimiting();
        builder.Services.AddHostedService<RetentionService>();
        builder.Services.AddHostedService<RescreenJobService>();
        builder.Services.AddSingleton<StoreGauges>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<StoreGauges>());
        builder.AddCordonTelemetry();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            // The largest any endpoint may take; each request then gets its endpoint's own limit.
            var batch = context.Configuration.GetValue<long?>($"{OperationsOptions.Section}:{nameof(OperationsOptions.MaxBatchRequestBodyBytes)}");
            kestrel.Limits.MaxRequestBodySize = batch ?? new OperationsOptions().MaxBatchRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
    }

    /// <summary>
    /// Adds the rate limiter; call after authentication, so that callers are told apart by API key or user before their address.
    /// </summary>
    public static void UseCordonRateLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
    }

    /// <summary>Adds the middleware and maps the health and metrics endpoints; call right after the exception handler.</summary>
    /// <exception cref="ArgumentException">An operations option is out of range.</exception>
    public static void UseCordonOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Services.GetRequiredService<IOptions<OperationsOptions>>().Value;
        StoreGauges.Register();
        // Once the host has started, OpenTelemetry listens to the meter; a measurement made before would be lost.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            CordonMetrics.InitialiseAtZero();
            DatabaseUnavailableHandler.InitialiseMetrics();
            HttpMetrics.InitialiseAtZero();
        });
        app.UseMiddleware<OperationsMiddleware>();
        app.MapHealthEndpoints();
        app.MapRecordEndpoints();
        app.MapCordonMetrics(MetricsPath)
            .AllowAnonymous()
            .DisableRateLimiting();
    }
}
