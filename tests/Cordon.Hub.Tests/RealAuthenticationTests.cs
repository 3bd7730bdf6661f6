using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Stix.Markings;
using Microsoft.Extensions.DependencyInjection;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>The TAXII endpoints behind Cordon's own authentication: API keys as bearer tokens or through HTTP Basic.</summary>
public sealed class RealAuthenticationTests : IAsyncLifetime
{
    private HubServer server = null!;

    public async Task InitializeAsync() => server = await HubServer.StartAsync(testAuthentication: false);

    public async Task DisposeAsync() => await server.DisposeAsync();

    private async Task<string> KeyAsync(string organisation, string role)
    {
        var accounts = server.AppServices.GetRequiredService<AccountService>();
        if (await server.Services.Store.GetOrganisationAsync(organisation) is null)
        {
            await accounts.CreateOrganisationAsync(Actor.Operator, organisation, organisation);
        }

        var user = await accounts.CreateUserAsync(Actor.Operator, organisation, $"{organisation}-{role}-{Guid.NewGuid():N}"[..24], null, role, null);
        return (await accounts.CreateApiKeyAsync(Actor.Operator, user.User.UserName, "taxii")).Secret;
    }

    private HttpClient Client(AuthenticationHeaderValue? authorization)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Accept.ParseAdd(TaxiiMediaTypes.Taxii21);
        client.DefaultRequestHeaders.Authorization = authorization;
        return client;
    }

    [Fact]
    public async Task The_token_scheme_of_the_oasis_python_client_is_a_synonym_of_bearer_for_api_keys()
    {
        var key = await KeyAsync("org-a", CordonRoles.ApiClient);
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);

        await Client(new AuthenticationHeaderValue("Token", key)).AddAsync(HubServer.Shared, indicator);
        var (response, envelope) = await Client(new AuthenticationHeaderValue("Token", key)).GetJsonAsync(Objects(HubServer.Shared));
        var wrong = await Client(new AuthenticationHeaderValue("Token", "cordon_not-a-key")).GetAsync(Objects(HubServer.Shared));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([indicator["id"]!.GetValue<string>()], Ids(envelope));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task Api_keys_work_as_bearer_tokens_and_as_basic_passwords_and_bad_ones_get_a_taxii_401()
    {
        var writerKey = await KeyAsync("org-a", CordonRoles.ApiClient);
        var readerKey = await KeyAsync("org-c", CordonRoles.ApiClient);
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
        var red = Stix.Indicator(marking: TlpMarkings.RedId);

        await Client(new AuthenticationHeaderValue("Bearer", writerKey)).AddAsync(HubServer.Shared, indicator, red);
        var basic = Client(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("taxii-client:" + readerKey))));
        var (response, envelope) = await basic.GetJsonAsync(Objects(HubServer.Shared));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([indicator["id"]!.GetValue<string>()], Ids(envelope));

        var wrong = await Client(new AuthenticationHeaderValue("Bearer", "cordon_not-a-key")).GetAsync(Objects(HubServer.Shared));
        var none = await Client(null).GetAsync("/taxii2/");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("\"http_status\":\"401\"", await none.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Federation_polls_with_an_api_key()
    {
        var follower = await HubServer.StartAsync();
        await using (follower)
        {
            var writerKey = await KeyAsync("org-a", CordonRoles.Analyst);
            var readerKey = await KeyAsync("org-c", CordonRoles.ApiClient);
            var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
            await Client(new AuthenticationHeaderValue("Bearer", writerKey)).AddAsync(HubServer.Shared, indicator);
            using var http = new HttpClient();
            var federation = new TaxiiFederation(follower.Services.Store, http);
            await federation.SaveAsync(new TaxiiSubscription(
                "origin", new Uri(server.BaseAddress, Collection(HubServer.Shared)), HubServer.Shared, "org-a", TaxiiClient.Bearer(readerKey).ToString(), null));

            var result = await federation.PollAsync("origin");

            Assert.Equal(1, result.Added);
            Assert.Equal(HttpStatusCode.OK, (await follower.Client("org-a").GetAsync(OneObject(HubServer.Shared, indicator["id"]!.GetValue<string>()))).StatusCode);
        }
    }
}
