using System.Diagnostics;
using System.Text;
using Cordon.Lists;
using Cordon.Storage;

namespace Cordon.Operations.Tests;

/// <summary>Several cordon processes on one PostgreSQL database at once: migrations, imports and re-screening coordinate through the database.</summary>
[Collection(OperationsTestGroup.Name)]
public sealed class MultiInstanceTests(PostgresCluster cluster)
{
    private static readonly string Sdn2019 = SharedData.Path("lists", "ofac-sdn-2019-01");
    private static readonly string Sdn2021 = SharedData.Path("lists", "ofac-sdn-2021-07");
    private static readonly string Un = SharedData.Path("lists", "un");

    [Fact]
    public async Task Two_servers_started_together_on_an_empty_database_apply_each_migration_once_and_all_serve()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        int latest;
        await using (var probe = CordonStore.Open(database, folder.Path))
        {
            latest = ((SqlCordonStore)probe).LatestSchemaVersion;
        }

        var servers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => CordonServer.StartAsync(folder.Path, database, waitReady: false)));
        string? key = null;
        try
        {
            await Task.WhenAll(servers.Select(s => s.WaitServingAsync(TimeSpan.FromMinutes(2))));
            key = await TestCredentials.CreateKeyAsync(database, folder.Path);
            foreach (var server in servers)
            {
                server.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
                (await server.Client.GetAsync("/api/lists")).EnsureSuccessStatusCode();
            }

            // The same rows as a database migrated by one store alone: each migration once.
            var reference = await cluster.CreateDatabaseAsync();
            await (await CordonStore.OpenAsync(reference, folder.Path)).DisposeAsync();
            var expected = await Database.RowsAsync(reference, "SELECT version FROM schema_migrations ORDER BY version");
            var versions = await Database.RowsAsync(database, "SELECT version FROM schema_migrations ORDER BY version");
            Assert.Equal(expected.Select(r => r[0]), versions.Select(r => r[0]));
            Assert.Equal(latest, Convert.ToInt32(versions[^1][0], System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Concurrent_imports_of_the_same_file_store_one_version_and_of_different_files_keep_one_current()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "versions", "--database", database);

        var same = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => CordonProcesses.RunAsync(folder.Path, "lists", "import", Sdn2021, "--database", database)));
        Assert.All(same, r => Assert.True(r.ExitCode == 0, r.Error));
        var afterSame = await Database.RowsAsync(database, "SELECT content_hash, is_current FROM list_versions WHERE list_id = 'ofac-sdn'");
        Assert.Single(afterSame);

        var different = await Task.WhenAll(
            CordonProcesses.RunAsync(folder.Path, "lists", "import", Sdn2019, "--database", database),
            CordonProcesses.RunAsync(folder.Path, "lists", "import", Sdn2021, "--database", database));
        Assert.All(different, r => Assert.True(r.ExitCode == 0, r.Error));

        var versions = await Database.RowsAsync(database, "SELECT v.content_hash, v.is_current, v.entity_count, (SELECT COUNT(*) FROM entities e WHERE e.version_id = v.id) FROM list_versions v WHERE v.list_id = 'ofac-sdn' ORDER BY v.id");
        Assert.Single(versions, v => (bool)v[1]!);
        Assert.All(versions, v => Assert.Equal(Convert.ToInt64(v[2]), Convert.ToInt64(v[3])));

        // Consecutive versions never repeat a content: each import stored only a change of the version in force.
        for (var i = 1; i < versions.Count; i++)
        {
            Assert.NotEqual(versions[i - 1][0], versions[i][0]);
        }
    }

    [Fact]
    public async Task Instances_rescreening_the_watch_list_at_once_raise_each_alert_once()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        var older = ListLoader.Default.Load(Sdn2019).Snapshots.Single().Entities.Select(e => e.SourceId).ToHashSet();
        var added = ListLoader.Default.Load(Sdn2021).Snapshots.Single().Entities
            .Where(e => e.Type == Cordon.Core.EntityType.Individual && !older.Contains(e.SourceId)).Take(15).ToList();
        var un = ListLoader.Default.Load(Un).Snapshots.Single().Entities.Where(e => e.Type == Cordon.Core.EntityType.Individual).Take(15).ToList();
        var csv = new StringBuilder("id,name\n");
        foreach (var (entity, i) in added.Concat(un).Select((e, i) => (e, i)))
        {
            csv.Append(CultureInfoInvariant($"w-{i},\"{entity.PrimaryName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n"));
        }

        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", Sdn2019, "--database", database);
        await CordonProcesses.RunOkAsync(folder.Path, "watch", "add", "--input", folder.File("customers.csv", csv.ToString()), "--database", database);
        var alertsBefore = await Database.ScalarAsync(database, "SELECT COUNT(*) FROM alerts");

        // Two instances import different lists at the same moment; each re-screens every subject.
        var imports = await Task.WhenAll(
            CordonProcesses.RunAsync(folder.Path, "lists", "import", Sdn2021, "--database", database),
            CordonProcesses.RunAsync(folder.Path, "lists", "import", Un, "--database", database));
        Assert.All(imports, r => Assert.True(r.ExitCode == 0, r.Error));

        var duplicates = await Database.RowsAsync(database, """
            SELECT subject_id, kind, list_id, entity_source_id, COUNT(*) FROM alerts
            GROUP BY subject_id, kind, list_id, entity_source_id HAVING COUNT(*) > 1
            """);
        var newMatches = await Database.ScalarAsync(database, "SELECT COUNT(*) FROM alerts WHERE kind = 'NewMatch'");
        var alertedSubjects = await Database.ScalarAsync(database, "SELECT COUNT(DISTINCT subject_id) FROM alerts WHERE kind = 'NewMatch'");
        Assert.Empty(duplicates);
        Assert.True(newMatches > alertsBefore, "the imports raised alerts");
        Assert.True(alertedSubjects >= 25, $"the listed names raised their alerts ({alertedSubjects} of 30 subjects)");

        // A third re-screening from scratch finds nothing the two left undone.
        await CordonProcesses.RunOkAsync(folder.Path, "watch", "rescreen", "--database", database);
        Assert.Equal(await Database.ScalarAsync(database, "SELECT COUNT(*) FROM alerts WHERE kind = 'NewMatch'"), newMatches);
    }

    private static string CultureInfoInvariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
