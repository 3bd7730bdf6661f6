using System.Net;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>Access rules around writes by partners (each test on its own server, since they add objects).</summary>
public sealed class TaxiiAccessWriteTests : IAsyncLifetime
{
    private readonly AccessMatrixFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task Re_adding_an_unreadable_object_tells_nothing_and_stores_the_callers_own_copy()
    {
        var client = fixture.Server.Client("org-b");
        var (_, red) = await fixture.Server.Client("org-a").GetJsonAsync(OneObject(HubServer.Shared, fixture.IdByLevel["red"]));
        var copy = red["objects"]![0]!.DeepClone();
        var fresh = Stix.Indicator(marking: TlpMarkings.Red);

        var copyStatus = await client.AddAsync(HubServer.Shared, copy);
        var freshStatus = await client.AddAsync(HubServer.Shared, fresh);

        Assert.Equal(freshStatus["success_count"]!.ToJsonString(), copyStatus["success_count"]!.ToJsonString());
        var (response, mine) = await client.GetJsonAsync(OneObject(HubServer.Shared, fixture.IdByLevel["red"]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(mine["objects"]!.AsArray());
        var (_, others) = await fixture.Server.Client("org-c").GetJsonAsync(OneObject(HubServer.Shared, fixture.IdByLevel["red"]));
        Assert.Equal("Object not found", others["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sightings_are_seen_by_the_sighter_and_the_indicator_owner_only()
    {
        var indicator = fixture.IdByLevel["green"];
        var sighting = Stix.Sighting(indicator, 3);
        await fixture.Server.Client("org-b").AddAsync(HubServer.Shared, sighting);
        var id = sighting["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await fixture.Server.Client("org-a").GetAsync(OneObject(HubServer.Shared, id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Server.Client("org-b").GetAsync(OneObject(HubServer.Shared, id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Server.Client("org-c").GetAsync(OneObject(HubServer.Shared, id))).StatusCode);
        var (_, manifest) = await fixture.Server.Client("org-c").GetJsonAsync(Manifest(HubServer.Shared) + "?match[type]=sighting");
        Assert.Empty(manifest);
    }
}
