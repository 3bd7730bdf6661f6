using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cordon.Web.Operations;

/// <summary>
/// What every request goes through first: a request id (the caller's <c>X-Request-Id</c> when it is sane), the security headers,
/// the request body limit of its endpoint, and one log line when it ends.
/// </summary>
internal sealed partial class OperationsMiddleware(RequestDelegate next, IOptions<OperationsOptions> options, ILogger<OperationsMiddleware> logger)
{
    public const string RequestIdHeader = "X-Request-Id";

    /// <summary>Name of the request id in log scopes (<c>CorrelationId</c>) and on the request's trace (<c>cordon.request_id</c>).</summary>
    public const string CorrelationField = "CorrelationId";

    private const string CorrelationTag = "cordon.request_id";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        HttpMetrics.Started();
        if (context.Request.Headers[RequestIdHeader] is [{ } given] && IsSaneRequestId(given))
        {
            context.TraceIdentifier = given;
        }

        // The host's own scope captured the request id before it could be replaced by the caller's; this scope carries the id
        // the caller sees (its own X-Request-Id, or the one made here) into every line logged for the request, and the
        // request's trace carries it too, so one id finds the request in logs and traces.
        using var scope = logger.BeginScope(new CorrelationScope(context.TraceIdentifier));
        Activity.Current?.SetTag(CorrelationTag, context.TraceIdentifier);

        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
            SecurityHeaders.Apply(http);
            return Task.CompletedTask;
        }, context);

        try
        {
            var limit = BodyLimitOf(context);
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    detail: $"This endpoint accepts request bodies of at most {limit:N0} bytes; this one declares {context.Request.ContentLength:N0}.")
                    .ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            HttpMetrics.Finished(context, elapsed.TotalSeconds);
            LogRequest(logger, context.Request.Method, context.Request.Path, HttpMetrics.RouteLabel(context.GetEndpoint()), context.Response.StatusCode, elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The body limit of the request's endpoint.</summary>
    private long BodyLimitOf(HttpContext context)
    {
        var settings = options.Value;
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<RequestBodyLimitExtensions.BatchLimit>() is not null)
        {
            return settings.MaxBatchRequestBodyBytes;
        }

        // "No limit" is never granted: the batch limit is the most any endpoint gets.
        return endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } declared
            ? Math.Min(declared.MaxRequestBodySize ?? settings.MaxBatchRequestBodyBytes, settings.MaxBatchRequestBodyBytes)
            : settings.MaxRequestBodyBytes;
    }

    /// <summary>Ids copied into logs and headers: short, and only characters that cannot forge a log line or a header.</summary>
    private static bool IsSaneRequestId(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Path} ({Route}) responded {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, PathString path, string route, int statusCode, double elapsedMilliseconds);

    /// <summary>A log scope of one field, written by the JSON console formatter as <c>"CorrelationId": "…"</c>.</summary>
    private sealed class CorrelationScope(string id) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] =>
            index == 0 ? new(CorrelationField, id) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"{CorrelationField}:{id}";
    }
}
