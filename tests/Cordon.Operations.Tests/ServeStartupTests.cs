using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace Cordon.Operations.Tests;

/// <summary>
/// Issue 21 item 3: <c>cordon serve</c> waits for its database with backoff, one clear line per attempt, and gives up after
/// its budget with one line and a non-zero exit, never a stack trace. Real processes, a real PostgreSQL.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class ServeStartupTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_server_with_nothing_listening_on_the_database_port_retries_then_exits_1_with_one_line()
    {
        using var folder = new TempFolder();
        var port = CordonProcesses.FreePort();
        var database = $"Host=127.0.0.1;Port={port};Username=cordon;Password=s3cret-Pass;Database=cordon;Timeout=2";

        var clock = Stopwatch.StartNew();
        var (code, output, error) = await CordonProcesses.RunAsync(folder.Path, "serve", "--urls", $"http://127.0.0.1:{CordonProcesses.FreePort()}", "--database", database, "--database-wait", "4");

        Assert.Equal(1, code);
        var attempts = error.Split('\n').Where(l => l.StartsWith("warning: database 'cordon' on 127.0.0.1:" + port, StringComparison.Ordinal)).ToList();
        Assert.True(attempts.Count >= 2, $"at least two attempts within 4 s (1 s, 2 s apart):\n{error}");
        Assert.All(attempts, a => Assert.Contains("Connection refused", a));
        var last = error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith($"error: database 'cordon' on 127.0.0.1:{port} as cordon could not be opened within 4 s", last);
        Assert.Contains("Connection refused", last);
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("s3cret-Pass", output + error);
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(3), "it waited for its budget");
    }

    [Theory]
    [InlineData("missing-database", "does not exist (create it: createdb")]
    [InlineData("unknown-role", "role \"nobody\" does not exist (check the user name and password")]
    public async Task A_missing_database_or_role_is_named_in_one_line_and_exits_1(string problem, string expected)
    {
        using var folder = new TempFolder();
        var builder = new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Database = "cordon_missing_" + Guid.NewGuid().ToString("N")[..8] };
        if (problem == "unknown-role")
        {
            builder = new NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync()) { Username = "nobody" };
        }

        var (code, output, error) = await CordonProcesses.RunAsync(folder.Path, "serve", "--urls", $"http://127.0.0.1:{CordonProcesses.FreePort()}", "--database", builder.ConnectionString, "--database-wait", "0");

        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: database '", lines[0]);
        Assert.Contains(expected, lines[0]);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public async Task A_server_started_before_its_database_exists_waits_and_serves_once_it_is_created()
    {
        using var folder = new TempFolder();
        var name = "cordon_late_" + Guid.NewGuid().ToString("N")[..8];
        var database = new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Database = name }.ConnectionString;

        await using var server = await CordonServer.StartAsync(folder.Path, database, ["--database-wait", "120", "--log-format", "json"], waitReady: false);
        await WaitForAsync(() => server.Log.Contains("does not exist", StringComparison.Ordinal), TimeSpan.FromSeconds(60), server);
        await PostgresCluster.ScalarAsync(cluster.AdminConnectionString, $"CREATE DATABASE \"{name}\"");
        await server.WaitServingAsync(TimeSpan.FromMinutes(2));

        Assert.Contains("opened after", server.Log);
        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => JsonDocument.Parse(line));
        Assert.Contains(lines, l => l.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal) && l.Contains("not ready (attempt 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_role_with_only_the_documented_grants_migrates_and_one_without_them_is_told_what_it_lacks()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var plain = "ops_plain_" + suffix;
        var granted = "ops_granted_" + suffix;
        await PostgresCluster.ScalarAsync(cluster.AdminConnectionString, $"CREATE ROLE {plain} LOGIN; CREATE ROLE {granted} LOGIN");
        // docs/operations.md, "Database setup", for a role that does not own the database (PostgreSQL 15 gives PUBLIC no CREATE on schema public).
        await PostgresCluster.ScalarAsync(database, $"GRANT USAGE, CREATE ON SCHEMA public TO {granted}");

        var (code, output, error) = await CordonProcesses.RunAsync(folder.Path, "serve", "--urls", $"http://127.0.0.1:{CordonProcesses.FreePort()}",
            "--database", new NpgsqlConnectionStringBuilder(database) { Username = plain }.ConnectionString, "--database-wait", "0");
        await using var store = await Storage.CordonStore.OpenAsync(new NpgsqlConnectionStringBuilder(database) { Username = granted }.ConnectionString, folder.Path);

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("permission denied for schema public", line);
        Assert.Contains("Database setup", line);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Equal(((Storage.SqlCordonStore)store).LatestSchemaVersion, await store.GetSchemaVersionAsync());
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, CordonServer server)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("condition not met:\n" + server.Log);
            }

            await Task.Delay(100);
        }
    }
}
