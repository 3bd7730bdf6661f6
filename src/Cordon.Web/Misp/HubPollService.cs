using System.Globalization;
using Cordon.Accounts;
using Cordon.Hub;
using Cordon.Hub.Misp;
using Cordon.Screening;
using Cordon.Web.Federation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cordon.Web.Misp;

/// <summary>
/// Polls every followed source on a schedule — TAXII subscriptions (<see cref="TaxiiFederation"/>) and MISP feeds
/// (<see cref="MispFeedFollower"/>) — when <c>Cordon:HubPollInterval</c> (or <c>CORDON_HUB_POLL_INTERVAL</c>, see <see cref="Operations.CordonEnvironment"/>; a TimeSpan
/// such as <c>00:15:00</c>, at least one second) is set; otherwise polling is left to <c>cordon hub poll</c> (cron).
/// Instances sharing a database take turns through a database lock. Each poll of a MISP feed is recorded in the audit
/// log of the subscribing organisation (counts and problems, action <c>hub.feed.poll</c>); a failing source is logged and
/// tried again at the next tick. Requests go through <see cref="FederationHttp"/>, so a brief failure is retried within the poll.
/// </summary>
internal sealed partial class HubPollService(CordonServices cordon, IConfiguration configuration, IHttpClientFactory httpClients, ILogger<HubPollService> logger) : BackgroundService
{
    /// <summary>The configuration key of the interval.</summary>
    public const string IntervalKey = "Cordon:HubPollInterval";

    /// <summary>The audit action of a feed poll.</summary>
    public const string AuditAction = "hub.feed.poll";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var text = configuration[IntervalKey];
        if (text is null)
        {
            return;
        }

        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var interval) || interval < TimeSpan.FromSeconds(1))
        {
            LogBadInterval(logger, text);
            return;
        }

        using var http = httpClients.CreateClient(FederationHttp.ClientName);
        using var timer = new PeriodicTimer(interval, cordon.Time);
        do
        {
            try
            {
                await using (await cordon.Store.AcquireLockAsync("hub-poll", stoppingToken))
                {
                    await PollAllAsync(http, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PollAllAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var federation = new TaxiiFederation(cordon.Store, http, cordon.Time) { Correlation = cordon.HubCorrelation };
        foreach (var subscription in await federation.GetAllAsync(cancellationToken))
        {
            try
            {
                var result = await federation.PollAsync(subscription.Id, cancellationToken);
                LogTaxii(logger, subscription.Id, result.Received, result.Added, result.Refused);
            }
            catch (Exception e) when (e is TaxiiException or HttpRequestException or TaskCanceledException)
            {
                LogSourceFailed(logger, subscription.Id, e.Message);
            }
        }

        var feeds = new MispFeedFollower(cordon.Store, http, cordon.Time) { Correlation = cordon.HubCorrelation };
        var audit = new AuditLog(cordon.Store, cordon.Time);
        foreach (var subscription in await feeds.GetAllAsync(cancellationToken))
        {
            try
            {
                var result = await feeds.PollAsync(subscription.Id, cancellationToken);
                LogFeed(logger, subscription.Id, result.Fetched, result.Stored, result.Added, result.Problems.Count);
                await audit.RecordAsync(
                    Actor.Operator, AuditAction, result.Problems.Count == 0 ? AuditOutcomes.Success : AuditOutcomes.Failure, "misp-feed", subscription.Id,
                    new { feed = subscription.FeedUrl.AbsoluteUri, result.Listed, result.Fetched, result.Stored, result.Added, result.Revoked, problems = result.Problems.Take(10) },
                    subscription.Organisation, cancellationToken);
            }
            catch (Exception e) when (e is MispFeedException or HttpRequestException or TaskCanceledException)
            {
                LogSourceFailed(logger, subscription.Id, e.Message);
                await audit.RecordAsync(Actor.Operator, AuditAction, AuditOutcomes.Failure, "misp-feed", subscription.Id, new { feed = subscription.FeedUrl.AbsoluteUri, error = e.Message }, subscription.Organisation, cancellationToken);
            }
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "TAXII subscription {Id}: {Received} object(s) received, {Added} new, {Refused} refused")]
    private static partial void LogTaxii(ILogger logger, string id, int received, int added, int refused);

    [LoggerMessage(EventId = 41, Level = LogLevel.Information, Message = "MISP feed {Id}: {Fetched} event(s) fetched, {Stored} stored, {Added} object version(s) added, {Problems} problem(s)")]
    private static partial void LogFeed(ILogger logger, string id, int fetched, int stored, int added, int problems);

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Hub source {Id} could not be polled: {Reason}")]
    private static partial void LogSourceFailed(ILogger logger, string id, string reason);

    [LoggerMessage(EventId = 43, Level = LogLevel.Error, Message = "Hub polling failed; it runs again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 44, Level = LogLevel.Error, Message = "Cordon:HubPollInterval '{Text}' is not a time span of at least one second (00:15:00); hub sources are not polled")]
    private static partial void LogBadInterval(ILogger logger, string text);
}
