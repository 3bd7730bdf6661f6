using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Cordon.Operations.Tests;

/// <summary>
/// The alert rules shipped in deploy/prometheus are valid, behave as their unit tests say, and use only metrics a Cordon
/// server exports; and /metrics passes Prometheus's own checker. Needs promtool (<c>apt-get install prometheus</c>); skipped
/// with a message where it is absent.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed partial class PrometheusRulesTests(PostgresCluster cluster)
{
    private static readonly string Folder = Path.Combine(SharedData.RepositoryRoot, "deploy", "prometheus");

    private static string? Promtool =>
        new[] { "/usr/bin/promtool", "/usr/local/bin/promtool", "/bin/promtool" }.FirstOrDefault(File.Exists);

    [SkippableFact]
    public async Task The_alert_rules_pass_promtool_check_and_their_unit_tests()
    {
        Skip.If(Promtool is null, "promtool is not installed (apt-get install prometheus): the alert rules cannot be checked");

        var check = await RunAsync(Promtool!, Folder, null, "check", "rules", "cordon-alerts.yml");
        var test = await RunAsync(Promtool!, Folder, null, "test", "rules", "cordon-alerts.test.yml");
        var config = await RunAsync(Promtool!, Folder, null, "check", "config", "prometheus.yml");

        Assert.True(check.Code == 0, check.Output);
        Assert.Contains("SUCCESS: 7 rules found", check.Output);
        Assert.True(test.Code == 0, test.Output);
        Assert.True(config.Code == 0, config.Output);
    }

    [SkippableFact]
    public async Task The_metrics_page_passes_promtool_check_metrics_and_has_every_metric_the_rules_use()
    {
        Skip.If(Promtool is null, "promtool is not installed (apt-get install prometheus): /metrics cannot be checked");
        await using var server = await InProcessServer.StartAsync();
        // Npgsql's meter is process-wide: once any PostgreSQL pool exists, its gauges are on every /metrics page.
        Assert.Equal(1, await Database.ScalarAsync(cluster.AdminConnectionString, "SELECT 1"));
        (await server.Client.PostAsync("/api/screen", new StringContent("{\"name\":\"Kim Jong Un\"}", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await server.Client.GetAsync("/health/ready")).StatusCode);
        // The store gauges are read when the server starts, in the background.
        var text = await server.Client.GetStringAsync("/metrics");
        for (var tries = 0; !text.Contains("cordon_ready", StringComparison.Ordinal) && tries < 100; tries++)
        {
            await Task.Delay(100);
            text = await server.Client.GetStringAsync("/metrics");
        }


        var check = await RunAsync(Promtool!, Folder, text, "check", "metrics");
        var rules = await File.ReadAllTextAsync(Path.Combine(Folder, "cordon-alerts.yml"));
        var used = MetricName().Matches(rules).Select(m => m.Value).Where(n => n != "up").ToHashSet();
        var exported = MetricsText.Parse(text).Keys.Select(k => k.Split('{')[0]).ToHashSet();

        Assert.True(check.Code == 0, "promtool check metrics:\n" + check.Output);
        Assert.Contains("db_client_connections_usage", exported);
        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(name, exported));
    }

    [GeneratedRegex(@"\b(?:cordon|http)_[a-z_]+\b|\bup\b")]
    private static partial Regex MetricName();

    private static async Task<(int Code, string Output)> RunAsync(string program, string folder, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
