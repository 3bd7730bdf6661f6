using Cordon.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cordon.Web.ListSources;

/// <summary>
/// Checks the enabled list sources when they are due (each every its interval, six hours by default), looking every
/// <see cref="ListSourceOptions.PollInterval"/>. Instances sharing a database split the due sources between them through
/// the sources' leases; a failed check is retried after <see cref="ListSourceOptions.RetryAfterFailure"/>.
/// </summary>
internal sealed partial class ListSourceSchedule(ListSourceService sources, CordonServices cordon, ILogger<ListSourceSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sources.Options.Schedule)
        {
            return;
        }

        using var timer = new PeriodicTimer(sources.Options.PollInterval, cordon.Time);
        do
        {
            try
            {
                await sources.CheckDueAsync(ListSourceService.ScheduleActor, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 44, Level = LogLevel.Error, Message = "The list source schedule failed; it looks again at its next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
