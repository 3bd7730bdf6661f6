using Cordon.Risk.Calibration;

namespace Cordon.Risk.Tests;

public sealed class CalibrationComparisonTests
{
    private static Assessment Made(string id, RiskConfiguration weights, params (string Code, double Share)[] signals)
    {
        var made = signals.Select(s => new Signal(s.Code, s.Code, "money", Math.Round(weights.PointsOf(s.Code) * s.Share, 1), [], "test", "drawn")).ToList();
        var score = (int)Math.Round(made.Sum(s => s.Points), MidpointRounding.AwayFromZero);
        return new Assessment(id, score, weights.LevelOf(score), made, [], string.Empty, weights.Version);
    }

    [Fact]
    public void Decided_cases_are_counted_before_and_after_on_the_same_evidence_and_weight_changes_listed()
    {
        var inForce = RiskConfiguration.Default;
        var points = new Dictionary<string, double>(inForce.RulePoints, StringComparer.Ordinal) { ["MON-CRYPTO"] = 60, ["LOC-VPN"] = 1 };
        var candidate = inForce with { RulePoints = points, Model = inForce.Model! with { Version = "cordon-risk-v3+org-2026-12-03" } };
        var decided = new List<LabelledAssessment>
        {
            new(Made("crypto-fraud", inForce, ("MON-CRYPTO", 1)), true, "acme"),                      // missed before, flagged after
            new(Made("crypto-half", inForce, ("MON-CRYPTO", 0.5)), true, "acme"),                     // half the evidence: 30 points, stays below high
            new(Made("vpn-cleared", inForce, ("LOC-VPN", 1), ("MON-SHARED-PAYOUT", 1)), false, "acme"), // a false alarm: fewer points after (still flagged while the payout alone reaches high)
            new(Made("clean", inForce), false, "acme"),
        };

        var (figures, cases) = CalibrationComparison.OnDecided(decided, inForce, candidate);

        Assert.Equal(60, cases[0].ScoreAfter);
        Assert.Equal(30, cases[1].ScoreAfter);
        Assert.True(cases[0].FlaggedAfter && !cases[0].FlaggedBefore);
        Assert.Equal((2, 2), (figures.Fraud, figures.Cleared));
        Assert.Equal((0, 1), (figures.FraudFlaggedBefore, figures.FraudFlaggedAfter));
        Assert.Equal(inForce.PointsOf("MON-SHARED-PAYOUT") + inForce.PointsOf("LOC-VPN") >= inForce.HighThreshold ? 1 : 0, figures.ClearedFlaggedBefore);
        Assert.Equal(inForce.PointsOf("MON-SHARED-PAYOUT") + 1 >= inForce.HighThreshold ? 1 : 0, figures.ClearedFlaggedAfter);
        Assert.Equal(0.5, figures.RecallAfter);
        Assert.Equal(cases.Count(c => c.LevelChanged), figures.LevelChanges);
        Assert.Equal(cases[3].ScoreBefore, cases[3].ScoreAfter);

        var weights = CalibrationComparison.Weights(inForce, candidate);
        Assert.Equal("MON-CRYPTO", weights[0].Code);
        Assert.Equal(Math.Round(60 - inForce.PointsOf("MON-CRYPTO"), 1), weights[0].Difference);
        Assert.Contains(weights, w => w.Code == "LOC-VPN" && w.Candidate == 1);
        Assert.All(weights.Skip(2), w => Assert.Equal(0, w.Difference));
    }
}
