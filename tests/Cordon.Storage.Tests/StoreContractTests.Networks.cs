using Cordon.Storage;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset LinkedAt = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Network_memberships_are_replaced_per_record_and_listed_in_ordinal_order()
    {
        await Store.SaveNetworkMembershipsAsync("org-a", ["b", "a", "c"],
        [
            new("org-a", "b", "net-2", 2, LinkedAt),
            new("org-a", "a", "net-1", 1, LinkedAt),
            new("org-a", "c", "net-2", 2, LinkedAt),
        ]);
        await Store.SaveNetworkMembershipsAsync("org-b", ["a"], [new("org-b", "a", "net-9", 2, LinkedAt)]);

        // "a" joins net-2; "c" is listed without a membership, so it leaves every group.
        await Store.SaveNetworkMembershipsAsync("org-a", ["a", "c"], [new("org-a", "a", "net-2", 2, LinkedAt.AddMinutes(1))]);

        var listed = await Store.GetNetworkMembershipsAsync("org-a");
        Assert.Equal(["a", "b"], listed.Select(m => m.RecordId));
        Assert.All(listed, m => Assert.Equal("net-2", m.GroupId));
        Assert.Equal(LinkedAt.AddMinutes(1), listed[0].LinkedAt);
        Assert.Equal(["a"], (await Store.GetNetworkMembershipsAsync("org-b")).Select(m => m.RecordId));
        Assert.Empty(await Store.GetNetworkMembershipsAsync("org-a", "net-9"));
        Assert.Equal(2, (await Store.GetNetworkMembershipsAsync("org-a", "net-2")).Count);
    }

    [Fact]
    public async Task Replacing_all_memberships_touches_one_organisation_only_and_a_bad_item_stores_nothing()
    {
        await Store.SaveNetworkMembershipsAsync("org-a", ["a"], [new("org-a", "a", "net-1", 2, LinkedAt)]);
        await Store.SaveNetworkMembershipsAsync("org-b", ["a"], [new("org-b", "a", "net-1", 2, LinkedAt)]);

        await Store.SaveNetworkMembershipsAsync("org-a", [], [new("org-a", "z", "net-5", 2, LinkedAt)], replaceAll: true);
        Assert.Equal(["z"], (await Store.GetNetworkMembershipsAsync("org-a")).Select(m => m.RecordId));
        Assert.Equal(["a"], (await Store.GetNetworkMembershipsAsync("org-b")).Select(m => m.RecordId));

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveNetworkMembershipsAsync("org-a", [], [new("org-b", "y", "net-6", 2, LinkedAt)], replaceAll: true));
        Assert.Equal(["z"], (await Store.GetNetworkMembershipsAsync("org-a")).Select(m => m.RecordId));
    }

    [Fact]
    public async Task Latest_assessments_give_the_newest_of_every_record_by_id()
    {
        var t = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
        await Store.SaveAssessmentsAsync(Organisation.DefaultId,
        [
            new StoredAssessment("rec-b", """{"id":"rec-b"}""", "{}", 10, "low", "v", t),
            new StoredAssessment("rec-a", """{"id":"rec-a"}""", "{}", 20, "low", "v", t),
        ]);
        await Store.SaveAssessmentsAsync(Organisation.DefaultId, [new StoredAssessment("rec-b", """{"id":"rec-b","v":2}""", "{}", 70, "high", "v", t.AddHours(1))]);
        await Store.CreateOrganisationAsync(new Organisation("org-other", "Other", t));
        await Store.SaveAssessmentsAsync("org-other", [new StoredAssessment("rec-c", """{"id":"rec-c"}""", "{}", 5, "low", "v", t)]);

        var latest = await Store.GetLatestAssessmentsAsync(Organisation.DefaultId);

        Assert.Equal(["rec-a", "rec-b"], latest.Select(a => a.RecordId));
        Assert.Equal(70, latest[1].Score);
        Assert.Contains("\"v\":2", latest[1].RecordJson);
        Assert.Equal(["rec-c"], (await Store.GetLatestAssessmentsAsync("org-other")).Select(a => a.RecordId));
    }
}
