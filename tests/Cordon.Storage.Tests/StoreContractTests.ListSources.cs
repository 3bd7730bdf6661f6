using Cordon.Lists;
namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static ListSource Source(string name, bool enabled = true, DateTimeOffset? next = null) =>
        new(name, "un-sc", $"https://example.test/{name}.xml", "un-xml", TimeSpan.FromHours(6), enabled, T0, NextRunAt: next ?? (enabled ? T0 : null));

    [Fact]
    public async Task A_list_source_is_added_once_changed_enabled_and_removed()
    {
        Assert.True(await Store.AddListSourceAsync(Source("un", enabled: false)));
        Assert.False(await Store.AddListSourceAsync(Source("un") with { Url = "https://other.test/" }));
        var stored = await Store.GetListSourceAsync("un");
        Assert.Equal(Source("un", enabled: false), stored);

        Assert.True(await Store.SetListSourceEnabledAsync("un", true, T0.AddHours(1)));
        Assert.Equal((true, (DateTimeOffset?)T0.AddHours(1)), ((await Store.GetListSourceAsync("un"))!.Enabled, (await Store.GetListSourceAsync("un"))!.NextRunAt));

        // Enabling an enabled source does not move its next run; disabling keeps it for when it is enabled again.
        Assert.True(await Store.SetListSourceEnabledAsync("un", true, T0.AddHours(2)));
        Assert.Equal(T0.AddHours(1), (await Store.GetListSourceAsync("un"))!.NextRunAt);
        Assert.True(await Store.SetListSourceEnabledAsync("un", false, T0.AddHours(3)));
        Assert.False((await Store.GetListSourceAsync("un"))!.Enabled);

        Assert.True(await Store.ChangeListSourceAsync(Source("un") with { Interval = TimeSpan.FromMinutes(30), Format = null }));
        var changed = (await Store.GetListSourceAsync("un"))!;
        Assert.Equal((TimeSpan.FromMinutes(30), (string?)null, false), (changed.Interval, changed.Format, changed.Enabled));

        Assert.False(await Store.SetListSourceEnabledAsync("nope", true, T0));
        Assert.False(await Store.ChangeListSourceAsync(Source("nope")));
        Assert.True(await Store.RemoveListSourceAsync("un"));
        Assert.False(await Store.RemoveListSourceAsync("un"));
        Assert.Null(await Store.GetListSourceAsync("un"));
        Assert.Empty(await Store.GetListSourcesAsync());
    }

    [Fact]
    public async Task Only_enabled_due_sources_are_claimed_soonest_first_and_a_lease_keeps_others_out_until_it_runs_out()
    {
        var lease = TimeSpan.FromMinutes(30);
        await Store.AddListSourceAsync(Source("later", next: T0.AddHours(1)));
        await Store.AddListSourceAsync(Source("soon", next: T0.AddMinutes(-5)));
        await Store.AddListSourceAsync(Source("sooner", next: T0.AddMinutes(-10)));
        await Store.AddListSourceAsync(Source("off", enabled: false, next: T0.AddHours(-1)));

        Assert.Equal("sooner", (await Store.ClaimDueListSourceAsync("a", T0, lease))!.Name);
        var soon = await Store.ClaimDueListSourceAsync("b", T0, lease);
        Assert.Equal(("soon", "b", (DateTimeOffset?)T0 + lease), (soon!.Name, soon.LeasedBy, soon.LeasedUntil));
        Assert.Null(await Store.ClaimDueListSourceAsync("c", T0, lease));

        // A named claim ignores the schedule and the enabled flag, never another's lease.
        Assert.Equal("off", (await Store.ClaimListSourceAsync("off", "c", T0, lease))!.Name);
        Assert.Null(await Store.ClaimListSourceAsync("sooner", "c", T0, lease));
        Assert.Null(await Store.ClaimListSourceAsync("missing", "c", T0, lease));

        // An instance that died holding a lease loses it when it runs out.
        var takenOver = await Store.ClaimDueListSourceAsync("c", T0 + lease + TimeSpan.FromSeconds(1), lease);
        Assert.Equal("sooner", takenOver!.Name);
        Assert.False(await Store.CompleteListSourceCheckAsync("sooner", "a", new ListSourceCheck(T0, ListSourceOutcomes.Unchanged, null, null, null, null, T0.AddHours(6))));
    }

    [Fact]
    public async Task A_check_records_its_outcome_releases_the_lease_and_a_failure_keeps_the_last_good_validators()
    {
        await Store.AddListSourceAsync(Source("un"));
        var lease = TimeSpan.FromMinutes(30);
        await Store.ClaimListSourceAsync("un", "a", T0, lease);
        Assert.True(await Store.CompleteListSourceCheckAsync("un", "a", new ListSourceCheck(T0.AddMinutes(1), ListSourceOutcomes.Changed, null, "\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT", "abc", T0.AddHours(6))));
        var changed = (await Store.GetListSourceAsync("un"))!;
        Assert.Equal(
            (T0.AddMinutes(1), T0.AddMinutes(1), ListSourceOutcomes.Changed, (string?)null, "\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT", "abc", T0.AddHours(6), (string?)null, (DateTimeOffset?)null),
            (changed.LastCheckedAt!.Value, changed.LastChangedAt!.Value, changed.LastOutcome, changed.LastError, changed.ETag, changed.LastModified, changed.ContentHash, changed.NextRunAt!.Value, changed.LeasedBy, changed.LeasedUntil));

        await Store.ClaimListSourceAsync("un", "b", T0.AddHours(6), lease);
        Assert.True(await Store.CompleteListSourceCheckAsync("un", "b", new ListSourceCheck(T0.AddHours(6), ListSourceOutcomes.Failed, "HTTP 500", "\"broken\"", null, "zzz", T0.AddHours(7))));
        var failed = (await Store.GetListSourceAsync("un"))!;
        Assert.Equal(
            (T0.AddHours(6), T0.AddMinutes(1), ListSourceOutcomes.Failed, "HTTP 500", "\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT", "abc"),
            (failed.LastCheckedAt!.Value, failed.LastChangedAt!.Value, failed.LastOutcome, failed.LastError, failed.ETag, failed.LastModified, failed.ContentHash));

        await Store.ClaimListSourceAsync("un", "b", T0.AddHours(7), lease);
        Assert.True(await Store.CompleteListSourceCheckAsync("un", "b", new ListSourceCheck(T0.AddHours(7), ListSourceOutcomes.NotModified, null, "\"v1\"", null, "abc", T0.AddHours(13))));
        var notModified = (await Store.GetListSourceAsync("un"))!;
        Assert.Equal((ListSourceOutcomes.NotModified, (string?)null, T0.AddMinutes(1)), (notModified.LastOutcome, notModified.LastError, notModified.LastChangedAt!.Value));

        // A new URL forgets the old one's validators; a new interval alone keeps them.
        await Store.ChangeListSourceAsync(notModified with { Interval = TimeSpan.FromHours(1) });
        Assert.Equal("\"v1\"", (await Store.GetListSourceAsync("un"))!.ETag);
        await Store.ChangeListSourceAsync(notModified with { Url = "https://mirror.test/un.xml" });
        var moved = (await Store.GetListSourceAsync("un"))!;
        Assert.Equal(((string?)null, (string?)null, (string?)null), (moved.ETag, moved.LastModified, moved.ContentHash));
    }

    [Fact]
    public async Task Two_instances_claiming_due_sources_at_once_never_hold_the_same_one()
    {
        for (var i = 0; i < 6; i++)
        {
            await Store.AddListSourceAsync(Source($"s{i}", next: T0.AddMinutes(-i)));
        }

        await using var second = OpenSecondStore();
        async Task<List<string>> ClaimAll(ICordonStore store, string owner)
        {
            var claimed = new List<string>();
            for (var attempt = 0; attempt < 20; attempt++)
            {
                if (await store.ClaimDueListSourceAsync(owner, T0, TimeSpan.FromMinutes(30)) is { } source)
                {
                    claimed.Add(source.Name);
                }
            }

            return claimed;
        }

        var results = await Task.WhenAll(Task.Run(() => ClaimAll(Store, "first")), Task.Run(() => ClaimAll(second, "second")));
        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(6, all.Count);
        Assert.All(await Store.GetListSourcesAsync(), s => Assert.Contains(s.LeasedBy, new[] { "first", "second" }));
    }
}
