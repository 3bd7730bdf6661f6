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
    public async Task Re_adding_another_organisations_object_is_refused_and_reveals_none_of_it()
    {
        // Issue 13 finding 4: a copy under the owner's id would have become a version of the owner's object. Refusing it
        // tells the caller only that the id (which it already holds) is taken, never the object.
        var client = fixture.Server.Client("org-b");
        var (_, red) = await fixture.Server.Client("org-a").GetJsonAsync(OneObject(HubServer.Shared, fixture.IdByLevel["red"]));
        var copy = red["objects"]![0]!.DeepClone();

        var copyStatus = await client.AddAsync(HubServer.Shared, copy);

        Assert.Equal(0, copyStatus["success_count"]!.GetValue<int>());
        var failure = Assert.Single(copyStatus["failures"]!.AsArray())!;
        Assert.DoesNotContain("org-a", failure.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pattern", failure.ToJsonString(), StringComparison.Ordinal);
        var (response, _) = await client.GetJsonAsync(OneObject(HubServer.Shared, fixture.IdByLevel["red"]));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
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
