using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cordon.Operations.Tests;

/// <summary>
/// Three <c>cordon serve</c> processes on one PostgreSQL database, as docs/operations.md deploys them: whichever instance
/// assessed a record, every instance shows the same network groups, the same alerts and the same screening results, also
/// after one of them is killed and started again.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class ThreeInstanceTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Records_assessed_through_any_instance_give_identical_groups_alerts_and_screening_everywhere_also_after_a_restart()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        var records = folder.Combine("records.jsonl");
        await CordonProcesses.RunOkAsync(folder.Path, "risk", "generate", "--count", "150", "--output", records, "--labels", folder.Combine("labels.csv"));
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", SharedData.Path("lists", "ofac-sdn-2021-07"), "--database", database);
        var key = await TestCredentials.CreateKeyAsync(database, folder.Path);
        var servers = new CordonServer[3];
        try
        {
            for (var i = 0; i < servers.Length; i++)
            {
                servers[i] = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
            }

            // Every instance builds its view before the others assess, so each must catch up from the store.
            foreach (var server in servers)
            {
                Assert.Empty(await GroupsAsync(server));
            }

            var lines = File.ReadAllLines(records);
            for (var start = 0; start < lines.Length; start += 10)
            {
                var batch = "[" + string.Join(",", lines.Skip(start).Take(10)) + "]";
                var response = await servers[start / 10 % servers.Length].Client.PostAsync("/api/assessments/batch", new StringContent(batch, Encoding.UTF8, "application/json"));
                response.EnsureSuccessStatusCode();
            }

            var watch = await servers[1].Client.PostAsJsonAsync("/api/watch", new[] { new { id = "cust-1", name = "Kim Jong Un" }, new { id = "cust-2", name = "Ada Lovelace" } });
            watch.EnsureSuccessStatusCode();

            var expected = await ViewAsync(servers[0]);
            Assert.NotEmpty(expected.Groups);
            Assert.Contains("cust-1", expected.Alerts, StringComparison.Ordinal);
            Assert.Contains("KIM", expected.Screening, StringComparison.OrdinalIgnoreCase);
            foreach (var server in servers.Skip(1))
            {
                Assert.Equal(expected, await ViewAsync(server));
            }

            await servers[2].KillAsync();
            await servers[2].DisposeAsync();
            servers[2] = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
            Assert.Equal(expected, await ViewAsync(servers[2]));
        }
        finally
        {
            foreach (var server in servers.Where(s => s is not null))
            {
                await server.DisposeAsync();
            }
        }
    }

    private sealed record View(string Groups, string Alerts, string Screening);

    private static async Task<View> ViewAsync(CordonServer server)
    {
        var alerts = await server.Client.GetFromJsonAsync<JsonElement>("/api/alerts");
        var screening = await server.Client.PostAsJsonAsync("/api/screen", new { name = "Kim Jong Un" });
        screening.EnsureSuccessStatusCode();
        var matches = (await screening.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches");
        return new View(
            string.Join("\n", await GroupsAsync(server)),
            string.Join("\n", alerts.EnumerateArray().Select(a => a.GetRawText()).Order(StringComparer.Ordinal)),
            matches.GetRawText());
    }

    /// <summary>Each group as its sorted member ids, the groups sorted: what must not depend on the instance asked.</summary>
    private static async Task<List<string>> GroupsAsync(CordonServer server)
    {
        var groups = await server.Client.GetFromJsonAsync<JsonArray>("/api/networks");
        return [.. groups!.Select(g => string.Join(",", g!["members"]!.AsArray().Select(m => (string)m!).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
    }
}
