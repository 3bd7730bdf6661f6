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
/// across the API (an API key, else a signed-in user, else a client address), and a policy named <see cref="SignIn"/> that
/// sign-in endpoints attach (<c>.RequireRateLimiting(RateLimits.SignIn)</c>) allowing few attempts per client address.
/// A refused request gets 429 with <c>Retry-After</c> and a problem+json body.
/// </summary>
public static class RateLimits
{
    /// <summary>Policy name for sign-in and other password-checking endpoints.</summary>
    public const string SignIn = "sign-in";

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

            // Password checks are limited per address whatever page or API they come through (the account lock-out limits
            // them per account): guessing across many accounts from one address stays slow.
            var signIn = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignIn(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("sign-in:" + AddressOf(context), _ => SignInWindow(settings))
                    : RateLimitPartition.GetNoLimiter("other"));
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perCaller, signIn);
            limiter.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter("sign-in-policy:" + AddressOf(context), _ => SignInWindow(settings)));
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

    /// <summary>Paths whose POST checks a password: the REST session and the workspace's sign-in page.</summary>
    public static IReadOnlyList<string> SignInPaths { get; } = ["/api/session", "/sign-in"];

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && SignInPaths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(p + "/", StringComparison.OrdinalIgnoreCase));

    private static FixedWindowRateLimiterOptions SignInWindow(OperationsOptions settings) => new()
    {
        PermitLimit = settings.SignInAttemptsPerMinute,
        Window = settings.RateLimitWindow,
        QueueLimit = 0,
    };

    private static string AddressOf(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
