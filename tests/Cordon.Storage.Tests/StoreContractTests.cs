using System.Data.Common;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Accounts;

namespace Cordon.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="ICordonStore"/> must have, run against each provider by a subclass.
/// Each test gets a fresh, migrated database.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private const string DefaultOrg = Organisation.DefaultId;
    private int versionBeforeMigration = -1;

    protected ICordonStore Store { get; private set; } = null!;

    /// <summary>A store on a new, empty database (not migrated).</summary>
    protected abstract Task<ICordonStore> CreateFreshStoreAsync();

    /// <summary>Another store instance on the same database as <see cref="Store"/>.</summary>
    protected abstract ICordonStore OpenSecondStore();

    /// <summary>Two store instances on one more new, empty database.</summary>
    protected abstract Task<(ICordonStore First, ICordonStore Second)> CreateTwoStoresOnFreshDatabaseAsync();

    protected abstract string ExpectedProvider { get; }

    protected virtual Task CleanupAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Store = await CreateFreshStoreAsync();
        versionBeforeMigration = await Store.GetSchemaVersionAsync();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }

        await CleanupAsync();
    }

    [Fact]
    public async Task Fresh_database_is_at_version_zero_and_migration_reaches_the_latest()
    {
        Assert.Equal(ExpectedProvider, Store.Provider);
        Assert.Equal(0, versionBeforeMigration);
        var latest = ((SqlCordonStore)Store).LatestSchemaVersion;
        Assert.True(latest >= 2, "at least the two initial migrations exist");
        Assert.Equal(latest, await Store.GetSchemaVersionAsync());
    }

    [Fact]
    public async Task Migrating_again_changes_nothing_and_keeps_data()
    {
        var saved = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich()]), T0);
        var version = await Store.GetSchemaVersionAsync();

        await Store.MigrateAsync();
        await Store.MigrateAsync();

        Assert.Equal(version, await Store.GetSchemaVersionAsync());
        var entity = Assert.Single(await Store.GetEntitiesAsync(saved.Id));
        EntityAssert.Equal(Fixtures.Rich(), entity);
    }

    [Fact]
    public async Task Concurrent_migrations_of_one_fresh_database_both_succeed()
    {
        var (first, second) = await CreateTwoStoresOnFreshDatabaseAsync();
        await using (first)
        await using (second)
        {
            await Task.WhenAll(Task.Run(() => first.MigrateAsync()), Task.Run(() => second.MigrateAsync()));

            var latest = ((SqlCordonStore)first).LatestSchemaVersion;
            Assert.Equal(latest, await first.GetSchemaVersionAsync());
            Assert.Equal(latest, await second.GetSchemaVersionAsync());
            var saved = await second.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich()]), T0);
            Assert.NotNull(await first.GetEntityAsync(saved.Id, "1001"));
        }
    }

    [Fact]
    public async Task Saved_entity_round_trips_field_by_field()
    {
        var rich = Fixtures.Rich();
        var bare = new ListedEntity { ListId = Fixtures.ListA, SourceId = "2", Type = EntityType.Vessel, PrimaryName = "BARE", SourceRecord = string.Empty };
        var saved = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [rich, bare]), T0);

        var all = await Store.GetEntitiesAsync(saved.Id);
        EntityAssert.AllEqual([rich, bare], all);
        EntityAssert.Equal(rich, (await Store.GetEntityAsync(saved.Id, "1001"))!);
        EntityAssert.Equal(bare, (await Store.GetEntityAsync(saved.Id, "2"))!);
    }

    [Fact]
    public async Task Control_characters_and_any_unicode_round_trip()
    {
        // Raw source records are kept verbatim, whatever bytes a broken list file had.
        var odd = Fixtures.Rich() with
        {
            PrimaryName = "NUL\u0000 BEL\u0007 \"Q\" \\ 😀 \u200Bzero-width",
            Remarks = "line1\r\nline2\u0000",
            SourceRecord = "\u0000\u0001\u001F\uFFFD",
            Particulars = new Dictionary<string, string> { ["key\u0000"] = "v\u0000" },
        };
        var saved = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [odd]), T0);

        EntityAssert.Equal(odd, (await Store.GetEntityAsync(saved.Id, odd.SourceId))!);
        EntityAssert.Equal(odd, Assert.Single(await Store.GetEntitiesAsync(saved.Id)));
    }

    [Fact]
    public async Task Real_sdn_2021_07_round_trips_entry_by_entry()
    {
        var snapshot = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sdn-2021-07")).Snapshots.Single();
        Assert.Equal(8976, snapshot.Entities.Count);

        var saved = await Store.SaveListVersionAsync(snapshot, T0);

        Assert.Equal(8976, saved.EntityCount);
        EntityAssert.AllEqual(snapshot.Entities, await Store.GetEntitiesAsync(saved.Id));
        var version = (await Store.GetListVersionAsync(saved.Id))!;
        Assert.Equal(snapshot.ContentHash, version.ContentHash);
        Assert.Equal(snapshot.Format, version.Format);
        // Stored sources are file names: a server path is never kept nor shown (issue 13, finding 23).
        Assert.Equal(snapshot.Sources.Select(Cordon.Core.SourceNames.FileName), version.Sources);
        Assert.Equal(["add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv"], version.Sources.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bulk_synthetic_version_round_trips_in_source_order()
    {
        var entities = Fixtures.Synthetic(Fixtures.ListA, 6000);
        var saved = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, entities), T0);

        Assert.Equal(6000, saved.EntityCount);
        EntityAssert.AllEqual(entities, await Store.GetEntitiesAsync(saved.Id));
    }

    [Fact]
    public async Task Version_info_round_trips_with_timestamps_in_utc()
    {
        // An offset other than UTC and sub-microsecond ticks: stores keep the instant, in UTC, to the microsecond.
        var importedAt = new DateTimeOffset(2026, 3, 1, 21, 30, 15, TimeSpan.FromHours(9)).AddTicks(1234567);
        var publishedAt = new DateTimeOffset(2021, 7, 9, 0, 0, 0, TimeSpan.FromHours(-4));
        var snapshot = Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich()], "abc123", publishedAt);

        var saved = await Store.SaveListVersionAsync(snapshot, importedAt);
        var read = (await Store.GetListVersionAsync(saved.Id))!;

        foreach (var info in new[] { saved, read })
        {
            Assert.Equal(importedAt.AddTicks(-7), info.ImportedAt);
            Assert.Equal(TimeSpan.Zero, info.ImportedAt.Offset);
            Assert.Equal(publishedAt, info.PublishedAt);
            Assert.Equal(TimeSpan.Zero, info.PublishedAt!.Value.Offset);
            Assert.Equal(Fixtures.ListA, info.ListId);
            Assert.Equal("Test list " + Fixtures.ListA, info.ListName);
            Assert.Equal("test-format", info.Format);
            Assert.Equal("abc123", info.ContentHash);
            Assert.Equal(1, info.EntityCount);
            Assert.Equal(["sdn.csv", "add.csv"], info.Sources);
            Assert.True(info.IsCurrent);
        }

        Assert.Equal(saved.Id, read.Id);
    }

    [Fact]
    public async Task Missing_published_date_stays_null()
    {
        var saved = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich()]), T0);
        Assert.Null(saved.PublishedAt);
        Assert.Null((await Store.GetListVersionAsync(saved.Id))!.PublishedAt);
    }

    [Fact]
    public async Task Second_import_becomes_current_and_the_first_is_kept()
    {
        var first = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, Fixtures.Synthetic(Fixtures.ListA, 50, seed: 1), "h1"), T0);
        var secondEntities = Fixtures.Synthetic(Fixtures.ListA, 40, seed: 2);
        var second = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, secondEntities, "h2"), T0.AddDays(1));

        Assert.True(second.Id > first.Id);
        Assert.False((await Store.GetListVersionAsync(first.Id))!.IsCurrent);
        Assert.True((await Store.GetListVersionAsync(second.Id))!.IsCurrent);
        var summary = Assert.Single(await Store.GetListsAsync());
        Assert.Equal(Fixtures.ListA, summary.ListId);
        Assert.Equal(2, summary.VersionCount);
        Assert.Equal(second.Id, summary.Current.Id);
        Assert.Equal("h2", summary.Current.ContentHash);
        Assert.Equal(50, (await Store.GetEntitiesAsync(first.Id)).Count);
        EntityAssert.AllEqual(secondEntities, await Store.GetEntitiesAsync(second.Id));
    }

    [Fact]
    public async Task Versions_are_listed_newest_first_and_filtered_by_list()
    {
        var a1 = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich(Fixtures.ListA)]), T0);
        var b1 = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListB, [Fixtures.Rich(Fixtures.ListB)]), T0);
        var a2 = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich(Fixtures.ListA)]), T0);

        Assert.Equal([a2.Id, b1.Id, a1.Id], (await Store.GetListVersionsAsync()).Select(v => v.Id));
        Assert.Equal([a2.Id, a1.Id], (await Store.GetListVersionsAsync(Fixtures.ListA)).Select(v => v.Id));
        Assert.Equal([b1.Id], (await Store.GetListVersionsAsync(Fixtures.ListB)).Select(v => v.Id));
        Assert.Empty(await Store.GetListVersionsAsync("no-such-list"));

        var lists = await Store.GetListsAsync();
        Assert.Equal([Fixtures.ListA, Fixtures.ListB], lists.Select(l => l.ListId));
        Assert.Equal([2, 1], lists.Select(l => l.VersionCount));
        Assert.Equal([a2.Id, b1.Id], lists.Select(l => l.Current.Id));
    }

    [Fact]
    public async Task Empty_store_has_no_lists_versions_subjects_or_alerts()
    {
        Assert.Empty(await Store.GetListsAsync());
        Assert.Empty(await Store.GetListVersionsAsync());
        Assert.Empty(await Store.GetWatchSubjectsAsync(DefaultOrg));
        Assert.Empty(await Store.GetWatchMatchesAsync(DefaultOrg));
        Assert.Empty(await Store.GetAlertsAsync(DefaultOrg));
        Assert.Null(await Store.GetListVersionAsync(1));
        Assert.Empty(await Store.GetEntitiesAsync(1));
    }

    [Fact]
    public async Task Unknown_entity_is_null()
    {
        var saved = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich()]), T0);
        Assert.Null(await Store.GetEntityAsync(saved.Id, "999"));
        Assert.Null(await Store.GetEntityAsync(saved.Id + 1, "1001"));
    }

    [Fact]
    public async Task Duplicate_source_ids_are_refused_and_the_current_version_stays()
    {
        var before = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, Fixtures.Synthetic(Fixtures.ListA, 20)), T0);
        var entities = Fixtures.Synthetic(Fixtures.ListA, 30, seed: 3);
        entities.Add(entities[5] with { PrimaryName = "DUPLICATE" });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, entities), T0));

        Assert.Contains(entities[5].SourceId, error.Message, StringComparison.Ordinal);
        await AssertOnlyVersionAsync(before, Fixtures.Synthetic(Fixtures.ListA, 20));
    }

    [Fact]
    public async Task Entry_of_another_list_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich(Fixtures.ListA, "1"), Fixtures.Rich(Fixtures.ListB, "2")]), T0));
        Assert.Contains(Fixtures.ListB, error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.GetListVersionsAsync());
    }

    [Fact]
    public async Task Source_id_with_a_nul_character_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, [Fixtures.Rich(Fixtures.ListA, "1\u00002")]), T0));
        Assert.Empty(await Store.GetListVersionsAsync());
    }

    [Fact]
    public async Task Watch_subject_with_control_characters_round_trips()
    {
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("s1", "A\u0000B \"quoted\" \u0007")]);
        Assert.Equal("A\u0000B \"quoted\" \u0007", (await Store.GetWatchSubjectAsync(DefaultOrg, "s1"))!.Subject.Name);
    }

    [Fact]
    public async Task Cancellation_during_insertion_rolls_back_and_the_previous_version_stays()
    {
        var before = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, Fixtures.Synthetic(Fixtures.ListA, 20)), T0);
        using var cancellation = new CancellationTokenSource();
        var entities = Fixtures.Synthetic(Fixtures.ListA, 2000, seed: 4);
        var cancelling = new CancellingList(entities, cancellation, cancelAfterReads: entities.Count + 1000);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, cancelling), T0.AddDays(1), cancellation.Token));

        Assert.True(cancelling.Reads > entities.Count, "the cancellation fell after validation, during insertion");
        await AssertOnlyVersionAsync(before, Fixtures.Synthetic(Fixtures.ListA, 20));

        // The store stays usable: the same import without cancellation goes through.
        var after = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, entities), T0.AddDays(1));
        Assert.True((await Store.GetListVersionAsync(after.Id))!.IsCurrent);
        Assert.Equal(2000, (await Store.GetEntitiesAsync(after.Id)).Count);
    }

    [Fact]
    public async Task Watch_subjects_are_created_read_replaced_and_deleted()
    {
        var created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(5);
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("cust-2", "Pak Chol", created), Fixtures.Subject("cust-1", "김정은", created)]);

        var all = await Store.GetWatchSubjectsAsync(DefaultOrg);
        Assert.Equal(["cust-1", "cust-2"], all.Select(s => s.Id));
        var one = (await Store.GetWatchSubjectAsync(DefaultOrg, "cust-1"))!;
        Assert.Equal("김정은", one.Subject.Name);
        Assert.Equal(SubjectKind.Person, one.Subject.Kind);
        Assert.Equal(new PartialDate("1984-01", 1984, 1), one.Subject.DateOfBirth);
        Assert.Equal("KP", one.Subject.Nationality);
        Assert.Equal(["a@example.com"], one.Subject.EmailAddresses);
        Assert.Equal(created.AddTicks(-5), one.CreatedAt);
        Assert.Equal(TimeSpan.Zero, one.CreatedAt.Offset);

        // Replacing changes what is screened but keeps when the subject was first stored.
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("cust-1", "Kim Jong Un", created.AddDays(10))]);
        var replaced = (await Store.GetWatchSubjectAsync(DefaultOrg, "cust-1"))!;
        Assert.Equal("Kim Jong Un", replaced.Subject.Name);
        Assert.Equal(created.AddTicks(-5), replaced.CreatedAt);
        Assert.Equal(2, (await Store.GetWatchSubjectsAsync(DefaultOrg)).Count);

        Assert.True(await Store.DeleteWatchSubjectAsync(DefaultOrg, "cust-1"));
        Assert.False(await Store.DeleteWatchSubjectAsync(DefaultOrg, "cust-1"));
        Assert.Null(await Store.GetWatchSubjectAsync(DefaultOrg, "cust-1"));
        Assert.Equal(["cust-2"], (await Store.GetWatchSubjectsAsync(DefaultOrg)).Select(s => s.Id));
    }

    [Fact]
    public async Task Duplicate_watch_subject_ids_in_one_call_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("x", "A"), Fixtures.Subject("x", "B")]));
        Assert.Empty(await Store.GetWatchSubjectsAsync(DefaultOrg));
    }

    [Fact]
    public async Task Screening_result_replaces_matches_of_the_given_subjects_only_and_appends_alerts()
    {
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("s1", "A"), Fixtures.Subject("s2", "B"), Fixtures.Subject("s3", "C")]);
        await Store.ApplyScreeningResultAsync(
            DefaultOrg,
            ["s1", "s2"],
            [Fixtures.Match("s1", "100", 0.8), Fixtures.Match("s1", "101", 0.95), Fixtures.Match("s2", "200")],
            [Fixtures.Alert("s1", "100", T0)]);

        var alerts = await Store.ApplyScreeningResultAsync(
            DefaultOrg,
            ["s1", "s3"],
            [Fixtures.Match("s1", "102", 0.7), Fixtures.Match("s3", "300", 0.6)],
            [Fixtures.Alert("s1", "102", T0.AddHours(1)), Fixtures.Alert("s1", "100", T0.AddHours(1), AlertKind.RemovedMatch)]);

        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, a => Assert.True(a.Id > 0));
        Assert.NotEqual(alerts[0].Id, alerts[1].Id);
        Assert.Equal(["102", "100"], alerts.Select(a => a.EntitySourceId));
        Assert.Equal([AlertKind.NewMatch, AlertKind.RemovedMatch], alerts.Select(a => a.Kind));

        var matches = await Store.GetWatchMatchesAsync(DefaultOrg);
        Assert.Equal(["s1/102", "s2/200", "s3/300"], matches.Select(m => m.SubjectId + "/" + m.EntitySourceId));
        Assert.Equal(Fixtures.Match("s1", "102", 0.7), (await Store.GetWatchMatchesAsync(DefaultOrg, "s1")).Single());
        Assert.Equal(3, (await Store.GetAlertsAsync(DefaultOrg)).Count);
    }

    [Fact]
    public async Task Matches_of_one_subject_come_best_first_with_explanation_verbatim()
    {
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("s1", "A")]);
        var odd = Fixtures.Match("s1", "103", 0.5) with { ExplanationJson = "{ \"b\" : 2,  \"a\": [1, 2] }" };
        await Store.ApplyScreeningResultAsync(DefaultOrg, ["s1"], [Fixtures.Match("s1", "101", 0.6), odd, Fixtures.Match("s1", "102", 0.99)], []);

        var matches = await Store.GetWatchMatchesAsync(DefaultOrg, "s1");
        Assert.Equal(["102", "101", "103"], matches.Select(m => m.EntitySourceId));
        Assert.Equal(odd, matches[2]);
        Assert.Empty(await Store.GetWatchMatchesAsync(DefaultOrg, "s2"));
    }

    [Fact]
    public async Task Match_of_a_subject_not_being_replaced_is_refused()
    {
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("s1", "A"), Fixtures.Subject("s2", "B")]);
        await Store.ApplyScreeningResultAsync(DefaultOrg, ["s1"], [Fixtures.Match("s1", "100")], []);

        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.ApplyScreeningResultAsync(DefaultOrg, ["s1"], [Fixtures.Match("s2", "200")], [Fixtures.Alert("s2", "200", T0)]));

        Assert.Equal(["100"], (await Store.GetWatchMatchesAsync(DefaultOrg)).Select(m => m.EntitySourceId));
        Assert.Empty(await Store.GetAlertsAsync(DefaultOrg));
    }

    [Fact]
    public async Task Screening_result_failing_mid_write_changes_nothing()
    {
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("s1", "A")]);
        await Store.ApplyScreeningResultAsync(DefaultOrg, ["s1"], [Fixtures.Match("s1", "100")], [Fixtures.Alert("s1", "100", T0)]);

        // The match of an unknown subject violates the foreign key after s1's matches were deleted and one inserted.
        await Assert.ThrowsAnyAsync<DbException>(
            () => Store.ApplyScreeningResultAsync(
                DefaultOrg,
                ["s1", "ghost"],
                [Fixtures.Match("s1", "101"), Fixtures.Match("ghost", "999")],
                [Fixtures.Alert("s1", "101", T0.AddHours(1))]));

        Assert.Equal(["100"], (await Store.GetWatchMatchesAsync(DefaultOrg)).Select(m => m.EntitySourceId));
        Assert.Equal(["100"], (await Store.GetAlertsAsync(DefaultOrg)).Select(a => a.EntitySourceId));
    }

    [Fact]
    public async Task Deleting_a_subject_removes_its_matches_and_keeps_its_alerts()
    {
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("s1", "A"), Fixtures.Subject("s2", "B")]);
        await Store.ApplyScreeningResultAsync(
            DefaultOrg,
            ["s1", "s2"],
            [Fixtures.Match("s1", "100"), Fixtures.Match("s2", "200")],
            [Fixtures.Alert("s1", "100", T0)]);

        Assert.True(await Store.DeleteWatchSubjectAsync(DefaultOrg, "s1"));

        Assert.Equal(["s2"], (await Store.GetWatchMatchesAsync(DefaultOrg)).Select(m => m.SubjectId));
        Assert.Equal(["s1"], (await Store.GetAlertsAsync(DefaultOrg, "s1")).Select(a => a.SubjectId));
    }

    [Fact]
    public async Task Alerts_are_newest_first_and_filtered_by_subject()
    {
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("s1", "A"), Fixtures.Subject("s2", "B")]);
        await Store.ApplyScreeningResultAsync(DefaultOrg, [], [], [Fixtures.Alert("s1", "1", T0), Fixtures.Alert("s2", "2", T0.AddMinutes(5))]);
        await Store.ApplyScreeningResultAsync(DefaultOrg, [], [], [Fixtures.Alert("s1", "3", T0.AddMinutes(10)), Fixtures.Alert("s1", "4", T0.AddMinutes(-10))]);

        var all = await Store.GetAlertsAsync(DefaultOrg);
        Assert.Equal(["3", "2", "1", "4"], all.Select(a => a.EntitySourceId));
        Assert.Equal(["3", "1", "4"], (await Store.GetAlertsAsync(DefaultOrg, "s1")).Select(a => a.EntitySourceId));
        Assert.Empty(await Store.GetAlertsAsync(DefaultOrg, "nobody"));

        var first = all[0];
        Assert.Equal(new Alert(first.Id, "s1", AlertKind.NewMatch, Fixtures.ListA, 1, "3", "NAME 3", 0.91, T0.AddMinutes(10)), first);
    }

    [Fact]
    public async Task Concurrent_reads_see_the_same_data()
    {
        var entities = Fixtures.Synthetic(Fixtures.ListA, 1500);
        var saved = await Store.SaveListVersionAsync(Fixtures.Snapshot(Fixtures.ListA, entities), T0);
        await using var second = OpenSecondStore();

        var reads = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            var store = i % 2 == 0 ? Store : second;
            var all = await store.GetEntitiesAsync(saved.Id);
            var one = await store.GetEntityAsync(saved.Id, entities[i * 100].SourceId);
            var lists = await store.GetListsAsync();
            return (all, one, lists);
        })).ToList();
        await Task.WhenAll(reads);

        foreach (var read in reads)
        {
            var (all, one, lists) = await read;
            Assert.Equal(entities.Select(e => e.SourceId), all.Select(e => e.SourceId));
            Assert.NotNull(one);
            Assert.Equal(saved.Id, Assert.Single(lists).Current.Id);
        }
    }

    [Fact]
    public async Task Concurrent_imports_of_different_lists_all_land()
    {
        await using var second = OpenSecondStore();
        var ids = new[] { "c-1", "c-2", "c-3", "c-4" };

        var saved = await Task.WhenAll(ids.Select((id, i) => Task.Run(() =>
            (i % 2 == 0 ? Store : second).SaveListVersionAsync(Fixtures.Snapshot(id, Fixtures.Synthetic(id, 500, seed: i)), T0))));

        var lists = await Store.GetListsAsync();
        Assert.Equal(ids, lists.Select(l => l.ListId));
        Assert.Equal(saved.Select(s => s.Id).Order(), lists.Select(l => l.Current.Id).Order());
        foreach (var s in saved)
        {
            Assert.Equal(500, (await Store.GetEntitiesAsync(s.Id)).Count);
        }
    }

    private async Task AssertOnlyVersionAsync(ListVersionInfo expected, IReadOnlyList<ListedEntity> expectedEntities)
    {
        var version = Assert.Single(await Store.GetListVersionsAsync());
        Assert.Equal(expected.Id, version.Id);
        Assert.True(version.IsCurrent);
        Assert.Equal(expected.Id, Assert.Single(await Store.GetListsAsync()).Current.Id);
        EntityAssert.AllEqual(expectedEntities, await Store.GetEntitiesAsync(expected.Id));
    }
}
