using System.Net;
using System.Text.Json.Nodes;
using Cordon.Stix.Markings;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>Partners report sightings of an indicator; its owner sees who (unless anonymous), others see counts the markings allow.</summary>
public sealed class SightingTests : IAsyncLifetime
{
    private HubServer server = null!;

    public async Task InitializeAsync() => server = await HubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static string Sightings(string id) => OneObject(HubServer.Shared, id) + "sightings/";

    [Fact]
    public async Task The_owner_sees_who_others_see_counts_and_anonymous_reporters_stay_unnamed()
    {
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
        var id = indicator["id"]!.GetValue<string>();
        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);
        var named = Stix.Sighting(id, 3, TlpMarkings.GreenId, createdBy: "identity--0b8e1f0a-1c2d-4e3f-8a4b-5c6d7e8f9a01");
        named["where_sighted_refs"] = new JsonArray("identity--0b8e1f0a-1c2d-4e3f-8a4b-5c6d7e8f9a01");
        var anonymous = Stix.Sighting(id, 5, TlpMarkings.GreenId, createdBy: "identity--1c9f2a1b-2d3e-4f5a-9b6c-7d8e9f0a1b02");
        anonymous["where_sighted_refs"] = new JsonArray("identity--1c9f2a1b-2d3e-4f5a-9b6c-7d8e9f0a1b02");
        anonymous[SharingHub.AnonymousProperty] = true;
        var secret = Stix.Sighting(id, 7, TlpMarkings.RedId);
        await server.Client("org-b").AddAsync(HubServer.Shared, named, secret);
        await server.Client("org-d").AddAsync(HubServer.Shared, anonymous);

        var (_, owner) = await server.Client("org-a").GetJsonAsync(Sightings(id));
        Assert.Equal(2, owner["sightings"]!.GetValue<int>());
        Assert.Equal(8, owner["total_count"]!.GetValue<long>());
        var reports = owner["reports"]!.AsArray();
        var fromB = reports.Single(r => r!["organisation"]?.GetValue<string>() == "org-b")!;
        Assert.Equal(3, fromB["count"]!.GetValue<int>());
        Assert.Single(fromB["where_sighted_refs"]!.AsArray());
        var unnamed = reports.Single(r => r!["organisation"] is null)!;
        Assert.Equal(5, unnamed["count"]!.GetValue<int>());
        Assert.Empty(unnamed["where_sighted_refs"]!.AsArray());
        Assert.DoesNotContain("org-d", owner.ToJsonString());

        var (_, stored) = await server.Client("org-a").GetJsonAsync(OneObject(HubServer.Shared, anonymous["id"]!.GetValue<string>()));
        var anonymousAsStored = stored["objects"]![0]!;
        Assert.Null(anonymousAsStored["created_by_ref"]);
        Assert.Null(anonymousAsStored["where_sighted_refs"]);

        var (_, partner) = await server.Client("org-c").GetJsonAsync(Sightings(id));
        Assert.Equal(2, partner["sightings"]!.GetValue<int>());
        Assert.Equal(8, partner["total_count"]!.GetValue<long>());
        Assert.Null(partner["reports"]);

        var (_, reporter) = await server.Client("org-b").GetJsonAsync(Sightings(id));
        Assert.Equal(3, reporter["sightings"]!.GetValue<int>());
        Assert.Equal(15, reporter["total_count"]!.GetValue<long>());
        Assert.Null(reporter["reports"]);
    }

    [Fact]
    public async Task Sightings_of_an_unreadable_indicator_are_answered_like_a_missing_one()
    {
        var red = Stix.Indicator(marking: TlpMarkings.RedId);
        await server.Client("org-a").AddAsync(HubServer.Shared, red);
        await server.Client("org-b").AddAsync(HubServer.Shared, Stix.Sighting(red["id"]!.GetValue<string>(), 2, TlpMarkings.GreenId));

        var hidden = await server.Client("org-c").GetAsync(Sightings(red["id"]!.GetValue<string>()));
        var missing = await server.Client("org-c").GetAsync(Sightings(Stix.NewId("indicator")));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
        var (_, owner) = await server.Client("org-a").GetJsonAsync(Sightings(red["id"]!.GetValue<string>()));
        Assert.Equal(1, owner["sightings"]!.GetValue<int>());
    }
}
