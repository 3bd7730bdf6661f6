using Cordon.Web.Operations;
using Microsoft.Extensions.Configuration;

namespace Cordon.Web.Tests;

/// <summary>The short environment variables read through configuration, under every other source.</summary>
public sealed class CordonEnvironmentTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Short_variables_fill_the_options_the_configuration_leaves_unset()
    {
        var configuration = new ConfigurationBuilder()
            .AddCordonEnvironment(Environment(("CORDON_RATE_LIMIT", "120"), ("CORDON_LOG_FORMAT", "json"), ("CORDON_RETENTION_DAYS", "30"), ("CORDON_PUBLIC_URL", "https://hub.example.org")))
            .Build();

        var options = configuration.GetSection(OperationsOptions.Section).Get<OperationsOptions>()!;

        Assert.Equal(120, options.RequestsPerMinute);
        Assert.Equal("json", options.LogFormat);
        Assert.Equal(30, options.RetentionDays);
        Assert.Equal("https://hub.example.org", options.PublicUrl);
    }

    [Fact]
    public void Any_other_source_wins_over_a_short_variable()
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cordon:RequestsPerMinute"] = "50", ["Cordon:HubPollInterval"] = "00:05:00" });
        builder.AddCordonEnvironment(Environment(("CORDON_RATE_LIMIT", "120"), ("CORDON_HUB_POLL_INTERVAL", "00:00:30"), ("CORDON_DATABASE", "Host=db")));
        var configuration = builder.Build();

        Assert.Equal("50", configuration["Cordon:RequestsPerMinute"]);
        Assert.Equal("00:05:00", configuration["Cordon:HubPollInterval"]);
        Assert.Equal("Host=db", configuration["Cordon:Database"]);
    }

    [Fact]
    public void Every_short_variable_the_docs_name_is_mapped()
    {
        var documented = System.Text.RegularExpressions.Regex.Matches(
                File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md")) + File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "operations.md")),
                @"\bCORDON_[A-Z_]+\b")
            .Select(m => m.Value)
            .Where(v => !v.StartsWith("CORDON_TEST_", StringComparison.Ordinal) && !v.StartsWith("CORDON_EVAL_", StringComparison.Ordinal) && v != "CORDON_REMOTE_PASSWORD")
            .ToHashSet();

        Assert.NotEmpty(documented);
        Assert.All(documented, v => Assert.True(CordonEnvironment.Keys.ContainsKey(v), v + " is documented but not read"));
    }
}
