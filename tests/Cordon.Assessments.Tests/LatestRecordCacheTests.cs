using System.Text.Json.Nodes;
using Cordon.Storage;

namespace Cordon.Assessments.Tests;

/// <summary>The one cache of each organisation's newest assessed records follows the store: new, re-assessed and erased records.</summary>
public sealed class LatestRecordCacheTests : IAsyncLifetime
{
    private static readonly string Sample = File.ReadLines(SharedData.Path("..", "samples", "applications.jsonl")).First();
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cordon-latest-" + Guid.NewGuid().ToString("N"));
    private ICordonStore store = null!;

    public async Task InitializeAsync() => store = await CordonStore.OpenAsync(null, folder);

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task New_reassessed_and_erased_records_are_seen_at_the_next_use_and_snapshots_do_not_change_afterwards()
    {
        using var cache = new LatestRecordCache(store);
        await SaveAsync("org-a", "r-1", "Ana One");
        await SaveAsync("org-a", "r-2", "Ben Two");
        await SaveAsync("org-b", "r-9", "Elsewhere");

        var first = await cache.GetAsync("org-a");
        var unchanged = await cache.GetAsync("org-a");
        await SaveAsync("org-a", "r-1", "Ana Renamed");
        await SaveAsync("org-a", "r-3", "Cleo Three");
        await store.EraseRecordAsync("org-a", "r-2");
        var second = await cache.GetAsync("org-a");

        Assert.Equal(["r-1", "r-2"], first.Keys.Order(StringComparer.Ordinal));
        Assert.Same(first, unchanged);
        Assert.Equal("Ana One", first["r-1"].Record.Person?.FullName);
        Assert.Equal(["r-1", "r-3"], second.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Ana Renamed", second["r-1"].Record.Person?.FullName);
        Assert.True(second["r-1"].AssessmentId > first["r-1"].AssessmentId);
        Assert.Contains("\"score\"", second["r-3"].AssessmentJson, StringComparison.Ordinal);
        // Another organisation's records never appear, and a snapshot handed out earlier is left as it was.
        Assert.Equal(["r-9"], (await cache.GetAsync("org-b")).Keys);
        Assert.Equal(["r-1", "r-2"], first.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_stored_record_that_no_longer_reads_is_left_out()
    {
        using var cache = new LatestRecordCache(store);
        await SaveAsync("org-a", "r-1", "Ana One");
        await store.SaveAssessmentsAsync("org-a", [new StoredAssessment("r-bad", """{"id":"r-bad"}""", """{"score":1}""", 1, "low", "test", At)]);

        Assert.Equal(["r-1"], (await cache.GetAsync("org-a")).Keys);
    }

    private Task SaveAsync(string organisation, string id, string name)
    {
        var record = JsonNode.Parse(Sample)!.AsObject();
        record["id"] = id;
        record["person"]!["full_name"] = name;
        return store.SaveAssessmentsAsync(organisation, [new StoredAssessment(id, record.ToJsonString(), """{"score":10}""", 10, "low", "test", At)]);
    }
}
