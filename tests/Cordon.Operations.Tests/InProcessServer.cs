using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Operations.Tests;

/// <summary>A Cordon server on an in-memory test server (SQLite in a temporary folder, the OFAC sample list imported).</summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cordon-ops-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public CordonServices Services { get; private set; } = null!;

    /// <summary>A client with an administrator's API key.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A client without credentials.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>The server's account service.</summary>
    public AccountService Accounts { get; private set; } = null!;

    /// <summary>The server's data folder (its SQLite database is <c>cordon.db</c> there).</summary>
    public string DataFolder => folder;

    /// <summary>A new client without credentials (its own headers).</summary>
    public HttpClient NewClient()
    {
        var client = app!.GetTestClient();
        client.BaseAddress = Anonymous.BaseAddress;
        return client;
    }

    /// <summary>A new client whose requests come from <paramref name="address"/> (with <see cref="ClientAddressFromHeader"/>).</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Add(TestClientAddress, address);
        return client;
    }

    private const string TestClientAddress = "X-Test-Client-Address";

    /// <summary>
    /// The in-memory test server has no client addresses; this puts the one a test names first in the pipeline, so that two
    /// clients look as they would on a network.
    /// </summary>
    public static void ClientAddressFromHeader(WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<IStartupFilter, ClientAddressFilter>();

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[TestClientAddress], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }

    /// <summary>
    /// Starts a server on <paramref name="database"/> (null: SQLite in a temporary folder), with the OFAC sample list
    /// imported unless <paramref name="importLists"/> is false.
    /// </summary>
    public static async Task<InProcessServer> StartAsync(IReadOnlyDictionary<string, string>? configuration = null, string address = "http://localhost", Action<WebApplicationBuilder>? configure = null, string? database = null, bool importLists = true)
    {
        var server = new InProcessServer();
        server.Services = await CordonServices.OpenAsync(database, server.folder);
        if (importLists)
        {
            await server.Services.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots);
            // As cordon serve does before it says it is serving: readiness never builds the index itself.
            await server.Services.Catalog.GetIndexAsync();
        }

        server.app = CordonWebApplication.Build(server.Services, [], builder =>
        {
            builder.WebHost.UseTestServer();
            foreach (var (name, value) in configuration ?? new Dictionary<string, string>())
            {
                builder.Configuration[name] = value;
            }

            configure?.Invoke(builder);
        });
        await server.app.StartAsync();
        var accounts = server.app.Services.GetRequiredService<AccountService>();
        server.Accounts = accounts;
        var user = await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "ops-admin", null, CordonRoles.Admin, null);
        var key = await accounts.CreateApiKeyAsync(Actor.Operator, user.User.UserName, "operations tests");
        server.Client = server.app.GetTestClient();
        server.Client.BaseAddress = new Uri(address);
        server.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Secret);
        server.Anonymous = server.app.GetTestClient();
        server.Anonymous.BaseAddress = new Uri(address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await Services.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
