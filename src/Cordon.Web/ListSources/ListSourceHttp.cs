using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Cordon.Web.ListSources;

/// <summary>
/// The HTTP client list sources are fetched with, from <c>IHttpClientFactory</c>: retries with exponential back-off on
/// connection errors, time-outs, 408, 429 and 5xx answers, a time-out per attempt, HTTP decompression, few redirects.
/// </summary>
public static class ListSourceHttp
{
    /// <summary>Name of the client in the factory.</summary>
    public const string ClientName = "cordon-list-sources";

    /// <summary>Registers the options (section <see cref="ListSourceOptions.Section"/>) and the client.</summary>
    public static IServiceCollection AddListSourceHttp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ListSourceOptions>().BindConfiguration(ListSourceOptions.Section).PostConfigure(o => o.Validate());
        services.AddHttpClient(ClientName, client =>
            {
                // The resilience handler and the downloader's deadline bound the time instead, also while the body is read.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Cordon-list-update/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                MaxAutomaticRedirections = 5,
                PooledConnectionLifetime = TimeSpan.FromMinutes(15),
            })
            .AddResilienceHandler("list-download", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ListSourceOptions>>().Value;
                if (options.Retries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.Retries,
                        Delay = options.RetryDelay,
                        MaxDelay = TimeSpan.FromMinutes(2),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }

                pipeline.AddTimeout(options.AttemptTimeout);
            });
        return services;
    }
}
