using System.Net;
using Cordon.Lists;
using Cordon.Screening;
using Microsoft.Data.Sqlite;

namespace Cordon.Operations.Tests;

/// <summary>
/// A list import killed between its commit and the watch-list re-screen (issue 13, finding 7): the re-screen it owes was
/// committed with it, so a restarted server raises the alerts, and importing the same files again raises none twice.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class RescreenKillTests
{
    [Fact]
    public async Task A_list_import_killed_after_its_commit_still_raises_its_alerts_once_after_a_restart()
    {
        using var folder = new TempFolder();
        var database = folder.Combine("cordon.db");
        var older = SharedData.Path("lists", "ofac-sdn-2019-01");
        var newer = SharedData.Path("lists", "ofac-sdn-2021-07");

        // Customers named exactly as entries the newer version adds: each gains a match when it comes into force.
        var before = ListLoader.Default.Load(older).Snapshots.Single().Entities.Select(e => e.SourceId).ToHashSet();
        var added = ListLoader.Default.Load(newer).Snapshots.Single().Entities
            .Where(e => !before.Contains(e.SourceId) && e.Type == Cordon.Core.EntityType.Individual)
            .Take(40)
            .ToList();
        Assert.Equal(40, added.Count);
        var customers = folder.File("customers.csv", "id,name\n" + string.Concat(added.Select((e, i) => $"c{i},\"{e.PrimaryName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n")));
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", older, "--database", database);
        await CordonProcesses.RunOkAsync(folder.Path, "watch", "add", "--input", customers, "--database", database);
        var alertsBefore = await ScalarAsync(database, "SELECT COUNT(*) FROM alerts");

        // The import commits, then its process dies at once (SIGKILL to itself), before any re-screen.
        using (var import = CordonProcesses.Start(folder.Path, ["lists", "import", newer, "--database", database], out _, out var error, new Dictionary<string, string> { [ListImportService.KillAfterCommitVariable] = "1" }))
        {
            await import.WaitForExitAsync();
            Assert.True(import.ExitCode != 0, "the import process was killed: " + error);
        }

        Assert.Equal(1, await ScalarAsync(database, "SELECT is_current FROM list_versions ORDER BY id DESC LIMIT 1"));
        Assert.Equal(2, await ScalarAsync(database, "SELECT COUNT(*) FROM list_versions"));
        Assert.Equal(alertsBefore, await ScalarAsync(database, "SELECT COUNT(*) FROM alerts"));
        Assert.Equal(1, await ScalarAsync(database, "SELECT COUNT(*) FROM rescreen_jobs WHERE completed_at IS NULL"));

        // A restarted server resumes the owed re-screen by itself.
        await using (var server = await CordonServer.StartAsync(folder.Path, database))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (await ScalarAsync(database, "SELECT COUNT(*) FROM rescreen_jobs WHERE completed_at IS NULL") > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }

            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/live")).StatusCode);
        }

        Assert.Equal(0, await ScalarAsync(database, "SELECT COUNT(*) FROM rescreen_jobs WHERE completed_at IS NULL"));
        var newMatches = await ScalarAsync(database, $"SELECT COUNT(DISTINCT subject_id) FROM alerts WHERE kind = 'NewMatch' AND list_version_id = (SELECT MAX(id) FROM list_versions) AND entity_source_id IN ({string.Join(",", added.Select(e => $"'{e.SourceId}'"))})");
        Assert.True(newMatches >= 36, $"{newMatches} of {added.Count} customers got the alert of their new match");
        var alertsAfter = await ScalarAsync(database, "SELECT COUNT(*) FROM alerts");

        // Importing the same files again: unchanged, and no alert raised twice.
        var again = await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", newer, "--database", database);
        Assert.Contains("unchanged", again, StringComparison.Ordinal);
        Assert.Contains("0 watch-list alert(s) raised", again, StringComparison.Ordinal);
        Assert.Equal(alertsAfter, await ScalarAsync(database, "SELECT COUNT(*) FROM alerts"));
        Assert.Equal(0, await ScalarAsync(database, "SELECT COUNT(*) FROM (SELECT subject_id, kind, list_id, entity_source_id, list_version_id FROM alerts GROUP BY subject_id, kind, list_id, entity_source_id, list_version_id HAVING COUNT(*) > 1)"));
    }

    private static async Task<long> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
