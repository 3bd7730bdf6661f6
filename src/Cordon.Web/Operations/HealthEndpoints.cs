using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Cordon.Web.Operations;

/// <summary>
/// Liveness and readiness for load balancers and orchestrators, over ASP.NET Core's health checks. Both are anonymous, never
/// rate limited, and answer small JSON without personal data or connection detail.
/// </summary>
public static partial class HealthEndpoints
{
    /// <summary>Liveness: the process answers HTTP.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness: the database answers and is migrated, lists are in force and the screening index is built.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Tag of the health checks that make up readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks (database, lists) with ASP.NET Core's health checks.</summary>
    internal static void AddCordonHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<ScreeningIndexWarmup>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<ListsHealthCheck>("lists", tags: [ReadyTag]);
    }

    // The reason readiness failed at the last probe ("" when ready, null before the first probe).
    private static string? lastState;

    /// <summary>Logs readiness when it changes (ready, or not ready for another reason), not at every probe.</summary>
    private static void NoteState(ILoggerFactory logs, string? notReadyBecause)
    {
        var state = notReadyBecause ?? string.Empty;
        if (Interlocked.Exchange(ref lastState, state) == state)
        {
            return;
        }

        var logger = logs.CreateLogger(typeof(HealthEndpoints).FullName!);
        if (notReadyBecause is null)
        {
            LogReady(logger);
        }
        else
        {
            LogNotReady(logger, notReadyBecause);
        }
    }

    [LoggerMessage(EventId = 41, Level = LogLevel.Information, Message = "Readiness: ready")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Readiness: not ready ({Reason})")]
    private static partial void LogNotReady(ILogger logger, string reason);

    /// <summary>Maps the two health endpoints.</summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LivePath, () => Results.Json(new { status = "live" }))
            .WithTags("Operations")
            .WithSummary("The process is up (no dependency is checked).")
            .AllowAnonymous()
            .DisableRateLimiting();

        app.MapGet(ReadyPath, async (HealthCheckService health, ILoggerFactory logs, CancellationToken ct) =>
            {
                var started = Stopwatch.GetTimestamp();
                var report = await health.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), ct);
                var checks = report.Entries.ToDictionary(e => e.Key, e => (object)e.Value.Data, StringComparer.Ordinal);
                var elapsed = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
                if (report.Status == HealthStatus.Unhealthy)
                {
                    // The database's reason first: without it, nothing else can be known.
                    var failed = report.Entries.OrderBy(e => e.Key == "database" ? 0 : 1).First(e => e.Value.Status == HealthStatus.Unhealthy);
                    NoteState(logs, failed.Value.Description ?? "unavailable");
                    return Results.Json(new { status = "unavailable", reason = failed.Value.Description, checks, elapsedMilliseconds = elapsed }, statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                NoteState(logs, null);
                return Results.Json(new { status = "ready", checks, elapsedMilliseconds = elapsed });
            })
            .WithTags("Operations")
            .WithSummary("Ready to serve: database reachable and migrated, lists in force and the screening index built (each list's version and age in checks.lists). 503 with the reason otherwise.")
            .AllowAnonymous()
            .DisableRateLimiting();
    }
}
