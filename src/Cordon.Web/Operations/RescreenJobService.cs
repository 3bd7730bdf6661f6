using Cordon.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cordon.Web.Operations;

/// <summary>
/// Resumes the watch-list re-screens that list imports owe (<see cref="RescreenJobs"/>) when the server starts and then every
/// minute: an import whose process died after its commit, on this instance or any other sharing the database, still raises
/// its alerts. Jobs are leased, so instances do not re-screen the same import at once.
/// </summary>
internal sealed partial class RescreenJobService(CordonServices cordon, ILogger<RescreenJobService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, cordon.Time);
        do
        {
            try
            {
                var alerts = await cordon.Rescreens.RunPendingAsync(stoppingToken);
                if (alerts.Count > 0)
                {
                    LogResumed(logger, alerts.Count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "A watch-list re-screen owed by a list import was done: {Alerts} alert(s) raised")]
    private static partial void LogResumed(ILogger logger, int alerts);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "A watch-list re-screen owed by a list import failed; it is tried again in a minute")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
