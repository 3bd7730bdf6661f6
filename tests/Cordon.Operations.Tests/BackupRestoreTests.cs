using System.Text;
using System.Text.Json;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Accounts;

namespace Cordon.Operations.Tests;

/// <summary><c>cordon backup</c> then <c>cordon restore</c> into an empty database gives back the same data, on both providers.</summary>
[Collection(OperationsTestGroup.Name)]
public sealed class BackupRestoreTests(PostgresCluster cluster)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task A_restored_backup_holds_exactly_the_data_of_the_original(string provider)
    {
        using var folder = new TempFolder();
        var source = provider == "sqlite" ? folder.Combine("source.db") : await cluster.CreateDatabaseAsync();
        var target = provider == "sqlite" ? folder.Combine("restored", "target.db") : await cluster.CreateDatabaseAsync();
        await FillAsync(folder, source);
        var backup = folder.Combine(provider == "sqlite" ? "cordon-backup.db" : "cordon-backup.dump");

        var said = await CordonProcesses.RunOkAsync(folder.Path, "backup", "--output", backup, "--database", source);
        var restored = await CordonProcesses.RunOkAsync(folder.Path, "restore", backup, "--database", target);

        Assert.Contains("Backed up", said);
        // A backup holds password hashes, session keys and personal data: only its owner may read it.
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(backup) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), "the backup is not mode 0600");
        Assert.Contains("Restored", restored);
        Assert.Equal(await SnapshotAsync(source, folder.Path), await SnapshotAsync(target, folder.Path));

        // The restored database is a working one: it takes new writes.
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", SharedData.Path("lists", "bis-dpl"), "--database", target);
    }

    [Fact]
    public async Task Restore_refuses_a_database_that_is_not_empty_and_a_backup_of_the_other_provider()
    {
        using var folder = new TempFolder();
        var source = folder.Combine("source.db");
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", SharedData.Path("lists", "ofac-sample"), "--database", source);
        var backup = folder.Combine("b.db");
        await CordonProcesses.RunOkAsync(folder.Path, "backup", "--output", backup, "--database", source);
        var postgres = await cluster.CreateDatabaseAsync();

        var intoItself = await CordonProcesses.RunAsync(folder.Path, "restore", backup, "--database", source);
        var intoPostgres = await CordonProcesses.RunAsync(folder.Path, "restore", backup, "--database", postgres);
        var overwrite = await CordonProcesses.RunAsync(folder.Path, "backup", "--output", backup, "--database", source);

        Assert.Equal(2, intoItself.ExitCode);
        Assert.Contains("not empty", intoItself.Error);
        Assert.Equal(2, intoPostgres.ExitCode);
        Assert.Contains("is a SQLite backup", intoPostgres.Error);
        Assert.Equal(0, await Database.ScalarAsync(postgres, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        Assert.NotEqual(0, overwrite.ExitCode);
        Assert.Contains("exists already", overwrite.Error);
    }

    /// <summary>Lists, a watch list with alerts, and assessments (two of each record), written through Cordon's services.</summary>
    private static async Task FillAsync(TempFolder folder, string database)
    {
        await using var cordon = await CordonServices.OpenAsync(database, folder.Path);
        await cordon.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots);
        var subjects = new[] { ("c-1", "Iran Aircraft Manufacturing Industrial Company"), ("c-2", "Eric Badege"), ("c-3", "Jane Example") }
            .Select(s => new WatchSubject(s.Item1, new ScreeningSubject { Name = s.Item2 }, DateTimeOffset.UtcNow)).ToList();
        await cordon.WatchList.AddAsync(Organisation.DefaultId, subjects);
        await cordon.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", "un")).Snapshots);
        var records = File.ReadLines(SharedData.Path("..", "samples", "applications.jsonl")).Take(12).ToList();
        await cordon.Assessments.AssessAsync(Organisation.DefaultId, records);
        await cordon.Assessments.AssessAsync(Organisation.DefaultId, records);
    }

    /// <summary>Everything the store returns, serialised, so that two databases compare as text.</summary>
    private static async Task<string> SnapshotAsync(string database, string dataFolder)
    {
        await using var store = CordonStore.Open(database, dataFolder);
        var text = new StringBuilder();
        text.AppendLine(CordonJson.Serialize(await store.GetListVersionsAsync()));
        foreach (var version in await store.GetListVersionsAsync())
        {
            var entities = await store.GetEntitiesAsync(version.Id);
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{version.Id}: {entities.Count} {CordonJson.Serialize(entities.Take(50).ToList())}");
            text.AppendLine(CordonJson.Serialize(entities.Select(e => e.SourceId + "|" + e.PrimaryName).ToList()));
        }

        text.AppendLine(JsonSerializer.Serialize(await store.GetWatchSubjectsAsync(Organisation.DefaultId), CordonJson.Options));
        text.AppendLine(JsonSerializer.Serialize(await store.GetWatchMatchesAsync(Organisation.DefaultId), CordonJson.Options));
        var alerts = await store.GetAlertsAsync(Organisation.DefaultId);
        Assert.NotEmpty(alerts);
        text.AppendLine(JsonSerializer.Serialize(alerts, CordonJson.Options));
        var ids = File.ReadLines(SharedData.Path("..", "samples", "applications.jsonl")).Take(12)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!);
        foreach (var id in ids)
        {
            var history = await store.GetAssessmentHistoryAsync(Organisation.DefaultId, id);
            Assert.Equal(2, history.Count);
            text.AppendLine(JsonSerializer.Serialize(history, CordonJson.Options));
        }

        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"schema {await store.GetSchemaVersionAsync()}");
        return text.ToString();
    }
}
