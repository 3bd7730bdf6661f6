using Cordon.Screening;
using Cordon.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cordon.Web.Operations;

/// <summary>
/// Enforces <see cref="OperationsOptions.RetentionDays"/>: purges expired personal data when the server starts and then once a day.
/// Instances sharing a database take turns through a database lock; a failed purge is logged and tried again the next day.
/// </summary>
internal sealed partial class RetentionService(CordonServices cordon, IOptions<OperationsOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RetentionDays is not { } days)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, cordon.Time);
        do
        {
            try
            {
                await using (await cordon.Store.AcquireLockAsync("retention", stoppingToken))
                {
                    var purge = await cordon.Store.PurgeOlderThanAsync(cordon.Time.GetUtcNow().AddDays(-days), stoppingToken);
                    LogPurged(logger, days, purge.Cutoff, purge.Assessments, purge.Alerts);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Retention ({Days} days): purged {Assessments} assessment(s) and {Alerts} alert(s) older than {Cutoff:O}")]
    private static partial void LogPurged(ILogger logger, int days, DateTimeOffset cutoff, int assessments, int alerts);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Retention purge failed; it runs again in a day")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
