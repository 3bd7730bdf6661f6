namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Several_list_versions_are_stored_in_one_transaction_or_not_at_all()
    {
        var before = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, Fixtures.Synthetic(Fixtures.ListA, 20)), T0);
        using var cancellation = new CancellationTokenSource();
        var entities = Fixtures.Synthetic(Fixtures.ListB, 2000, seed: 5);
        var cancelling = new CancellingList(entities, cancellation, cancelAfterReads: entities.Count + 1000);

        // List A's new version is written first; the cancellation falls while list B's rows are inserted: neither stays.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.SaveListVersionsAsync(
            [Fixtures.Snapshot(Fixtures.ListA, Fixtures.Synthetic(Fixtures.ListA, 30, seed: 9), "hash-2"), Fixtures.Snapshot(Fixtures.ListB, cancelling)],
            T0.AddDays(1),
            cancellation.Token));

        Assert.True(cancelling.Reads > entities.Count, "the cancellation fell after validation, during insertion");
        await AssertOnlyVersionAsync(before, Fixtures.Synthetic(Fixtures.ListA, 20));

        // Two snapshots of one list are refused before anything is written.
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveListVersionsAsync(
            [Fixtures.Snapshot(Fixtures.ListB, entities), Fixtures.Snapshot(Fixtures.ListB, entities, "hash-3")], T0.AddDays(1)));
        await AssertOnlyVersionAsync(before, Fixtures.Synthetic(Fixtures.ListA, 20));

        var stored = await Store.SaveListVersionsAsync(
            [Fixtures.Snapshot(Fixtures.ListA, Fixtures.Synthetic(Fixtures.ListA, 30, seed: 9), "hash-2"), Fixtures.Snapshot(Fixtures.ListB, entities)],
            T0.AddDays(1));
        Assert.Equal([Fixtures.ListA, Fixtures.ListB], stored.Select(v => v.ListId));
        Assert.Equal([30, 2000], stored.Select(v => v.EntityCount));
        var lists = await Store.GetListsAsync();
        Assert.Equal(2, lists.Count);
        Assert.All(lists, l => Assert.Contains(stored, v => v.Id == l.Current.Id));
        Assert.False((await Store.GetListVersionAsync(before.Id))!.IsCurrent);
    }
}

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Storing_list_versions_owes_one_rescreen_job_that_one_instance_leases_and_completes_with_the_older_ones()
    {
        Assert.Empty(await Store.GetPendingRescreenJobsAsync());
        var first = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, Fixtures.Synthetic(Fixtures.ListA, 5)), T0);
        var second = await Store.SaveListVersionsAsync([Fixtures.Snapshot(Fixtures.ListA, Fixtures.Synthetic(Fixtures.ListA, 6), "hash-2"), Fixtures.Snapshot(Fixtures.ListB, Fixtures.Synthetic(Fixtures.ListB, 3))], T0.AddHours(1));
        var pending = await Store.GetPendingRescreenJobsAsync();
        Assert.Equal(2, pending.Count);
        Assert.Equal([first.Id], pending[0].VersionIds);
        Assert.Equal(second.Select(v => v.Id), pending[1].VersionIds);

        // The newest job is leased to one instance; another gets nothing while the lease runs, and takes it over after.
        var lease = TimeSpan.FromMinutes(10);
        var claimed = await Store.ClaimRescreenJobAsync("instance-a", T0.AddHours(2), lease);
        Assert.Equal(pending[1].Id, claimed?.Id);
        Assert.Null(await Store.ClaimRescreenJobAsync("instance-b", T0.AddHours(2).AddMinutes(5), lease));
        var takenOver = await Store.ClaimRescreenJobAsync("instance-b", T0.AddHours(2).AddMinutes(11), lease);
        Assert.Equal(pending[1].Id, takenOver?.Id);
        Assert.Equal("instance-b", takenOver?.LeasedBy);

        // Completing the newest completes the older ones: one re-screen covers every version in force.
        await Store.CompleteRescreenJobsAsync(takenOver!.Id, T0.AddHours(3));
        Assert.Empty(await Store.GetPendingRescreenJobsAsync());
        Assert.Null(await Store.ClaimRescreenJobAsync("instance-a", T0.AddHours(4), lease));
    }

    [Fact]
    public async Task A_page_of_a_version_reads_only_that_page_and_filters_by_primary_name_or_alias()
    {
        var entities = Fixtures.Synthetic(Fixtures.ListA, 250, seed: 3);
        var version = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, entities), T0);

        var one = await Store.GetEntityPageAsync(version.Id, 0, 1);
        Assert.Equal(250, one.Total);
        Assert.Equal(entities[0].SourceId, Assert.Single(one.Items).SourceId);

        var middle = await Store.GetEntityPageAsync(version.Id, 100, 20);
        Assert.Equal(entities.Skip(100).Take(20).Select(e => e.SourceId), middle.Items.Select(e => e.SourceId));
        Assert.Empty((await Store.GetEntityPageAsync(version.Id, 300, 10)).Items);

        var alias = entities.First(e => e.Aliases.Count > 0).Aliases[0].Name;
        var expected = entities.Where(e => e.PrimaryName.Contains(alias, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => a.Name.Contains(alias, StringComparison.OrdinalIgnoreCase))).ToList();
        var filtered = await Store.GetEntityPageAsync(version.Id, 0, 500, alias.ToUpperInvariant());
        Assert.Equal(expected.Count, filtered.Total);
        Assert.Equal(expected.Select(e => e.SourceId), filtered.Items.Select(e => e.SourceId));
        var second = await Store.GetEntityPageAsync(version.Id, 1, 1, alias);
        Assert.Equal(expected.Skip(1).Take(1).Select(e => e.SourceId), second.Items.Select(e => e.SourceId));
    }
}
