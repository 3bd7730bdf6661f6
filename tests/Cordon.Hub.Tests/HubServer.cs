using System.Net.Http.Headers;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Hub.Tests;

/// <summary>
/// A real Cordon server (Kestrel on 127.0.0.1, a free port) over a fresh SQLite store, with one API root and the
/// collections and rights the tests use.
/// </summary>
public sealed class HubServer : IAsyncDisposable
{
    public const string ApiRoot = "partners";
    public const long MaxContentLength = 64 * 1024;

    /// <summary>org-a and org-b read and write; org-c reads; org-d writes only; org-x has no right. org-a and org-b form a sharing group.</summary>
    public const string Shared = "5b3f7c44-2c64-4f0a-9d5e-0d6f7f0e5a01";

    /// <summary>Only org-a reads and writes.</summary>
    public const string Private = "7a1c9e20-8f3b-4b6e-a2d4-1e9f0c3b7d02";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cordon-hub-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    private HubServer()
    {
    }

    public CordonServices Services { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The running application's services (the account service, for tests with real credentials).</summary>
    public IServiceProvider AppServices { get; private set; } = null!;

    public Uri ApiRootUrl => new(BaseAddress, $"/taxii2/{ApiRoot}/");

    public static async Task<HubServer> StartAsync(bool seed = true, bool testAuthentication = true, Action<WebApplicationBuilder>? configure = null)
    {
        var server = new HubServer();
        server.Services = await CordonServices.OpenAsync(null, server.folder);
        if (seed)
        {
            await SeedAsync(server.Services.Store);
        }

        server.app = CordonWebApplication.Build(server.Services, [], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            configure?.Invoke(builder);
            if (!testAuthentication)
            {
                return;
            }

            builder.Services.AddAuthentication(TestAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, null);
        });
        await server.app.StartAsync();
        server.AppServices = server.app.Services;
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public static async Task SeedAsync(ICordonStore store)
    {
        await store.SaveHubApiRootAsync(new HubApiRoot(ApiRoot, "Partners", "Indicators shared between partners", MaxContentLength));
        await store.SaveHubCollectionAsync(new HubCollectionInfo(Shared, ApiRoot, "Shared indicators", "Every partner", "shared", [TaxiiMediaTypes.Stix21]));
        await store.SaveHubCollectionAsync(new HubCollectionInfo(Private, ApiRoot, "Org A only", null, null, [TaxiiMediaTypes.Stix21]));
        await store.SetHubCollectionRightAsync(new HubCollectionRight(Shared, "org-a", true, true));
        await store.SetHubCollectionRightAsync(new HubCollectionRight(Shared, "org-b", true, true));
        await store.SetHubCollectionRightAsync(new HubCollectionRight(Shared, "org-c", true, false));
        await store.SetHubCollectionRightAsync(new HubCollectionRight(Shared, "org-d", false, true));
        await store.SetHubCollectionRightAsync(new HubCollectionRight(Private, "org-a", true, true));
        await store.SaveHubSharingGroupAsync(new HubSharingGroup("dprk-wg", "DPRK working group", ["org-a", "org-b"]));
    }

    /// <summary>A client signed in as <paramref name="organisation"/> with <paramref name="role"/>, accepting TAXII 2.1.</summary>
    public HttpClient Client(string? organisation = "org-a", string role = "analyst")
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (organisation is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(TestAuthentication.SchemeName, organisation + " " + role);
        }

        client.DefaultRequestHeaders.Accept.ParseAdd(TaxiiMediaTypes.Taxii21);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await Services.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
