using Cordon.Storage;

namespace Cordon.Storage.Tests;

/// <summary>TAXII 2.1 section 3.4.1 <c>match[spec_version]</c> in the store's query (issue 18), on every provider.</summary>
public abstract partial class StoreContractTests
{
    private const string MixedSpecObject = "indicator--d1d1d1d1-d1d1-4d1d-8d1d-d1d1d1d1d1d1";
    private const string OnlyOldSpecObject = "indicator--e2e2e2e2-e2e2-4e2e-8e2e-e2e2e2e2e2e2";

    // The mixed object's newest version is STIX 2.0, its older ones 2.1; the other object has only a 2.0 version.
    private async Task ArrangeSpecVersionsAsync()
    {
        await ArrangeHubAsync();
        await Store.AddHubObjectsAsync(new HubAddRequest(
            HubCollectionId,
            "org-a",
            [
                HubObject(MixedSpecObject, HubNow.AddDays(-3)),
                HubObject(MixedSpecObject, HubNow.AddDays(-2)),
                HubObject(MixedSpecObject, HubNow.AddDays(-1)) with { SpecVersion = "2.0" },
                HubObject(OnlyOldSpecObject, HubNow.AddDays(-1)) with { SpecVersion = "2.0" },
            ],
            null,
            HubNow));
    }

    private async Task<List<(string Id, string Spec, DateTimeOffset Version)>> SpecReadAsync(IReadOnlyList<string>? specs, HubVersionFilter versions) =>
        [.. (await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, "org-c", 100, Versions: versions, SpecVersions: specs))).Objects
            .Select(o => (o.ObjectId, o.SpecVersion, o.Version))];

    [Fact]
    public async Task Hub_without_match_spec_version_only_the_latest_specification_version_of_each_object_is_read()
    {
        await ArrangeSpecVersionsAsync();

        Assert.Equal(
            [(MixedSpecObject, "2.1", HubNow.AddDays(-2)), (OnlyOldSpecObject, "2.0", HubNow.AddDays(-1))],
            await SpecReadAsync(null, HubVersionFilter.LastOnly));
        Assert.Equal(
            [(MixedSpecObject, "2.1", HubNow.AddDays(-3)), (MixedSpecObject, "2.1", HubNow.AddDays(-2)), (OnlyOldSpecObject, "2.0", HubNow.AddDays(-1))],
            await SpecReadAsync(null, HubVersionFilter.Every));
        var everySpec = await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, "org-c", 100, Versions: HubVersionFilter.Every) { EverySpecVersion = true });
        Assert.Equal(4, everySpec.Objects.Count);
    }

    [Fact]
    public async Task Hub_match_spec_version_selects_the_specification_versions_before_the_last_version_is_judged()
    {
        await ArrangeSpecVersionsAsync();

        Assert.Equal([(MixedSpecObject, "2.1", HubNow.AddDays(-2))], await SpecReadAsync(["2.1"], HubVersionFilter.LastOnly));
        Assert.Equal(
            [(MixedSpecObject, "2.0", HubNow.AddDays(-1)), (OnlyOldSpecObject, "2.0", HubNow.AddDays(-1))],
            await SpecReadAsync(["2.0"], HubVersionFilter.LastOnly));
        Assert.Equal([(MixedSpecObject, "2.1", HubNow.AddDays(-3))], await SpecReadAsync(["2.1"], new HubVersionFilter(true, false, false, [])));
        Assert.Equal(
            [(MixedSpecObject, "2.0", HubNow.AddDays(-1)), (OnlyOldSpecObject, "2.0", HubNow.AddDays(-1))],
            await SpecReadAsync(["2.0", "2.1"], HubVersionFilter.LastOnly));
    }
}
