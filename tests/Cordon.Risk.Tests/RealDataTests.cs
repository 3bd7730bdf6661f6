using System.Text.Json.Nodes;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests;

public sealed class RealDataTests(RealDataFixture fixture) : IClassFixture<RealDataFixture>
{
    private static string SamplePath => System.IO.Path.GetFullPath(System.IO.Path.Combine(SharedData.RepositoryRoot, "..", "shared", "samples", "applications.jsonl"));

    [Fact]
    public void The_80_samples_are_assessed_with_the_real_data()
    {
        var records = File.ReadAllLines(SamplePath).Where(l => l.Length > 0).Select(l => ApplicationReader.Read(l).Record!).ToList();
        var assessments = fixture.Engine.AssessBatch(records);
        Assert.Equal(80, assessments.Count);
        Assert.All(assessments, a => Assert.InRange(a.Score, 0, 100));
        Assert.All(assessments.Where(a => a.Level >= RiskLevel.High), a => Assert.Contains(a.Recommendations, r => r.Contains("ic3.gov", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_login_from_the_north_korean_block_fires_LOC_KP_RANGE()
    {
        var r = Clean();
        Sessions(r)[0]!["ip"] = "175.45.176.20";
        var a = fixture.Engine.Assess(Read(r));
        Assert.True(a.Fired("LOC-KP-RANGE"), a.Summary);
        Assert.True(a.Level >= RiskLevel.High);
    }

    [Fact]
    public void A_seized_front_company_domain_fires_EMP_INDICATOR_DOMAIN()
    {
        var r = Clean();
        r["employment_history"]![0]!["employer_domain"] = "inditechlab.com";
        Assert.True(fixture.Engine.Assess(Read(r)).Fired("EMP-INDICATOR-DOMAIN"));
    }

    [Fact]
    public void A_look_alike_of_a_protected_domain_fires_EMP_LOOKALIKE_DOMAIN_and_the_real_one_does_not()
    {
        var protectedDomain = fixture.Context.ProtectedDomains[0];
        var dot = protectedDomain.IndexOf('.', StringComparison.Ordinal);
        var fake = protectedDomain[..dot] + "-careers" + protectedDomain[dot..];
        var r = Clean();
        r["employment_history"]![0]!["employer_domain"] = fake;
        Assert.True(fixture.Engine.Assess(Read(r)).Fired("EMP-LOOKALIKE-DOMAIN"), fake);
        r["employment_history"]![0]!["employer_domain"] = protectedDomain;
        Assert.False(fixture.Engine.Assess(Read(r)).Fired("EMP-LOOKALIKE-DOMAIN"));
    }

    [Fact]
    public void Every_rule_has_a_title_family_source_inputs_description_and_points()
    {
        var rules = fixture.Engine.Rules;
        Assert.Equal(rules.Count, rules.Select(r => r.Code).Distinct().Count());
        Assert.All(rules, r =>
        {
            Assert.Matches("^(ID|LOC|ACC|EMP|HIR|MON)-[A-Z0-9-]+$", r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.Contains(r.Family, RiskConfiguration.Families);
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.False(string.IsNullOrWhiteSpace(r.Inputs));
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.InRange(r.DefaultPoints, 1, 100);
        });
    }

    [Fact]
    public void Assessments_serialise_with_lower_case_levels()
    {
        var r = Clean();
        r["interview"]!["camera_refused"] = true;
        var json = System.Text.Json.JsonSerializer.Serialize(fixture.Engine.Assess(Read(r)));
        Assert.Contains("\"Level\":\"low\"", json, StringComparison.Ordinal);
        Assert.Contains("HIR-CAMERA-REFUSED", json, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(json));
    }

    [Fact]
    public void A_failing_lookup_is_reported_in_the_summary_and_does_not_stop_the_batch()
    {
        var context = new RiskContext { IpLookup = new ThrowingIpLookup() };
        var results = new RiskEngine(RiskConfiguration.Default, context).AssessBatch([Read(Clean("app-1")), Read(Clean("app-2", "Daniel Novak"))]);
        Assert.Equal(2, results.Count);
        Assert.All(results, a => Assert.Contains("Not evaluated: LOC-IP-COUNTRY (InvalidOperationException: broken database)", a.Summary, StringComparison.Ordinal));
    }

    private sealed class ThrowingIpLookup : Lookups.IIpLookup
    {
        public Lookups.IpFacts? Lookup(string ip) => throw new InvalidOperationException("broken database");
    }
}
