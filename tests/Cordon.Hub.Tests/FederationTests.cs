using System.Text.Json.Nodes;
using Cordon.Stix.Markings;
using Cordon.Storage;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>Two Cordon servers on loopback: one follows a collection of the other over TAXII 2.1.</summary>
public sealed class FederationTests : IAsyncLifetime
{
    private HubServer origin = null!;
    private HubServer follower = null!;

    public async Task InitializeAsync()
    {
        origin = await HubServer.StartAsync();
        follower = await HubServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await origin.DisposeAsync();
        await follower.DisposeAsync();
    }

    [Fact]
    public async Task An_indicator_added_on_one_server_reaches_the_other_and_so_does_its_revocation()
    {
        using var http = new HttpClient();
        var federation = new TaxiiFederation(follower.Services.Store, http) { PageSize = 2 };
        await federation.SaveAsync(new TaxiiSubscription(
            "origin-shared",
            new Uri(origin.BaseAddress, Collection(HubServer.Shared)),
            HubServer.Shared,
            "org-a",
            "Test org-c analyst",
            null));
        var id = Stix.NewId("indicator");
        var filler = Enumerable.Range(0, 4).Select(_ => (JsonNode)Stix.Indicator()).ToArray();
        await origin.Client("org-a").AddAsync(HubServer.Shared, [Stix.Indicator(id, Stix.T0, TlpMarkings.GreenId), .. filler]);
        await origin.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(marking: TlpMarkings.RedId));

        var first = await federation.PollAsync("origin-shared");

        Assert.Equal(5, first.Received);
        Assert.Equal(5, first.Added);
        Assert.Equal(3, first.Pages);
        var (_, arrived) = await follower.Client("org-c").GetJsonAsync(OneObject(HubServer.Shared, id));
        var indicator = Assert.Single(arrived["objects"]!.AsArray())!;
        Assert.Null(indicator["revoked"]);
        var stored = (await follower.Services.Store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Shared, "org-a", 10, Ids: [id]))).Objects.Single();
        Assert.Equal(new Uri(origin.BaseAddress, Collection(HubServer.Shared)).AbsoluteUri, stored.Provenance);

        var nothing = await federation.PollAsync("origin-shared");
        Assert.Equal(0, nothing.Received);

        await origin.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(id, Stix.T0.AddDays(1), TlpMarkings.GreenId, revoked: true));
        var second = await federation.PollAsync("origin-shared");

        Assert.Equal(1, second.Received);
        Assert.Equal(1, second.Added);
        var (_, latest) = await follower.Client("org-c").GetJsonAsync(OneObject(HubServer.Shared, id));
        Assert.True(Assert.Single(latest["objects"]!.AsArray())!["revoked"]!.GetValue<bool>());
        var (_, versions) = await follower.Client("org-c").GetJsonAsync(Versions(HubServer.Shared, id));
        Assert.Equal(2, versions["versions"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_refused_poll_stores_nothing_and_keeps_the_polling_state()
    {
        using var http = new HttpClient();
        var federation = new TaxiiFederation(follower.Services.Store, http);
        await federation.SaveAsync(new TaxiiSubscription("no-rights", new Uri(origin.BaseAddress, Collection(HubServer.Shared)), HubServer.Shared, "org-a", "Test org-x analyst", null));
        await origin.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator());

        var error = await Assert.ThrowsAsync<TaxiiException>(() => federation.PollAsync("no-rights"));

        Assert.Equal(404, error.HttpStatus);
        Assert.Null((await federation.GetAllAsync()).Single().AddedAfter);
        Assert.Empty((await follower.Services.Store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Shared, "org-a", 10))).Objects);
    }
}
