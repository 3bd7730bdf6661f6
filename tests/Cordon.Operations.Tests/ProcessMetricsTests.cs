namespace Cordon.Operations.Tests;

/// <summary>
/// Issue 21 item 5 with a real <c>cordon serve</c>: counters exist at zero before first use, a route with or without its
/// trailing slash is one series, and list imports and alerts made by the CLI (another process) reach the server's /metrics.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class ProcessMetricsTests
{
    [Fact]
    public async Task Counters_start_at_zero_routes_ignore_a_trailing_slash_and_cli_imports_and_alerts_reach_metrics()
    {
        using var folder = new TempFolder();
        var database = folder.Combine("data", "cordon.db");
        await using var server = await CordonServer.StartAsync(folder.Path, database);
        var fresh = await MetricsText.ReadAsync(server.Client);

        await server.Client.GetAsync("/api/session");
        await server.Client.GetAsync("/api/session/");
        // Through the CLI, as an operator would, while the server runs: a watched customer, then a list that names them.
        var csv = folder.File("watch.csv", "id,name\ncustomer-1,Elvis Angus Logan Morey\n"); // LOGAN MOREY, Elvis Angus is in the sample
        await CordonProcesses.RunOkAsync(folder.Path, "watch", "add", "--input", csv, "--database", database);
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", SharedData.Path("lists", "ofac-sample"), "--database", database);
        var version = (await Database(database)).Current.Id;
        var after = await EventuallyAsync(server, m => m.Has("cordon_list_version", ("list", "ofac-sdn")) && m.Sum("cordon_alerts_stored", ("kind", "NewMatch")) >= 1 && m.Sum("cordon_ready") == 1);

        Assert.All(
            new[] { "cordon_alerts_total", "cordon_database_unavailable_total", "cordon_database_pool_exhausted_total" },
            name => Assert.True(fresh.Has(name) && fresh.Sum(name) == 0, $"{name} is not at 0 on a fresh server"));
        Assert.Equal(1, fresh.Sum("http_requests_in_progress")); // the scrape itself
        Assert.True(fresh.Has("cordon_screenings_total", ("kind", "rescreen")));
        Assert.True(fresh.Has("cordon_assessments_total", ("outcome", "rejected")));
        Assert.Equal(2, after.Sum("http_requests_total", ("route", "/api/session"), ("method", "GET")));
        Assert.False(after.Has("http_requests_total", ("route", "/api/session/")));
        Assert.Equal(version, after.Sum("cordon_list_version", ("list", "ofac-sdn")));
        Assert.InRange(after.Sum("cordon_list_age_seconds", ("list", "ofac-sdn")), 0, 600);
        Assert.True(after.Sum("cordon_list_entries", ("list", "ofac-sdn")) > 0);
        Assert.Equal(1, after.Sum("cordon_alerts_stored", ("kind", "NewMatch")));
        Assert.Equal(1, after.Sum("cordon_ready"));
    }

    private static async Task<Lists.ListSummary> Database(string database)
    {
        await using var store = await Storage.CordonStore.OpenAsync(database, Path.GetDirectoryName(database)!);
        return (await store.GetListsAsync()).Single();
    }

    private static async Task<Dictionary<string, double>> EventuallyAsync(CordonServer server, Func<Dictionary<string, double>, bool> done)
    {
        // The store gauges are read every 15 s.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            var metrics = await MetricsText.ReadAsync(server.Client);
            if (done(metrics) || DateTime.UtcNow > deadline)
            {
                return metrics;
            }

            await Task.Delay(500);
        }
    }
}
