using System.Diagnostics.Metrics;
using Cordon.Screening;
using Cordon.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cordon.Web.Operations;

/// <summary>
/// Turns a database that is away (see <see cref="StoreFailures.IsUnavailable"/>) into 503 Service Unavailable with a
/// <c>Retry-After</c> header and a problem+json body, instead of a 500: the request was fine and may be sent again.
/// Nothing is kept between requests, so the server serves again as soon as the database answers. An exhausted connection
/// pool (this instance has every connection its <c>Maximum Pool Size</c> allows in use) gets its own title, log event and
/// metric: the database is fine, this instance is at capacity, and the cure differs (docs/operations.md, "Connections").
/// </summary>
internal sealed partial class DatabaseUnavailableHandler(IOptions<OperationsOptions> options, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    private static readonly Counter<long> Unavailable =
        CordonMetrics.Meter.CreateCounter<long>("cordon_database_unavailable", "{request}", "Requests answered 503 because the database was away.");

    private static readonly Counter<long> PoolExhausted =
        CordonMetrics.Meter.CreateCounter<long>("cordon_database_pool_exhausted", "{request}", "Requests answered 503 because this instance's database connection pool was exhausted.");

    /// <summary>Title of the problem answered when the connection pool is exhausted.</summary>
    public const string PoolExhaustedTitle = "Database connection pool exhausted";

    /// <summary>Makes both counters appear at zero from the first scrape.</summary>
    internal static void InitialiseMetrics()
    {
        Unavailable.Add(0);
        PoolExhausted.Add(0);
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!(StoreFailures.IsUnavailable(exception) || StoreFailures.IsPoolExhausted(exception)) || httpContext.Response.HasStarted)
        {
            return false;
        }

        var retryAfter = options.Value.RetryAfterSeconds;
        string title, detail;
        if (StoreFailures.IsPoolExhausted(exception))
        {
            PoolExhausted.Add(1);
            LogPoolExhausted(logger, httpContext.Request.Method, httpContext.Request.Path, exception.Message);
            title = PoolExhaustedTitle;
            detail = $"This Cordon instance is using every database connection it may open, and none came free in time. The database itself may be fine. Writes are transactional: a write was either stored whole or not at all. Retry in {retryAfter} s.";
        }
        else
        {
            Unavailable.Add(1);
            LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, exception.GetType().Name, exception.Message);
            title = "Database unavailable";
            detail = $"Cordon's database cannot be reached right now. Writes are transactional: a write was either stored whole or not at all. Retry in {retryAfter} s.";
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "HTTP {Method} {Path} answered 503: database connection pool exhausted ({Reason})")]
    private static partial void LogPoolExhausted(ILogger logger, string method, PathString path, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "HTTP {Method} {Path} answered 503: database unavailable ({ExceptionType}: {Reason})")]
    private static partial void LogUnavailable(ILogger logger, string method, PathString path, string exceptionType, string reason);
}
