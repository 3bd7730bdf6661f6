using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Cordon.Web.Federation;

/// <summary>
/// The HTTP client the hub follows partners with (TAXII subscriptions and MISP feeds), from <c>IHttpClientFactory</c>:
/// a partner's server that is restarting, overloaded (429 with Retry-After) or briefly unreachable is tried again with
/// exponential back-off and jitter instead of failing the whole poll; each attempt and the whole request have a time-out.
/// Only safe methods are retried: a poll is a GET, so trying it again never adds anything twice.
/// </summary>
public static class FederationHttp
{
    /// <summary>Name of the client in the factory.</summary>
    public const string ClientName = "cordon-federation";

    /// <summary>Attempts after the first one.</summary>
    public const int Retries = 3;

    /// <summary>Registers the client.</summary>
    /// <param name="services">The services.</param>
    /// <param name="firstRetryDelay">The back-off's first delay (default 2 s); tests shorten it.</param>
    public static IServiceCollection AddFederationHttp(this IServiceCollection services, TimeSpan? firstRetryDelay = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient(ClientName, client =>
            {
                // The resilience pipeline bounds the time instead (per attempt and in all).
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Cordon-hub/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                MaxAutomaticRedirections = 5,
                PooledConnectionLifetime = TimeSpan.FromMinutes(15),
            })
            .AddResilienceHandler("federation", pipeline =>
            {
                pipeline.AddTimeout(TimeSpan.FromMinutes(5));
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Retries,
                    Delay = firstRetryDelay ?? TimeSpan.FromSeconds(2),
                    MaxDelay = TimeSpan.FromMinutes(1),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                };
                retry.DisableForUnsafeHttpMethods();
                pipeline.AddRetry(retry);
                pipeline.AddTimeout(TimeSpan.FromMinutes(2));
            });
        return services;
    }

    /// <summary>The client from <paramref name="provider"/>'s factory.</summary>
    public static HttpClient CreateFederationClient(this IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
}
