using Cordon.Storage;

namespace Cordon.Storage.Tests;

/// <summary>
/// The access matrix's object-ownership and sighting-routing cases (issue 13 findings 4 and 5), on every provider: an
/// object id belongs, per collection, to the organisation that first added it there; sightings go to that owner.
/// </summary>
public abstract partial class StoreContractTests
{
    private const string OtherHubCollectionId = "5e8a2c71-9b4d-4f3e-8a1c-6d7e8f9a0b22";
    private const string OwnedIndicator = "indicator--77777777-7777-4777-8777-777777777777";

    private async Task ArrangeTwoHubCollectionsAsync()
    {
        await ArrangeHubAsync();
        await Store.SaveHubCollectionAsync(new HubCollectionInfo(OtherHubCollectionId, "partners", "Org B's own", null, null, ["application/stix+json;version=2.1"]));
    }

    [Fact]
    public async Task Hub_object_versions_from_another_organisation_are_refused_and_the_owner_keeps_the_latest()
    {
        await ArrangeTwoHubCollectionsAsync();
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject(OwnedIndicator, HubNow.AddDays(-2))], null, HubNow));
        var status = new HubStatus("s-own", "partners", "org-b", "complete", HubNow, 2, [], [], []);

        var result = await Store.AddHubObjectsAsync(new HubAddRequest(
            HubCollectionId, "org-b", [HubObject(OwnedIndicator, HubNow, revoked: true), HubObject("indicator--88888888-8888-4888-8888-888888888888", HubNow)], status, HubNow));

        Assert.Equal(1, result.Added);
        Assert.Equal(OwnedIndicator, Assert.Single(result.Refused).Id);
        Assert.Equal(OwnedIndicator, Assert.Single(result.Status!.Failures).Id);
        Assert.Equal(["indicator--88888888-8888-4888-8888-888888888888"], result.Status.Successes.Select(s => s.Id));
        foreach (var reader in new[] { "org-a", "org-b", "org-c" })
        {
            var latest = Assert.Single((await ReadHubAsync(reader)).Objects, o => o.ObjectId == OwnedIndicator);
            Assert.Equal(("org-a", false, HubNow.AddDays(-2)), (latest.OwnerOrganisation, latest.Revoked, latest.Version));
        }

        // The owner still adds versions (a revocation), and another collection is another owner's space.
        Assert.Equal(1, (await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject(OwnedIndicator, HubNow, revoked: true)], null, HubNow))).Added);
        Assert.True(Assert.Single((await ReadHubAsync("org-c")).Objects, o => o.ObjectId == OwnedIndicator).Revoked);
        Assert.Equal(1, (await Store.AddHubObjectsAsync(new HubAddRequest(OtherHubCollectionId, "org-b", [HubObject(OwnedIndicator, HubNow)], null, HubNow))).Added);
    }

    [Fact]
    public async Task Hub_all_or_nothing_adds_refuse_the_whole_request_when_one_object_is_another_organisations()
    {
        await ArrangeHubAsync();
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject(OwnedIndicator, HubNow.AddDays(-1))], null, HubNow));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.AddHubObjectsAsync(new HubAddRequest(
            HubCollectionId, "org-b", [HubObject("indicator--99999999-9999-4999-8999-999999999999", HubNow), HubObject(OwnedIndicator, HubNow)], null, HubNow) { AllOrNothing = true }));

        Assert.Contains(OwnedIndicator, error.Message, StringComparison.Ordinal);
        Assert.Equal([OwnedIndicator], (await ReadHubAsync("org-b")).Objects.Select(o => o.ObjectId));
    }

    [Fact]
    public async Task Hub_sightings_are_routed_to_the_owner_of_the_sighted_object_in_their_collection_not_to_a_copier_elsewhere()
    {
        await ArrangeTwoHubCollectionsAsync();
        const string Sighting = "sighting--aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject(OwnedIndicator, HubNow.AddDays(-2))], null, HubNow));
        await Store.AddHubObjectsAsync(new HubAddRequest(OtherHubCollectionId, "org-b", [HubObject(OwnedIndicator, HubNow)], null, HubNow));

        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-c", [HubObject(Sighting, HubNow, sightingOf: OwnedIndicator)], null, HubNow));

        Assert.Contains((await ReadHubAsync("org-a")).Objects, o => o.ObjectId == Sighting);
        Assert.Contains((await ReadHubAsync("org-c")).Objects, o => o.ObjectId == Sighting);
        Assert.DoesNotContain((await ReadHubAsync("org-b")).Objects, o => o.ObjectId == Sighting);
        Assert.DoesNotContain((await Store.QueryHubObjectsAsync(new HubObjectQuery(OtherHubCollectionId, "org-b", 100))).Objects, o => o.Type == "sighting");
    }

    [Fact]
    public async Task Hub_a_sighting_stored_before_its_object_goes_to_the_owner_once_the_object_arrives()
    {
        await ArrangeHubAsync();
        const string Sighting = "sighting--bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-c", [HubObject(Sighting, HubNow, sightingOf: OwnedIndicator)], null, HubNow));
        Assert.DoesNotContain((await ReadHubAsync("org-a")).Objects, o => o.ObjectId == Sighting);

        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject(OwnedIndicator, HubNow)], null, HubNow));

        Assert.Contains((await ReadHubAsync("org-a")).Objects, o => o.ObjectId == Sighting);
        Assert.DoesNotContain((await ReadHubAsync("org-b")).Objects, o => o.ObjectId == Sighting);
    }
}
