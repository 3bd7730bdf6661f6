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
