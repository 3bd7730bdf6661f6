using Cordon.Core;
using Cordon.Lists;
using Cordon.Storage;
using Cordon.Accounts;

namespace Cordon.Screening.Tests;

/// <summary>The scenario: the 2019-01 SDN list is replaced by the 2021-07 one and the watch list is re-screened.</summary>
public sealed class WatchListRescreeningTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-watch-" + Guid.NewGuid().ToString("N"));
    private CordonServices _cordon = null!;

    public async Task InitializeAsync() => _cordon = await CordonServices.OpenAsync(null, _folder);

    public async Task DisposeAsync()
    {
        await _cordon.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Replacing_the_2019_list_by_the_2021_list_raises_the_right_alerts()
    {
        await Import("ofac-sdn-2019-01");
        var initial = await _cordon.WatchList.AddAsync(
            Organisation.DefaultId,
        [
            Subject("listed-both", "Kim Jong Un", SubjectKind.Person, "1984-01-08"),
            Subject("added-2021", "Tian Yinyin", SubjectKind.Person),
            Subject("delisted", "Giselle Herrera Ramirez", SubjectKind.Person),
            Subject("clean", "Margaret Ellen Whitfield", SubjectKind.Person),
        ]);

        Assert.Contains(initial, a => a.SubjectId == "listed-both" && a.EntitySourceId == "20157" && a.Kind == AlertKind.NewMatch);
        Assert.Contains(initial, a => a.SubjectId == "delisted" && a.EntitySourceId == "4355" && a.Kind == AlertKind.NewMatch);
        Assert.DoesNotContain(initial, a => a.SubjectId is "added-2021" or "clean");

        var outcome = await Import("ofac-sdn-2021-07");

        var alerts = outcome.Alerts;
        var added = Assert.Single(alerts, a => a.SubjectId == "added-2021");
        Assert.Equal((AlertKind.NewMatch, "28263"), (added.Kind, added.EntitySourceId));
        var removed = Assert.Single(alerts, a => a.SubjectId == "delisted");
        Assert.Equal((AlertKind.RemovedMatch, "4355"), (removed.Kind, removed.EntitySourceId));
        Assert.Equal(outcome.Lists[0].Version.Id, removed.ListVersionId);
        Assert.DoesNotContain(alerts, a => a.SubjectId is "listed-both" or "clean");

        var stored = await _cordon.Store.GetAlertsAsync(Organisation.DefaultId);
        Assert.Equal(initial.Count + alerts.Count, stored.Count);
        // A score means something only under its algorithm: every stored alert names the one that screened.
        Assert.All(stored, a => Assert.Contains($"\"algorithm\":\"{_cordon.Matcher.Algorithm}\"", a.Details, StringComparison.Ordinal));
        Assert.Empty(await _cordon.Store.GetWatchMatchesAsync(Organisation.DefaultId, "delisted"));
        Assert.Equal("28263", Assert.Single(await _cordon.Store.GetWatchMatchesAsync(Organisation.DefaultId, "added-2021")).EntitySourceId);
    }

    [Fact]
    public async Task Importing_identical_files_again_stores_no_new_version_and_raises_nothing()
    {
        var first = await Import("ofac-sample");
        await _cordon.WatchList.AddAsync(Organisation.DefaultId, [Subject("c1", "Daniel Moreno", SubjectKind.Person)]);

        var second = await Import("ofac-sample");

        Assert.True(second.Lists[0].Unchanged);
        Assert.Equal(first.Lists[0].Version.Id, second.Lists[0].Version.Id);
        Assert.Empty(second.Alerts);
        Assert.Single(await _cordon.Store.GetListVersionsAsync("ofac-sdn"));
    }

    [Fact]
    public async Task The_catalog_follows_the_version_in_force()
    {
        await Import("ofac-sdn-2019-01");
        var before = await _cordon.Catalog.GetIndexAsync();
        await Import("ofac-sdn-2021-07");
        var after = await _cordon.Catalog.GetIndexAsync();

        Assert.Equal(7379, before.Index.EntityCount);
        Assert.Equal(8976, after.Index.EntityCount);
        Assert.Equal("28263", after.Index.Screen(new ScreeningSubject { Name = "Tian Yinyin", Kind = SubjectKind.Person })[0].Entity.SourceId);
        Assert.Empty(before.Index.Screen(new ScreeningSubject { Name = "Tian Yinyin", Kind = SubjectKind.Person }));
    }

    [Fact]
    public async Task Removing_a_subject_waits_for_a_rescreening_in_progress_then_removes_it_with_its_matches()
    {
        await Import("ofac-sdn-2019-01");
        await _cordon.WatchList.AddAsync(Organisation.DefaultId, [Subject("listed-both", "Kim Jong Un", SubjectKind.Person, "1984-01-08")]);
        Assert.NotEmpty(await _cordon.Store.GetWatchMatchesAsync(Organisation.DefaultId, "listed-both"));

        Task<bool> removal;
        await using (await _cordon.Store.AcquireLockAsync("watch"))
        {
            // Another instance is re-screening: the removal must not delete under it.
            removal = _cordon.WatchList.RemoveAsync(Organisation.DefaultId, "listed-both");
            await Task.Delay(500);
            Assert.False(removal.IsCompleted);
            Assert.NotNull(await _cordon.Store.GetWatchSubjectAsync(Organisation.DefaultId, "listed-both"));
        }

        Assert.True(await removal);
        Assert.Null(await _cordon.Store.GetWatchSubjectAsync(Organisation.DefaultId, "listed-both"));
        Assert.Empty(await _cordon.Store.GetWatchMatchesAsync(Organisation.DefaultId, "listed-both"));
        Assert.NotEmpty(await _cordon.Store.GetAlertsAsync(Organisation.DefaultId, "listed-both"));
        Assert.False(await _cordon.WatchList.RemoveAsync(Organisation.DefaultId, "listed-both"));
    }

    private async Task<ImportOutcome> Import(string folder) =>
        await _cordon.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", folder)).Snapshots);

    private static WatchSubject Subject(string id, string name, SubjectKind kind, string? dateOfBirth = null)
    {
        PartialDate? date = null;
        if (dateOfBirth is not null)
        {
            Assert.True(SubjectInput.TryParseDate(dateOfBirth, out var parsed));
            date = parsed;
        }

        return new WatchSubject(id, new ScreeningSubject { Name = name, Kind = kind, DateOfBirth = date }, DateTimeOffset.UnixEpoch);
    }
}
