using Cordon.Accounts;
using Cordon.Cases;
using Cordon.Core;
using Cordon.Core.Coordination;
using Cordon.Lists;
using Cordon.Hub;
using Cordon.Screening;
using Cordon.Web.Endpoints;
using Cordon.Web.ListSources;
using Cordon.Web.Federation;
using Cordon.Web.Misp;
using Cordon.Web.Operations;
using Cordon.Web.Taxii;
using Cordon.Web.Security;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cordon.Web;

/// <summary>Builds Cordon's HTTP server: the REST API (with its OpenAPI document) and the web UI.</summary>
public static class CordonWebApplication
{
    /// <summary>Path of the served OpenAPI document.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>
    /// Builds the application around already opened <paramref name="services"/>.
    /// <paramref name="configure"/> lets the caller set addresses or a test server before the app is built.
    /// </summary>
    public static WebApplication Build(CordonServices services, string[]? args = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.Configuration.AddCordonEnvironment();
        // Request-by-request framework logs drown what an operator needs; warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(services);
        // Pages, endpoints and services take the narrow port of the data they use; one store implements them all.
        builder.Services.AddSingleton<IListStore>(services.Store);
        builder.Services.AddSingleton<IListSourceStore>(services.Store);
        builder.Services.AddSingleton<ICaseStore>(services.Store);
        builder.Services.AddSingleton<IAccountStore>(services.Store);
        builder.Services.AddSingleton<IAuditStore>(services.Store);
        builder.Services.AddSingleton<IInstanceLocks>(services.Store);
        builder.Services.AddSingleton(provider => ListUploads.Loader(provider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()));
        builder.Services.AddSingleton(_ => new SharingHub(services.Store, services.Time, correlation: services.HubCorrelation));
        builder.Services.AddFederationHttp();
        builder.Services.AddHostedService<HubPollService>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(ApiDocumentation.Configure);
        builder.Services.Configure<JsonOptions>(options => CordonJson.Configure(options.SerializerOptions));
        builder.Services.AddCordonSecurity(services);
        builder.AddWorkspace(services);
        builder.AddCordonOperations();
        builder.AddListSources();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseCordonErrorHandling();
        app.UseCordonOperations();
        app.UseApiReference();
        app.UseCordonSecurity();
        app.UseCordonRateLimits();
        app.MapOpenApi(OpenApiPath).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapListEndpoints();
        app.MapListSourceEndpoints();
        app.MapScreeningEndpoints();
        app.MapWatchEndpoints();
        app.MapAssessmentEndpoints();
        app.MapTaxiiEndpoints();
        app.MapMispFeedEndpoints();
        app.MapWorkspace();
        app.MapNetworkEndpoints();
        app.MapCalibrationEndpoints();
        app.MapHubIndicatorEndpoints();
        app.MapCaseEndpoints();
        return app;
    }
}
