using System.Diagnostics.Metrics;
using Cordon.Screening;
using Cordon.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Cordon.Lists;

namespace Cordon.Web.Operations;

/// <summary>
/// Gauges read from the store and from readiness, so that what any instance or the CLI did shows on every instance's
/// <c>/metrics</c>: each list's version in force, its entries and age (<c>cordon_list_age_seconds{list}</c>), the alerts
/// stored by kind, readiness (<c>cordon_ready</c>) and each readiness check (<c>cordon_health_status{check}</c>). Read every
/// <see cref="Period"/> in the background (a scrape never waits for the database); the ages are computed at each scrape.
/// Running readiness here also starts rebuilding the screening index soon after a list import elsewhere.
/// </summary>
internal sealed partial class StoreGauges(CordonServices cordon, HealthCheckService health, ILogger<StoreGauges> logger) : BackgroundService
{
    /// <summary>How often the store and readiness are read.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    // One set of instruments per process (the meter is the process's), reading the newest snapshot of whichever server refreshed last.
    private static readonly Lazy<bool> Instruments = new(CreateInstruments);
    private static volatile Snapshot current = new([], new Dictionary<string, long>(), null, TimeProvider.System);

    /// <summary>Creates the observable instruments (once per process).</summary>
    public static void Register() => _ = Instruments.Value;

    /// <summary>Reads the store and readiness now.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var readiness = await health.CheckHealthAsync(check => check.Tags.Contains(HealthEndpoints.ReadyTag), cancellationToken);
        var previous = current;
        try
        {
            var lists = await cordon.Store.GetListsAsync(cancellationToken);
            var alerts = await cordon.Store.CountAlertsByKindAsync(cancellationToken);
            current = new Snapshot(lists, alerts, readiness, cordon.Time);
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e) || StoreFailures.IsPoolExhausted(e))
        {
            // The lists and alerts last read stay (their ages go on growing); readiness says the database is away.
            current = previous with { Readiness = readiness, Time = cordon.Time };
            LogUnavailable(logger, e.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, cordon.Time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static bool CreateInstruments()
    {
        var meter = CordonMetrics.Meter;
        meter.CreateObservableGauge(
            "cordon_list_age",
            () => current.Lists.Select(l => new Measurement<double>((current.Time.GetUtcNow() - l.Current.ImportedAt).TotalSeconds, new KeyValuePair<string, object?>("list", l.ListId))),
            "s",
            "Age of each list's version in force: time since it was stored (a re-import of unchanged content keeps the version and its age).");
        meter.CreateObservableGauge(
            "cordon_list_entries",
            () => current.Lists.Select(l => new Measurement<long>(l.Current.EntityCount, new KeyValuePair<string, object?>("list", l.ListId))),
            "{entry}",
            "Entries in each list's version in force.");
        meter.CreateObservableGauge(
            "cordon_list_version",
            () => current.Lists.Select(l => new Measurement<long>(l.Current.Id, new KeyValuePair<string, object?>("list", l.ListId))),
            "{version}",
            "Id of each list's version in force (it changes when an import through any instance or the CLI stores a new version).");
        meter.CreateObservableGauge(
            "cordon_alerts_stored",
            () => Enum.GetNames<AlertKind>().Select(kind => new Measurement<long>(current.Alerts.GetValueOrDefault(kind), new KeyValuePair<string, object?>("kind", kind))),
            "{alert}",
            "Alerts stored, of every organisation, by kind: raised by any instance or the CLI (erasure and retention remove some).");
        meter.CreateObservableGauge(
            "cordon_ready",
            () => current.Readiness is { } report ? [new Measurement<int>(report.Status == HealthStatus.Unhealthy ? 0 : 1)] : Array.Empty<Measurement<int>>(),
            description: "1 when this instance's readiness (database, lists, screening index) passes, 0 when /health/ready answers 503.");
        meter.CreateObservableGauge(
            "cordon_health_status",
            () => current.Readiness is { } report
                ? report.Entries.Select(e => new Measurement<int>((int)e.Value.Status, new KeyValuePair<string, object?>("check", e.Key)))
                : [],
            description: "Each readiness check: 2 healthy, 1 degraded (the screening index refreshing after an import), 0 unhealthy.");
        return true;
    }

    [LoggerMessage(EventId = 44, Level = LogLevel.Warning, Message = "Store gauges not refreshed; tried again at the next period")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 43, Level = LogLevel.Debug, Message = "Store gauges not refreshed: the database is away ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    private sealed record Snapshot(IReadOnlyList<ListSummary> Lists, IReadOnlyDictionary<string, long> Alerts, HealthReport? Readiness, TimeProvider Time);
}
