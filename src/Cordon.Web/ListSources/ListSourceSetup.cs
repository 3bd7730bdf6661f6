using Cordon.Lists;
using Cordon.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cordon.Web.ListSources;

/// <summary>Plugs list sources into the server: the HTTP client, the service and the schedule.</summary>
public static class ListSourceSetup
{
    /// <summary>Registers list sources; call before the app is built.</summary>
    public static void AddListSources(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddListSourceHttp();
        builder.Services.AddSingleton(provider => new ListSourceService(
            provider.GetRequiredService<CordonServices>(),
            provider.GetRequiredService<ListLoader>(),
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<IOptions<ListSourceOptions>>().Value,
            provider.GetRequiredService<ILogger<ListSourceService>>()));
        builder.Services.AddHostedService<ListSourceSchedule>();
    }
}
