using System.Globalization;
using System.Threading.RateLimiting;
using Cordon.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cordon.Web.Operations;

/// <summary>
/// Rate limits, with ASP.NET Core's rate limiter: one budget of <see cref="OperationsOptions.RequestsPerMinute"/> per caller
/// across the API (an API key, else a signed-in user, else a client address). A refused request gets 429 with
/// <c>Retry-After</c> and a problem+json body. Password checks have their own limits, applied by the account service before
/// it hashes anything (<see cref="Cordon.Accounts.SignInThrottle"/>), and answer the same way.
/// </summary>
public static class RateLimits
{
    /// <summary>The partition a request counts against: its API key, else its user, else its client address.</summary>
    public static string CallerOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.FindFirst(CordonClaims.ApiKey)?.Value is { Length: > 0 } key)
        {
            return "key:" + key;
        }

        return user.UserId() is { Length: > 0 } id ? "user:" + id : "ip:" + AddressOf(context);
    }

    internal static void AddCordonRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<OperationsOptions>>((limiter, operations) =>
        {
            var settings = operations.Value;
            var perCaller = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                settings.RequestsPerMinute == 0
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(CallerOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.RequestsPerMinute,
                        Window = settings.RateLimitWindow,
                        QueueLimit = 0,
                    }));

            // Password checks are limited inside the account service, before any hashing and whatever way they come in
            // (page, REST, HTTP Basic, password change): see SignInThrottle.
            limiter.GlobalLimiter = perCaller;
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
                    ? (int)Math.Ceiling(after.TotalSeconds)
                    : settings.RetryAfterSeconds;
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    title: "Too many requests",
                    detail: $"This caller has used its request budget; retry in {Math.Max(1, seconds)} s.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    /// <summary>
    /// The answer to a request refused for the time being (429, <c>Retry-After</c> in whole seconds, problem+json), as the
    /// limiter gives and as the password checks give when they are throttled or locked out.
    /// </summary>
    public static IResult TooManyRequests(HttpContext context, TimeSpan retryAfter, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(title: "Too many requests", detail: detail, statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static string AddressOf(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
