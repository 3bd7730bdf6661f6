using System.Text.Json.Nodes;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests;

public sealed class ScoringTests
{
    [Fact]
    public void Under_the_expert_configuration_signals_of_one_family_have_diminishing_returns()
    {
        // Hiring: camera refused (25) + in-person refused (15) → 25 + 0.6 × 15 = 34.
        var r = Clean();
        r["interview"]!["camera_refused"] = true;
        r["interview"]!["in_person_refused"] = true;
        var a = new RiskEngine(RiskConfiguration.ExpertPrior, Context()).Assess(Read(r));
        Assert.Equal(34, a.Score);
        Assert.Equal(RiskLevel.Medium, a.Level);
    }

    [Fact]
    public void Fitted_points_add_up_as_weights_of_evidence_and_the_score_states_its_probability()
    {
        // The default weights are a logistic regression: no decay, no caps; the score is the sum of the signals' points.
        var r = Clean();
        r["interview"]!["camera_refused"] = true;
        r["payment_methods"]![0]!["holder_name"] = "Kevin Wu";
        r["requests"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["type"] = "third_party_payout", ["detail"] = "pay my friend" });
        var a = Assess(r);
        var d = RiskConfiguration.Default;
        Assert.Equal((int)Math.Round(d.PointsOf("HIR-CAMERA-REFUSED") + d.PointsOf("MON-THIRD-PARTY"), MidpointRounding.AwayFromZero), a.Score);
        Assert.Equal(d.LevelOf(a.Score), a.Level);
        Assert.Contains(a.Recommendations, x => x.Contains("camera on", StringComparison.Ordinal));
        Assert.Contains(a.Recommendations, x => x.Contains("own name", StringComparison.Ordinal));
        var model = d.Model!;
        Assert.Equal("cordon-risk-v3", a.EngineVersion);
        Assert.Contains(model.Describe(a.Score), a.Summary, StringComparison.Ordinal);

        // 20 points multiply the odds by ten: the stated probability follows from the intercept and the score.
        var odds = model.ProbabilityOf(a.Score) / (1 - model.ProbabilityOf(a.Score));
        var baseOdds = model.ProbabilityOf(0) / (1 - model.ProbabilityOf(0));
        Assert.Equal(Math.Pow(10, a.Score / 20.0), odds / baseOdds, 6);
    }

    [Fact]
    public void A_family_is_capped()
    {
        var config = RiskConfiguration.ExpertPrior with
        {
            FamilyCaps = new Dictionary<string, double>(RiskConfiguration.ExpertPrior.FamilyCaps) { ["hiring"] = 10 },
        };
        var r = Clean();
        r["interview"]!["camera_refused"] = true;
        Assert.Equal(10, new RiskEngine(config, Context()).Assess(Read(r)).Score);
    }

    [Fact]
    public void Disabled_rules_do_not_fire()
    {
        var config = RiskConfiguration.Parse("""{ "rules": { "HIR-CAMERA-REFUSED": { "enabled": false } } }""");
        var r = Clean();
        r["interview"]!["camera_refused"] = true;
        Assert.Empty(new RiskEngine(config, Context()).Assess(Read(r)).Signals);
    }

    [Fact]
    public void Assess_equals_a_batch_of_one_and_batches_keep_their_order()
    {
        var records = Enumerable.Range(1, 300).Select(i => Read(Clean("app-" + i, "Person Number" + i))).ToList();
        var engine = new RiskEngine(RiskConfiguration.Default, Context());
        var batch = engine.AssessBatch(records);
        Assert.Equal(records.Select(r => r.Id), batch.Select(a => a.Id));
        var single = engine.Assess(records[7]);
        var ofOne = engine.AssessBatch([records[7]])[0];
        Assert.Equal((ofOne.Score, ofOne.Level, ofOne.Summary), (single.Score, single.Level, single.Summary));

        // In the batch, 300 people share the login IPs: a cross-record signal the single assessment cannot see.
        Assert.True(batch[7].Fired("ACC-SHARED-IP"));
        Assert.False(engine.Assess(records[7]).Fired("ACC-SHARED-IP"));
        Assert.Equal("cordon-risk-v3", engine.Version);
    }

    [Fact]
    public void Summary_explains_every_signal_in_plain_language()
    {
        var r = Clean();
        r["interview"]!["camera_refused"] = true;
        Sessions(r)[0]!["remote_access_tools"] = new JsonArray("anydesk");
        var a = Assess(r);
        Assert.StartsWith("Score ", a.Summary, StringComparison.Ordinal);
        Assert.All(a.Signals, s => Assert.Contains(s.Explanation, a.Summary, StringComparison.Ordinal));
    }
}
