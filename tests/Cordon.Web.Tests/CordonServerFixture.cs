using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cordon.Accounts;
using Cordon.Core;
using Cordon.Core.Access;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Tests;

/// <summary>A real Cordon server (SQLite in a temporary folder, the OFAC sample list imported) on an in-memory test server.</summary>
public sealed class CordonServerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public CordonServices Services { get; private set; } = null!;

    /// <summary>An analyst of the organisation 'default', authenticated with an API key.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The server's account service (to create organisations, users and keys in the test store).</summary>
    public AccountService Accounts { get; private set; } = null!;

    /// <summary>The running application's services (its endpoints, the case service…).</summary>
    public IServiceProvider AppServices => _app!.Services;

    /// <summary>A client without credentials.</summary>
    public HttpClient CreateAnonymousClient() => _app!.GetTestClient();

    /// <summary>
    /// A client authenticated with a new API key of a new user of <paramref name="role"/> in <paramref name="organisationId"/>
    /// (the organisation is created when missing).
    /// </summary>
    public async Task<HttpClient> CreateClientAsync(string organisationId, string role)
    {
        var (_, key) = await CreateUserWithKeyAsync(organisationId, role);
        var client = _app!.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A new user of <paramref name="role"/> in <paramref name="organisationId"/> and a new key of theirs (the whole key).</summary>
    public async Task<(CreatedUser User, string Key)> CreateUserWithKeyAsync(string organisationId, string role, string? password = null)
    {
        if (await Services.Store.GetOrganisationAsync(organisationId) is null)
        {
            await Accounts.CreateOrganisationAsync(Actor.Operator, organisationId, organisationId);
        }

        var user = await Accounts.CreateUserAsync(Actor.Operator, organisationId, $"{role}-{Guid.NewGuid():N}"[..24], null, role, password);
        var key = await Accounts.CreateApiKeyAsync(Actor.Operator, user.User.UserName, "tests");
        return (user, key.Secret);
    }

    public async Task InitializeAsync()
    {
        Services = await CordonServices.OpenAsync(null, _folder);
        await Services.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots);
        _app = CordonWebApplication.Build(Services, [], builder => builder.WebHost.UseTestServer());
        await _app.StartAsync();
        Accounts = _app.Services.GetRequiredService<AccountService>();
        Client = await CreateClientAsync(Cordon.Accounts.Organisation.DefaultId, CordonRoles.Analyst);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
