using Cordon.Storage;

namespace Cordon.Storage.Tests;

/// <summary>
/// match[version]=first/last rely on stored newest/oldest flags kept by every add and delete (migration 12); these tests
/// hold them to the definition: the earliest/latest among the versions the reader may read, computed here from the
/// reader's full version list.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly HubVersionFilter FirstOnly = new(true, false, false, []);

    private async Task<List<DateTimeOffset>> HubVersionsAsync(string reader, HubVersionFilter filter, string? objectId = null) =>
        (await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, reader, 1000, Ids: objectId is null ? null : [objectId], Versions: filter)))
            .Objects.Select(o => o.Version).ToList();

    [Fact]
    public async Task Hub_last_and_first_follow_versions_added_out_of_order_and_deleted()
    {
        await ArrangeHubAsync();
        const string Id = "indicator--c0c0c0c0-c0c0-4c0c-8c0c-c0c0c0c0c0c0";
        async Task AddAsync(string owner, DateTimeOffset version, string tlp = HubTlp.Green) =>
            await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, owner, [HubObject(Id, version, tlp)], null, HubNow));
        var (v1, v2, v3) = (HubNow.AddDays(-3), HubNow.AddDays(-2), HubNow.AddDays(-1));

        await AddAsync("org-a", v2);
        Assert.Equal([v2], await HubVersionsAsync("org-c", HubVersionFilter.LastOnly));
        Assert.Equal([v2], await HubVersionsAsync("org-c", FirstOnly));

        // An older version arriving later becomes the first and leaves the last alone.
        await AddAsync("org-a", v1);
        Assert.Equal([v2], await HubVersionsAsync("org-c", HubVersionFilter.LastOnly));
        Assert.Equal([v1], await HubVersionsAsync("org-c", FirstOnly));

        // Another organisation's version of the object is refused: the owner's versions alone decide the last one.
        var refused = await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-b", [HubObject(Id, v3)], null, HubNow));
        Assert.Equal((0, Id), (refused.Added, Assert.Single(refused.Refused).Id));
        await AddAsync("org-a", v3);
        Assert.Equal([v3], await HubVersionsAsync("org-c", HubVersionFilter.LastOnly));
        Assert.Equal([v1, v3], await HubVersionsAsync("org-c", new HubVersionFilter(true, true, false, [])));

        // Deleting the newest moves the last one back; another organisation deletes nothing.
        var stored = (await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, "org-a", 100, Versions: HubVersionFilter.Every))).Objects;
        Assert.Equal(0, await Store.DeleteHubObjectsAsync(HubCollectionId, "org-b", [stored.Single(o => o.Version == v3).Sequence]));
        Assert.Equal([v3], await HubVersionsAsync("org-c", HubVersionFilter.LastOnly));
        Assert.Equal(1, await Store.DeleteHubObjectsAsync(HubCollectionId, "org-a", [stored.Single(o => o.Version == v3 && o.OwnerOrganisation == "org-a").Sequence]));
        Assert.Equal([v2], await HubVersionsAsync("org-c", HubVersionFilter.LastOnly));

        // Deleting the first makes the next one the first; deleting everything leaves nothing behind.
        Assert.Equal(1, await Store.DeleteHubObjectsAsync(HubCollectionId, "org-a", [stored.Single(o => o.Version == v1).Sequence]));
        Assert.Equal([v2], await HubVersionsAsync("org-c", FirstOnly));
        Assert.Equal([v2], await HubVersionsAsync("org-c", HubVersionFilter.LastOnly));

        // A newer version the reader may not read leaves the reader's last where it was; the owner sees the new one.
        await AddAsync("org-a", v3, HubTlp.AmberStrict);
        Assert.Equal([v2], await HubVersionsAsync("org-c", HubVersionFilter.LastOnly));
        Assert.Equal([v3], await HubVersionsAsync("org-a", HubVersionFilter.LastOnly));
        await AddAsync("org-a", v1, HubTlp.Red);
        Assert.Equal([v2], await HubVersionsAsync("org-c", FirstOnly));
        Assert.Equal([v1], await HubVersionsAsync("org-a", FirstOnly));
    }

    [Fact]
    public async Task Hub_first_and_last_equal_the_earliest_and_latest_readable_version_through_random_adds_and_deletes()
    {
        await ArrangeHubAsync();
        var random = new Random(20261130);
        var ids = Enumerable.Range(0, 6).Select(i => $"indicator--{i:D8}-5555-4555-8555-555555555555").ToArray();
        var versions = Enumerable.Range(0, 8).Select(i => HubNow.AddHours(-i)).ToArray();
        string[] owners = ["org-a", "org-b", "org-c"];
        string[] readers = ["org-a", "org-b", "org-c", "org-d"];
        string[] markings = [HubTlp.None, HubTlp.Clear, HubTlp.Green, HubTlp.Amber, HubTlp.AmberStrict, HubTlp.Red];
        var filters = new[]
        {
            HubVersionFilter.LastOnly,
            FirstOnly,
            new HubVersionFilter(true, true, false, []),
            new HubVersionFilter(false, true, false, [versions[3]]),
        };

        for (var step = 0; step < 60; step++)
        {
            var owner = owners[random.Next(owners.Length)];
            if (step % 4 == 3)
            {
                var own = (await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, owner, 1000, Versions: HubVersionFilter.Every))).Objects
                    .Where(o => o.OwnerOrganisation == owner).ToList();
                if (own.Count > 0)
                {
                    var doomed = own.OrderBy(_ => random.Next()).Take(1 + random.Next(Math.Min(3, own.Count))).Select(o => o.Sequence).ToList();
                    Assert.Equal(doomed.Count, await Store.DeleteHubObjectsAsync(HubCollectionId, owner, doomed));
                }
            }
            else
            {
                // An envelope of a few versions in any order, several of one object at times, some already stored.
                var envelope = Enumerable.Range(0, 1 + random.Next(4)).Select(_ =>
                {
                    var tlp = markings[random.Next(markings.Length)];
                    var item = HubObject(ids[random.Next(ids.Length)], versions[random.Next(versions.Length)], tlp);
                    return tlp == HubTlp.Red && random.Next(2) == 0 ? item with { Recipients = ["org-d"] } : item;
                }).ToList();
                await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, owner, envelope, null, HubNow.AddMinutes(step)));
            }

            foreach (var reader in readers)
            {
                var readable = (await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, reader, 1000, Versions: HubVersionFilter.Every))).Objects;
                var latest = readable.GroupBy(o => o.ObjectId).ToDictionary(g => g.Key, g => g.Max(o => o.Version));
                var earliest = readable.GroupBy(o => o.ObjectId).ToDictionary(g => g.Key, g => g.Min(o => o.Version));
                foreach (var filter in filters)
                {
                    var expected = readable
                        .Where(o => (filter.Last && o.Version == latest[o.ObjectId]) || (filter.First && o.Version == earliest[o.ObjectId]) || filter.Exact.Contains(o.Version))
                        .Select(o => o.Sequence)
                        .ToList();
                    var actual = (await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, reader, 1000, Versions: filter))).Objects.Select(o => o.Sequence).ToList();
                    Assert.True(expected.SequenceEqual(actual), $"step {step}, reader {reader}, filter {filter}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");

                    if (filter != HubVersionFilter.LastOnly)
                    {
                        continue;
                    }

                    // The default filter's answer paged two at a time: nothing lost or repeated.
                    var paged = new List<long>();
                    HubPosition? after = null;
                    while (true)
                    {
                        var page = await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, reader, 2, After: after, Versions: filter));
                        paged.AddRange(page.Objects.Select(o => o.Sequence));
                        if (!page.More)
                        {
                            break;
                        }

                        after = new HubPosition(page.Objects[^1].DateAdded, page.Objects[^1].Sequence);
                    }

                    Assert.Equal(actual, paged);
                }
            }
        }
    }

    [Fact]
    public async Task Hub_a_red_version_sent_twice_in_one_envelope_is_stored_once_with_the_recipients_first_sent()
    {
        await ArrangeHubAsync();
        const string Id = "indicator--d0d0d0d0-d0d0-4d0d-8d0d-d0d0d0d0d0d0";
        var result = await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a",
        [
            HubObject(Id, HubNow, HubTlp.Red) with { Recipients = ["org-c"] },
            HubObject(Id, HubNow, HubTlp.Red) with { Recipients = ["org-d"] },
        ], null, HubNow));

        Assert.Equal((1, 1), (result.Added, result.Duplicates));
        Assert.Single((await ReadHubAsync("org-c")).Objects);
        Assert.Empty((await ReadHubAsync("org-d")).Objects);
    }
}
