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
/// Nothing is kept between requests, so the server serves again as soon as the database answers.
/// </summary>
internal sealed partial class DatabaseUnavailableHandler(IOptions<OperationsOptions> options, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    private static readonly Counter<long> Unavailable =
        new Meter(CordonMetrics.MeterName).CreateCounter<long>("cordon_database_unavailable", "{request}", "Requests answered 503 because the database was away.");

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!StoreFailures.IsUnavailable(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        Unavailable.Add(1);
        LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, exception.GetType().Name, exception.Message);
        var retryAfter = options.Value.RetryAfterSeconds;
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(
            title: "Database unavailable",
            detail: $"Cordon's database cannot be reached right now. Writes are transactional: a write was either stored whole or not at all. Retry in {retryAfter} s.",
            statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "HTTP {Method} {Path} answered 503: database unavailable ({ExceptionType}: {Reason})")]
    private static partial void LogUnavailable(ILogger logger, string method, PathString path, string exceptionType, string reason);
}
