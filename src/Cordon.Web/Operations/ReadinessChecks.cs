using Cordon.Screening;
using Cordon.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Cordon.Lists;

namespace Cordon.Web.Operations;

/// <summary>
/// Readiness, part one (an ASP.NET Core health check tagged <see cref="HealthEndpoints.ReadyTag"/>): the database answers,
/// this instance's pool has a connection for it, and its schema is the one this build expects.
/// </summary>
internal sealed class DatabaseHealthCheck(CordonServices cordon) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var store = (SqlCordonStore)cordon.Store;
        int schema;
        try
        {
            schema = await cordon.Store.GetSchemaVersionAsync(cancellationToken);
        }
        catch (Exception e) when (StoreFailures.IsPoolExhausted(e))
        {
            return HealthCheckResult.Unhealthy("database connection pool exhausted", data: Data(("status", "pool-exhausted"), ("provider", cordon.Store.Provider)));
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e))
        {
            return HealthCheckResult.Unhealthy("database unavailable", data: Data(("status", "unavailable"), ("provider", cordon.Store.Provider)));
        }

        if (schema != store.LatestSchemaVersion)
        {
            return HealthCheckResult.Unhealthy(
                schema < store.LatestSchemaVersion ? "database not migrated" : "database newer than this server",
                data: Data(("status", "wrong-schema"), ("provider", cordon.Store.Provider), ("schemaVersion", schema), ("expected", store.LatestSchemaVersion)));
        }

        return HealthCheckResult.Healthy(data: Data(("status", "ok"), ("provider", cordon.Store.Provider), ("schemaVersion", schema)));
    }

    internal static Dictionary<string, object> Data(params (string Name, object Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}

/// <summary>
/// Readiness, part two: at least one list is in force and the screening index is built. It never builds the index itself
/// (a probe must answer at once, and an import elsewhere must not make every probe wait for a rebuild): it starts the build
/// in the background through <see cref="ScreeningIndexWarmup"/> and says so. An index over the versions before an import
/// still screens, so the instance stays ready ("refreshing", reported as degraded) while the new one is built; screening
/// requests themselves wait for the index over the versions in force.
/// </summary>
internal sealed class ListsHealthCheck(CordonServices cordon, ScreeningIndexWarmup warmup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ListSummary> lists;
        try
        {
            lists = await cordon.Store.GetListsAsync(cancellationToken);
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e) || StoreFailures.IsPoolExhausted(e))
        {
            return HealthCheckResult.Unhealthy("database unavailable", data: DatabaseHealthCheck.Data(("status", "unknown")));
        }

        if (lists.Count == 0)
        {
            return HealthCheckResult.Unhealthy("no lists imported", data: DatabaseHealthCheck.Data(
                ("status", "empty"),
                ("versions", 0),
                ("hint", "Screening would find no match: import lists (cordon lists import PATH, or the Lists page as an operator).")));
        }

        var built = cordon.Catalog.Built;
        var now = cordon.Time.GetUtcNow();
        var indexed = built?.Versions.Select(v => v.Id).ToHashSet() ?? [];
        var details = lists.OrderBy(l => l.ListId, StringComparer.Ordinal).Select(l => new
        {
            list = l.ListId,
            version = l.Current.Id,
            entries = l.Current.EntityCount,
            importedAt = l.Current.ImportedAt,
            publishedAt = l.Current.PublishedAt,
            ageSeconds = Math.Round((now - l.Current.ImportedAt).TotalSeconds),
            indexed = indexed.Contains(l.Current.Id),
        }).ToList();
        if (built is null)
        {
            warmup.Start();
            return HealthCheckResult.Unhealthy("lists loading", data: DatabaseHealthCheck.Data(("status", "loading"), ("versions", lists.Count), ("lists", details)));
        }

        if (details.Any(d => !d.indexed) || built.Versions.Count != lists.Count)
        {
            warmup.Start();
            return HealthCheckResult.Degraded("screening index refreshing after a list change", data: DatabaseHealthCheck.Data(("status", "refreshing"), ("versions", lists.Count), ("lists", details)));
        }

        return HealthCheckResult.Healthy(data: DatabaseHealthCheck.Data(("status", "ok"), ("versions", lists.Count), ("lists", details)));
    }
}

/// <summary>Builds the screening index in the background, once at a time, for readiness (which never waits for it).</summary>
internal sealed partial class ScreeningIndexWarmup(CordonServices cordon, IHostApplicationLifetime lifetime, ILogger<ScreeningIndexWarmup> logger)
{
    private int running;

    /// <summary>Starts a build unless one is running; returns at once.</summary>
    public void Start()
    {
        if (Interlocked.CompareExchange(ref running, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await cordon.Catalog.GetIndexAsync(lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Shutting down.
            }
            catch (Exception e) when (StoreFailures.IsUnavailable(e) || StoreFailures.IsPoolExhausted(e))
            {
                LogFailed(logger, e.Message);
            }
            finally
            {
                Volatile.Write(ref running, 0);
            }
        });
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "The screening index could not be built now ({Reason}); the next readiness probe tries again")]
    private static partial void LogFailed(ILogger logger, string reason);
}
