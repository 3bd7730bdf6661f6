using Cordon.Storage;
using Cordon.Accounts;

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
    public async Task Concurrent_membership_writers_of_one_organisation_never_fail()
    {
        // Two instances: one replaces every membership (a rebuilt network) while the other adds new records' memberships
        // and moves old ones. Unserialised, PostgreSQL found a deadlock here and the assessment request answered 500.
        await using var other = OpenSecondStore();
        await Store.CreateOrganisationAsync(new Organisation("org-a", "A", LinkedAt));
        var old = Enumerable.Range(0, 40).Select(i => $"old-{i:D2}").ToArray();
        await Store.SaveNetworkMembershipsAsync("org-a", old, [.. old.Select(id => new NetworkMembership("org-a", id, "net-old", old.Length, LinkedAt))]);

        var writers = Enumerable.Range(0, 16).Select(round => Task.Run(async () =>
        {
            var store = round % 2 == 0 ? Store : other;
            if (round % 4 == 0)
            {
                await store.SaveNetworkMembershipsAsync("org-a", [], [.. old.Select(id => new NetworkMembership("org-a", id, $"net-{round}", old.Length, LinkedAt))], replaceAll: true);
            }
            else
            {
                // New records first (no row to lock yet), then old rows that a replacing writer holds.
                var added = Enumerable.Range(0, 5).Select(i => $"new-{round}-{i}").ToArray();
                var moved = old.Where((_, i) => i % 3 == round % 3).ToArray();
                await store.SaveAssessmentsAsync("org-a", [.. added.Select(id => new StoredAssessment(id, $$"""{"id":"{{id}}"}""", "{}", 1, "low", "v", LinkedAt))],
                    new NetworkMembershipChange(added, [.. added.Concat(moved).Select(id => new NetworkMembership("org-a", id, $"net-{round}", 5, LinkedAt))], ReplaceAll: false));
            }
        })).ToArray();

        await Task.WhenAll(writers);
        var listed = await Store.GetNetworkMembershipsAsync("org-a");
        Assert.Equal(listed.Count, listed.Select(m => m.RecordId).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(listed, m => m.RecordId.StartsWith("old-", StringComparison.Ordinal));
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
