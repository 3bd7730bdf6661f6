using System.Text.Json;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Matching;

namespace Cordon.Screening.Tests;

/// <summary>
/// Screening index snapshots on disk: used only when made by the same matcher from the same contents; a stale, corrupt or
/// truncated snapshot is rebuilt and replaced, never screened with; the server's catalog loads its index from the snapshot
/// of the list versions in force after a restart and rebuilds after an import.
/// </summary>
public sealed class ScreeningIndexCacheTests : IDisposable
{
    private static readonly Lazy<IReadOnlyList<ListedEntity>> Sample = new(() =>
        [.. ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots.SelectMany(s => s.Entities)]);

    private static readonly ScreeningSubject[] Queries =
    [
        new() { Name = "Daniel Moreno", Kind = SubjectKind.Person },
        new() { Name = "TASCA", Kind = SubjectKind.Vessel },
        new() { Name = "Iran Aircraft Avionics International" },
        new() { Name = "elvis logan morey" },
        new() { Name = "Margaret Ellen Whitfield" },
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-index-cache-" + Guid.NewGuid().ToString("N"));
    private readonly Matcher _matcher = Matcher.Default;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_first_run_builds_and_saves_and_the_next_loads_without_reading_the_lists()
    {
        var built = await new ScreeningIndexCache(_folder).GetOrBuildAsync(_matcher, "sample v1", Entries);

        var loaded = await new ScreeningIndexCache(_folder).GetOrBuildAsync(_matcher, "sample v1", NotCalled);

        Assert.False(built.FromSnapshot);
        Assert.Equal("no snapshot yet", built.RebuildReason);
        Assert.Null(built.SaveError);
        Assert.True(loaded.FromSnapshot);
        Assert.Null(loaded.RebuildReason);
        Assert.Equal(Results(built.Index), Results(loaded.Index));
        Assert.Contains("\"sourceId\":\"15102\"", Results(loaded.Index), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_list_contents_get_their_own_index()
    {
        var cache = new ScreeningIndexCache(_folder);
        await cache.GetOrBuildAsync(_matcher, "sample v1", Entries);
        var fewer = Sample.Value.Where(e => e.SourceId != "15102").ToList();

        var changed = await cache.GetOrBuildAsync(_matcher, "sample v2", _ => Task.FromResult<IReadOnlyList<ListedEntity>>(fewer));

        Assert.False(changed.FromSnapshot);
        Assert.Equal("no snapshot yet", changed.RebuildReason);
        Assert.DoesNotContain("\"sourceId\":\"15102\"", Results(changed.Index), StringComparison.Ordinal);
        Assert.NotEqual(cache.PathOf(_matcher, "sample v1"), cache.PathOf(_matcher, "sample v2"));
        Assert.True((await cache.GetOrBuildAsync(_matcher, "sample v2", NotCalled)).FromSnapshot);
        Assert.Contains("\"sourceId\":\"15102\"", Results((await cache.GetOrBuildAsync(_matcher, "sample v1", NotCalled)).Index), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corrupt")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("another matcher")]
    public async Task A_damaged_or_foreign_snapshot_is_rebuilt_and_replaced(string damage)
    {
        var cache = new ScreeningIndexCache(_folder);
        var expected = Results((await cache.GetOrBuildAsync(_matcher, "sample v1", Entries)).Index);
        var path = cache.PathOf(_matcher, "sample v1");
        var bytes = await File.ReadAllBytesAsync(path);
        switch (damage)
        {
            case "corrupt":
                bytes[bytes.Length / 3] ^= 0x01;
                await File.WriteAllBytesAsync(path, bytes);
                break;
            case "truncated":
                await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
                break;
            case "empty":
                await File.WriteAllBytesAsync(path, []);
                break;
            default:
                // The file of another algorithm's index, put where this one's belongs.
                var other = MatchingAlgorithms.Get(MatchingAlgorithms.V2);
                await cache.GetOrBuildAsync(other, "sample v1", Entries);
                File.Copy(cache.PathOf(other, "sample v1"), path, overwrite: true);
                break;
        }

        var rebuilt = await cache.GetOrBuildAsync(_matcher, "sample v1", Entries);
        var reloaded = await cache.GetOrBuildAsync(_matcher, "sample v1", NotCalled);

        Assert.False(rebuilt.FromSnapshot);
        Assert.Contains(damage == "empty" ? "not a screening index snapshot" : damage, rebuilt.RebuildReason, StringComparison.Ordinal);
        Assert.Equal(expected, Results(rebuilt.Index));
        Assert.True(reloaded.FromSnapshot);
        Assert.Equal(expected, Results(reloaded.Index));
    }

    [Fact]
    public async Task Older_snapshots_of_an_algorithm_are_pruned()
    {
        var cache = new ScreeningIndexCache(_folder);
        for (var i = 0; i < ScreeningIndexCache.KeptPerAlgorithm + 2; i++)
        {
            await cache.GetOrBuildAsync(_matcher, $"version {i}", Entries);
            File.SetLastWriteTimeUtc(cache.PathOf(_matcher, $"version {i}"), DateTime.UtcNow.AddMinutes(i - 100));
        }

        var left = Directory.GetFiles(_folder).Select(Path.GetFileName).ToList();

        Assert.Equal(ScreeningIndexCache.KeptPerAlgorithm, left.Count);
        Assert.Contains(Path.GetFileName(cache.PathOf(_matcher, $"version {ScreeningIndexCache.KeptPerAlgorithm + 1}")), left);
        Assert.DoesNotContain(Path.GetFileName(cache.PathOf(_matcher, "version 0")), left);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_costs_the_snapshot_not_the_screening()
    {
        await File.WriteAllTextAsync(_folder, "a file where the folder should be");
        try
        {
            var result = await new ScreeningIndexCache(Path.Combine(_folder, "snapshots")).GetOrBuildAsync(_matcher, "sample v1", Entries);

            Assert.False(result.FromSnapshot);
            Assert.NotNull(result.SaveError);
            Assert.Contains("\"sourceId\":\"15102\"", Results(result.Index), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(_folder);
        }
    }

    [Fact]
    public async Task The_catalog_loads_the_snapshot_of_the_versions_in_force_after_a_restart_and_rebuilds_after_an_import()
    {
        string expected;
        await using (var cordon = await CordonServices.OpenAsync(null, _folder))
        {
            await cordon.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots);
            var first = await cordon.Catalog.GetIndexAsync();
            Assert.False(first.FromSnapshot);
            Assert.Empty(await cordon.Catalog.Snapshots!.WaitForSavesAsync());
            expected = Results(first.Index);
        }

        await using (var restarted = await CordonServices.OpenAsync(null, _folder))
        {
            var index = await restarted.Catalog.GetIndexAsync();
            Assert.True(index.FromSnapshot);
            Assert.Equal(expected, Results(index.Index));

            await restarted.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", "un")).Snapshots);
            var afterImport = await restarted.Catalog.GetIndexAsync();

            Assert.False(afterImport.FromSnapshot);
            Assert.Equal(["ofac-sdn", "un-sc"], afterImport.Versions.Select(v => v.ListId).Order());
            Assert.NotEmpty(afterImport.Index.Screen(new ScreeningSubject { Name = "Eric Badege", Kind = SubjectKind.Person }));
            Assert.Empty(index.Index.Screen(new ScreeningSubject { Name = "Eric Badege", Kind = SubjectKind.Person }));
        }
    }

    private static Task<IReadOnlyList<ListedEntity>> Entries(CancellationToken cancellationToken) => Task.FromResult(Sample.Value);

    private static Task<IReadOnlyList<ListedEntity>> NotCalled(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the lists were read although a valid snapshot exists");

    private static string Results(ScreeningIndex index) =>
        JsonSerializer.Serialize(Queries.Select(q => index.Screen(q, 5, 0.5).Select(m => new { m.Entity.SourceId, m.Score, m.MatchedName, m.Explanation })), CordonJson.Options);
}
