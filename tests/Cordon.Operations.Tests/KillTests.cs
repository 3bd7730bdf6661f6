using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Storage;
using Microsoft.Data.Sqlite;

namespace Cordon.Operations.Tests;

/// <summary>
/// cordon processes killed with SIGKILL in the middle of their writes, then run again: nothing half-written is ever visible,
/// and everything acknowledged before the kill is still there.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class KillTests(PostgresCluster cluster)
{
    private static readonly string Sdn2021 = SharedData.Path("lists", "ofac-sdn-2021-07");

    // Several lists in one all-or-nothing import: enough rows to outgrow SQLite's page cache, so the write is still under
    // way when the test sees the log grow, even on a fast, quiet machine where the SDN alone commits within a poll or two.
    private static readonly string[] ManyLists =
    [
        Sdn2021,
        SharedData.Path("lists", "us-csl-2022-04"),
        SharedData.Path("lists", "ofac-consolidated-nonsdn"),
        SharedData.Path("lists", "bis-dpl"),
        SharedData.Path("lists", "un"),
    ];
    private static readonly string[] Samples = File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"));

    [Fact]
    public async Task A_list_import_killed_during_its_copy_into_postgresql_leaves_no_version_and_runs_again_whole()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        var name = Database.Name(database);
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "versions", "--database", database);

        using var import = CordonProcesses.Start(folder.Path, ["lists", "import", Sdn2021, "--database", database], out _, out var error);
        var caught = await Database.WaitForStatementAsync(cluster.AdminConnectionString, name, "COPY entities", () => !import.HasExited, TimeSpan.FromMinutes(2));
        import.Kill();
        await import.WaitForExitAsync();
        Assert.True(caught, "the import was caught inside its COPY: " + error);
        await Database.WaitForNoOpenTransactionAsync(cluster.AdminConnectionString, name, TimeSpan.FromSeconds(30));

        Assert.Equal(0, await Database.ScalarAsync(database, "SELECT COUNT(*) FROM list_versions"));
        Assert.Equal(0, await Database.ScalarAsync(database, "SELECT COUNT(*) FROM entities"));

        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", Sdn2021, "--database", database);
        var versions = await Database.RowsAsync(database, "SELECT v.entity_count, (SELECT COUNT(*) FROM entities e WHERE e.version_id = v.id), v.is_current FROM list_versions v");
        var version = Assert.Single(versions);
        Assert.Equal(8976L, Convert.ToInt64(version[0]));
        Assert.Equal(8976L, Convert.ToInt64(version[1]));
        Assert.True((bool)version[2]!);
    }

    [Fact]
    public async Task A_list_import_killed_while_writing_into_sqlite_leaves_the_file_sound_and_no_partial_version()
    {
        using var folder = new TempFolder();
        var file = folder.Combine("cordon.db");
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "versions", "--database", file);
        var walBefore = new FileInfo(file + "-wal").Exists ? new FileInfo(file + "-wal").Length : 0;

        // Rows spill from SQLite's page cache into the write-ahead log long before the commit: a growing log means the
        // insert transaction is under way.
        using var import = CordonProcesses.Start(folder.Path, ["lists", "import", .. ManyLists, "--database", file], out _, out var error);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        var caught = false;
        while (DateTime.UtcNow < deadline && !import.HasExited)
        {
            var wal = new FileInfo(file + "-wal");
            if (wal.Exists && wal.Length > walBefore + (1 << 20))
            {
                caught = true;
                break;
            }

            await Task.Delay(2);
        }

        import.Kill();
        await import.WaitForExitAsync();
        Assert.True(caught, "the import was caught while writing: " + error);

        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }

        await using (var store = await CordonStore.OpenAsync(file, folder.Path))
        {
            var versions = await store.GetListVersionsAsync();
            foreach (var version in versions)
            {
                Assert.Equal(version.EntityCount, (await store.GetEntitiesAsync(version.Id)).Count);
            }

            // The lists of one import are stored in one transaction: all of them, or (the kill having landed inside it) none.
            Assert.True(versions.Count == 0 || versions.Count == ManyLists.Length, $"{versions.Count} of {ManyLists.Length} lists of one import were stored");
            Assert.All(versions, v => Assert.True(v.IsCurrent));
        }

        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", Sdn2021, "--database", file);
        await using (var store = await CordonStore.OpenAsync(file, folder.Path))
        {
            var current = Assert.Single(await store.GetListsAsync(), l => l.ListId == "ofac-sdn");
            Assert.Equal(8976, current.Current.EntityCount);
            Assert.Equal(8976, (await store.GetEntitiesAsync(current.Current.Id)).Count);
        }
    }

    [Fact]
    public async Task A_batch_assessment_killed_while_storing_leaves_no_half_batch_and_runs_again_whole()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        var name = Database.Name(database);
        var records = folder.Combine("records.jsonl");
        await CordonProcesses.RunOkAsync(folder.Path, "risk", "generate", "--count", "2500", "--output", records, "--labels", folder.Combine("labels.csv"));
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "versions", "--database", database);

        using var assess = CordonProcesses.Start(folder.Path, ["assess", "--input", records, "--output", folder.Combine("out.jsonl"), "--database", database], out _, out var error);
        var caught = await Database.WaitForStatementAsync(cluster.AdminConnectionString, name, "INSERT INTO assessments", () => !assess.HasExited, TimeSpan.FromMinutes(3));
        assess.Kill();
        await assess.WaitForExitAsync();
        Assert.True(caught, "the batch was caught while storing: " + error);
        await Database.WaitForNoOpenTransactionAsync(cluster.AdminConnectionString, name, TimeSpan.FromSeconds(30));

        Assert.Equal(0, await Database.ScalarAsync(database, "SELECT COUNT(*) FROM assessments"));
        // The network memberships go in the same transaction as the assessments: none without its assessment.
        Assert.Equal(0, await Database.ScalarAsync(database, "SELECT COUNT(*) FROM network_memberships"));

        await CordonProcesses.RunOkAsync(folder.Path, "assess", "--input", records, "--output", folder.Combine("out.jsonl"), "--database", database);
        var assessed = File.ReadLines(folder.Combine("out.jsonl")).Count(l => JsonNode.Parse(l)!["score"] is not null);
        Assert.Equal(2500, assessed);
        Assert.Equal(assessed, await Database.ScalarAsync(database, "SELECT COUNT(*) FROM assessments"));
        Assert.Equal(assessed, await Database.ScalarAsync(database, "SELECT COUNT(DISTINCT record_id) FROM assessments"));
        Assert.True(await Database.ScalarAsync(database, "SELECT COUNT(*) FROM network_memberships") > 0, "the population's rings are linked");
        Assert.Equal(0, await Database.ScalarAsync(
            database,
            "SELECT COUNT(*) FROM network_memberships m WHERE NOT EXISTS (SELECT 1 FROM assessments a WHERE a.organisation_id = m.organisation_id AND a.record_id = m.record_id)"));
    }

    [Theory]
    [InlineData("postgresql")]
    [InlineData("sqlite")]
    public async Task Every_assessment_acknowledged_before_the_server_is_killed_is_there_after_restart(string provider)
    {
        using var folder = new TempFolder();
        var database = provider == "postgresql" ? await cluster.CreateDatabaseAsync() : folder.Combine("cordon.db");
        var key = await TestCredentials.CreateKeyAsync(database, folder.Path, Cordon.Core.Access.CordonRoles.Analyst);
        var acknowledged = new ConcurrentBag<(string Id, int Score)>();
        var sent = 0;
        await using (var server = await CordonServer.StartAsync(folder.Path, database, apiKey: key))
        {
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = $"ack-{w}-{i}";
                    var record = JsonNode.Parse(Samples[(w * 7 + i) % Samples.Length])!;
                    record["id"] = id;
                    Interlocked.Increment(ref sent);
                    try
                    {
                        using var response = await server.Client.PostAsync("/api/assessments", new StringContent(record.ToJsonString(), Encoding.UTF8, "application/json"), stop.Token);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop.Token)).RootElement;
                            acknowledged.Add((id, body.GetProperty("score").GetInt32()));
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                    {
                        // The server died under this request: it was never acknowledged.
                        return;
                    }
                }
            }));
            var tasks = writers.ToList();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (acknowledged.Count < 40)
            {
                Assert.True(DateTime.UtcNow < deadline, $"only {acknowledged.Count} of {sent} assessments were acknowledged in 2 minutes:\n{server.Log}");
                await Task.Delay(10);
            }

            await server.KillAsync();
            await Task.WhenAll(tasks);
            stop.Cancel();
        }

        await using var restarted = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
        foreach (var (id, score) in acknowledged)
        {
            using var response = await restarted.Client.GetAsync($"/api/assessments/{id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"acknowledged assessment {id} is missing after the kill");
            Assert.Equal(score, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("score").GetInt32());
        }

        Assert.True(sent > acknowledged.Count, "some requests were in flight when the server died");
    }
}
