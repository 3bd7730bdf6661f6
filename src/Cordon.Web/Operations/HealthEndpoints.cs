using System.Diagnostics;
using Cordon.Screening;
using Cordon.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Operations;

/// <summary>
/// Liveness and readiness for load balancers and orchestrators. Both are anonymous, never rate limited, and answer tiny JSON
/// without any data or connection detail.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Liveness: the process answers HTTP.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness: the database answers and is migrated, and the lists in force are loaded into the screening index.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Longest a readiness check waits for the screening index before saying "loading".</summary>
    public static readonly TimeSpan ListsTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Maps the two health endpoints.</summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LivePath, () => Results.Json(new { status = "live" }))
            .WithTags("Operations")
            .WithSummary("The process is up (no dependency is checked).")
            .AllowAnonymous()
            .DisableRateLimiting();

        app.MapGet(ReadyPath, async (CordonServices cordon, CancellationToken ct) =>
            {
                var started = Stopwatch.GetTimestamp();
                var store = (SqlCordonStore)cordon.Store;
                int schema;
                try
                {
                    schema = await cordon.Store.GetSchemaVersionAsync(ct);
                }
                catch (Exception e) when (StoreFailures.IsUnavailable(e))
                {
                    return NotReady("database unavailable", new { database = new { status = "unavailable", provider = cordon.Store.Provider } });
                }

                if (schema != store.LatestSchemaVersion)
                {
                    return NotReady(
                        schema < store.LatestSchemaVersion ? "database not migrated" : "database newer than this server",
                        new { database = new { status = "wrong-schema", provider = cordon.Store.Provider, schemaVersion = schema, expected = store.LatestSchemaVersion } });
                }

                int versions;
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
                {
                    timeout.CancelAfter(ListsTimeout);
                    try
                    {
                        versions = (await cordon.Catalog.GetIndexAsync(timeout.Token)).Versions.Count;
                    }
                    catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                    {
                        return NotReady("lists loading", new { database = new { status = "ok" }, lists = new { status = "loading" } });
                    }
                    catch (Exception e) when (StoreFailures.IsUnavailable(e))
                    {
                        return NotReady("database unavailable", new { database = new { status = "unavailable", provider = cordon.Store.Provider } });
                    }
                }

                return Results.Json(new
                {
                    status = "ready",
                    checks = new
                    {
                        database = new { status = "ok", provider = cordon.Store.Provider, schemaVersion = schema },
                        lists = new { status = "ok", versions },
                    },
                    elapsedMilliseconds = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1),
                });
            })
            .WithTags("Operations")
            .WithSummary("Ready to serve: database reachable and migrated, lists in force loaded. 503 otherwise.")
            .AllowAnonymous()
            .DisableRateLimiting();
    }

    private static IResult NotReady(string reason, object checks) =>
        Results.Json(new { status = "unavailable", reason, checks }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
