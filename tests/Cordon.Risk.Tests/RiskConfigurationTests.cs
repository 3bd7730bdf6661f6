namespace Cordon.Risk.Tests;

public sealed class RiskConfigurationTests
{
    private static string ConfigPath => System.IO.Path.Combine(SharedData.RepositoryRoot, "config", "risk.json");

    [Fact]
    public void The_repository_configuration_file_loads_and_equals_the_built_in_default()
    {
        var loaded = RiskConfiguration.Load(ConfigPath);
        var d = RiskConfiguration.Default;
        Assert.Equal(d.MediumThreshold, loaded.MediumThreshold);
        Assert.Equal(d.HighThreshold, loaded.HighThreshold);
        Assert.Equal(d.CriticalThreshold, loaded.CriticalThreshold);
        Assert.Equal(d.FamilyDecay, loaded.FamilyDecay);
        Assert.Equal(d.RulePoints.OrderBy(p => p.Key), loaded.RulePoints.OrderBy(p => p.Key));
        Assert.Equal(d.FamilyCaps.OrderBy(p => p.Key), loaded.FamilyCaps.OrderBy(p => p.Key));
        Assert.Empty(loaded.DisabledRules);
    }

    [Fact]
    public void Every_rule_is_listed_in_the_configuration_file()
    {
        var text = File.ReadAllText(ConfigPath);
        foreach (var rule in new RiskEngine(RiskConfiguration.Default, RiskContext.Empty).Rules)
        {
            Assert.Contains("\"" + rule.Code + "\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Settings_change_points_thresholds_and_switch_rules_off()
    {
        var c = RiskConfiguration.Parse("""{ "thresholds": { "medium": 20, "high": 40, "critical": 70 }, "rules": { "LOC-VPN": { "points": 30 }, "MON-CRYPTO": { "enabled": false } } }""");
        Assert.Equal(40, c.HighThreshold);
        Assert.Equal(30, c.PointsOf("LOC-VPN"));
        Assert.False(c.IsEnabled("MON-CRYPTO"));
        var engine = new RiskEngine(c, RiskContext.Empty);
        Assert.Equal(30, engine.Rules.Single(r => r.Code == "LOC-VPN").DefaultPoints);
    }

    [Theory]
    [InlineData("""{ "treshold": {} }""", "$.treshold: unknown key")]
    [InlineData("""{ "thresholds": { "low": 1 } }""", "$.thresholds.low: unknown key")]
    [InlineData("""{ "thresholds": { "medium": 60, "high": 50 } }""", "must rise")]
    [InlineData("""{ "thresholds": { "high": 45.5 } }""", "whole number")]
    [InlineData("""{ "family_decay": 0 }""", "out of range")]
    [InlineData("""{ "family_caps": { "weather": 10 } }""", "$.family_caps.weather: unknown key")]
    [InlineData("""{ "rules": { "LOC-NOPE": { "points": 1 } } }""", "unknown rule code")]
    [InlineData("""{ "rules": { "LOC-VPN": { "points": "ten" } } }""", "expected a number")]
    [InlineData("""{ "rules": { "LOC-VPN": { "points": 500 } } }""", "out of range")]
    [InlineData("""{ "rules": { "LOC-VPN": { "enabled": "no" } } }""", "expected true or false")]
    [InlineData("""{ "rules": { "LOC-VPN": { "weight": 1 } } }""", "unknown key")]
    [InlineData("not json", "not valid JSON")]
    public void Bad_configuration_gives_a_clear_error(string json, string expected)
    {
        var e = Assert.Throws<RiskConfigurationException>(() => RiskConfiguration.Parse(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_gives_a_clear_error()
    {
        var e = Assert.Throws<RiskConfigurationException>(() => RiskConfiguration.Load("/nonexistent/risk.json"));
        Assert.Contains("/nonexistent/risk.json", e.Message, StringComparison.Ordinal);
    }
}
