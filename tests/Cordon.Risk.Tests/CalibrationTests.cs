using Cordon.Risk.Calibration;

namespace Cordon.Risk.Tests;

public sealed class CalibrationTests
{
    private static readonly Dictionary<string, double> TrueWeights = new(StringComparer.Ordinal) { ["A"] = 2.5, ["B"] = 1.0, ["C"] = 0.0, ["D"] = 3.5 };

    // Records drawn from a known logistic model: features fire independently, the label follows the model.
    private static List<LabelledFeatures> Draw(int count, int seed, double intercept = -3)
    {
        var random = new Random(seed);
        var rates = new Dictionary<string, double>(StringComparer.Ordinal) { ["A"] = 0.2, ["B"] = 0.3, ["C"] = 0.25, ["D"] = 0.05 };
        var examples = new List<LabelledFeatures>();
        for (var i = 0; i < count; i++)
        {
            var x = rates.Where(r => random.NextDouble() < r.Value).ToDictionary(r => r.Key, _ => random.NextDouble() < 0.3 ? 0.5 : 1.0, StringComparer.Ordinal);
            var z = intercept + x.Sum(f => TrueWeights[f.Key] * f.Value);
            examples.Add(new LabelledFeatures(x, random.NextDouble() < LogisticRegression.Sigmoid(z)));
        }

        return examples;
    }

    [Fact]
    public void Weights_of_a_known_model_are_recovered_from_its_draws()
    {
        var fit = LogisticRegression.Fit(Draw(40_000, 7), TrueWeights.ToDictionary(w => w.Key, _ => 1.0, StringComparer.Ordinal), lambda: 1);
        foreach (var (name, weight) in TrueWeights)
        {
            Assert.InRange(fit.Weights[name], weight - 0.25, weight + 0.25);
        }

        Assert.InRange(fit.Intercept, -3.2, -2.8);
    }

    [Fact]
    public void A_feature_never_seen_keeps_its_prior_and_a_strong_pull_holds_weights_at_the_prior()
    {
        var prior = new Dictionary<string, double>(StringComparer.Ordinal) { ["A"] = 1, ["B"] = 1, ["C"] = 1, ["D"] = 1, ["NEVER"] = 4.2 };
        var loose = LogisticRegression.Fit(Draw(5_000, 3), prior, lambda: 1);
        Assert.Equal(4.2, loose.Weights["NEVER"], 6);
        var held = LogisticRegression.Fit(Draw(5_000, 3), prior, lambda: 1e6);
        Assert.All(TrueWeights.Keys, k => Assert.Equal(1.0, held.Weights[k], 2));
    }

    [Fact]
    public void Weights_stay_within_their_bounds_and_never_go_negative()
    {
        var prior = TrueWeights.ToDictionary(w => w.Key, _ => 1.0, StringComparer.Ordinal);
        var bounded = LogisticRegression.Fit(Draw(20_000, 11), prior, 1, lowerBounds: new Dictionary<string, double> { ["C"] = 0.8 }, upperBounds: new Dictionary<string, double> { ["D"] = 2.0 });
        Assert.Equal(0.8, bounded.Weights["C"], 6);
        Assert.Equal(2.0, bounded.Weights["D"], 6);
        var free = LogisticRegression.Fit(Draw(20_000, 11), prior, 1);
        Assert.All(free.Weights.Values, w => Assert.True(w >= 0));
    }

    [Fact]
    public void One_class_only_is_refused()
    {
        var only = Draw(200, 1).Select(e => e with { Fraud = false }).ToList();
        Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(only, TrueWeights, 1));
    }

    [Fact]
    public void A_threshold_is_the_lowest_score_with_at_most_the_false_alarm_rate_in_every_source()
    {
        var scores = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal)
        {
            ["a"] = [.. Enumerable.Range(0, 100)], // 0..99: at most 1 % at or above 99
            ["b"] = [.. Enumerable.Repeat(0, 98), 60, 70],
        };
        Assert.Equal(99, WeightFitter.ThresholdAt(scores, 0.01));
        Assert.Equal(61, WeightFitter.ThresholdAt(new Dictionary<string, IReadOnlyList<int>> { ["b"] = scores["b"] }, 0.01));
    }

    [Fact]
    public void The_default_weights_are_fitted_documented_and_round_trip_through_their_file_format()
    {
        var d = RiskConfiguration.Default;
        var model = Assert.IsType<ScoreModel>(d.Model);
        Assert.Equal(RiskEngine.CurrentVersion, model.Version);
        Assert.Contains("payroll", model.HeldOut);
        Assert.DoesNotContain("payroll", model.FittedOn);
        Assert.StartsWith("cordon risk fit ", model.Command, StringComparison.Ordinal);
        Assert.Equal(20, model.PointsPerTenfoldOdds);
        Assert.Equal(1, d.FamilyDecay);

        var again = RiskConfiguration.Parse(d.ToJson(), RiskConfiguration.ExpertPrior);
        Assert.Equal(d.RulePoints.OrderBy(p => p.Key), again.RulePoints.OrderBy(p => p.Key));
        Assert.Equal((d.MediumThreshold, d.HighThreshold, d.CriticalThreshold), (again.MediumThreshold, again.HighThreshold, again.CriticalThreshold));
        Assert.Equal(model.InterceptLogOdds, again.Model!.InterceptLogOdds, 3);
        Assert.Equal(model.ThresholdFalseAlarmRates.OrderBy(p => p.Key), again.Model.ThresholdFalseAlarmRates.OrderBy(p => p.Key));
    }

    [Fact]
    public void The_expert_points_are_kept_as_the_prior_the_fit_is_pulled_toward()
    {
        Assert.Equal(22, RiskConfiguration.ExpertPrior.PointsOf("ID-MISMATCH"));
        Assert.Null(RiskConfiguration.ExpertPrior.Model);
        Assert.Equal(RiskEngine.CurrentVersion, new RiskEngine(RiskConfiguration.ExpertPrior, RiskContext.Empty).Version);
    }

    [Theory]
    [InlineData("""{ "model": { "version": "x" } }""", "$.model: version, points_per_tenfold_odds")]
    [InlineData("""{ "model": { "version": "x", "points_per_tenfold_odds": 20, "intercept_log_odds": -3, "base_rate": 0.1, "colour": 1 } }""", "$.model.colour: unknown key")]
    [InlineData("""{ "model": { "version": "x", "points_per_tenfold_odds": 20, "intercept_log_odds": -3, "base_rate": 2 } }""", "$.model.base_rate")]
    public void A_bad_model_section_gives_a_clear_error(string json, string expected)
    {
        var e = Assert.Throws<RiskConfigurationException>(() => RiskConfiguration.Parse(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reweighing_keeps_each_signals_share_and_evidence_under_new_points()
    {
        var r = TestRecords.Clean();
        r["interview"]!["camera_refused"] = true;
        r["interview"]!["in_person_refused"] = true;
        var expert = new RiskEngine(RiskConfiguration.ExpertPrior, TestRecords.Context());
        var old = expert.Assess(TestRecords.Read(r));
        var engine = new RiskEngine(RiskConfiguration.Default, TestRecords.Context());
        var reweighed = engine.Reweighed(old, RiskConfiguration.ExpertPrior);
        var fresh = engine.Assess(TestRecords.Read(r));
        Assert.Equal(fresh.Score, reweighed.Score);
        Assert.Equal(fresh.Level, reweighed.Level);
        Assert.Equal(fresh.Signals.Select(s => (s.Code, s.Points, s.Explanation)), reweighed.Signals.Select(s => (s.Code, s.Points, s.Explanation)));
        Assert.Equal(engine.Version, reweighed.EngineVersion);
    }
}

public sealed class OrganisationCalibrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    // Decisions drawn from a known model: assessments whose signals are drawn independently, labelled by the model with
    // the true points (in log-odds: points × ln 10 / 20) around an intercept.
    private static List<LabelledAssessment> Decisions(int count, int seed, IReadOnlyDictionary<string, double> truePoints, double intercept)
    {
        var random = new Random(seed);
        var d = RiskConfiguration.Default;
        var decisions = new List<LabelledAssessment>();
        for (var i = 0; i < count; i++)
        {
            var signals = truePoints.Keys.Where(_ => random.NextDouble() < 0.3)
                .Select(code => new Signal(code, code, "money", d.PointsOf(code), [], "test", "drawn"))
                .ToList();
            var z = intercept + signals.Sum(s => truePoints[s.Code] * Math.Log(10) / 20);
            var assessment = new Assessment("rec-" + i, 0, RiskLevel.Low, signals, [], string.Empty, d.Version);
            decisions.Add(new LabelledAssessment(assessment, random.NextDouble() < LogisticRegression.Sigmoid(z), "org"));
        }

        return decisions;
    }

    [Fact]
    public void Decisions_drawn_from_a_known_model_are_recovered_within_tolerance_and_versioned()
    {
        var d = RiskConfiguration.Default;
        // The organisation's analysts see crypto payouts as far stronger evidence and VPNs as weaker than the default weights.
        var truth = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["MON-CRYPTO"] = 45,
            ["LOC-VPN"] = 4,
            ["HIR-CAMERA-REFUSED"] = d.PointsOf("HIR-CAMERA-REFUSED"),
        };
        var result = OrganisationCalibration.Fit("acme", Decisions(20_000, 5, truth, -2.5), d, Now);
        var fitted = Assert.IsType<RiskConfiguration>(result.Configuration);
        foreach (var (code, points) in truth)
        {
            Assert.InRange(fitted.PointsOf(code), points - 5, points + 5);
        }

        Assert.Equal("cordon-risk-v3+org-2026-12-03", fitted.Version);
        Assert.Equal(d.PointsOf("ID-SANCTIONS"), fitted.PointsOf("ID-SANCTIONS"), 1); // never seen: kept
        Assert.Equal((d.MediumThreshold, d.HighThreshold, d.CriticalThreshold), (fitted.MediumThreshold, fitted.HighThreshold, fitted.CriticalThreshold));
    }

    [Fact]
    public void Too_few_decisions_change_nothing_and_say_so()
    {
        var truth = new Dictionary<string, double>(StringComparer.Ordinal) { ["MON-CRYPTO"] = 45 };
        var few = OrganisationCalibration.Fit("acme", Decisions(OrganisationCalibration.MinimumDecisions - 1, 1, truth, 0), RiskConfiguration.Default, Now);
        Assert.Null(few.Configuration);
        Assert.StartsWith("Nothing changed: 49 usable decisions", few.Message, StringComparison.Ordinal);

        var oneSided = Decisions(200, 2, truth, -50); // every decision "cleared"
        var result = OrganisationCalibration.Fit("acme", oneSided, RiskConfiguration.Default, Now);
        Assert.Null(result.Configuration);
        Assert.Contains("0 fraud", result.Message, StringComparison.Ordinal);
    }

    // An organisation whose analysts cleared every applicant who logged in from a North Korean range (say, a red-team
    // exercise): without a floor its decisions alone would all but silence the red flag for that organisation.
    private static List<LabelledAssessment> KpRangeOnlyOnCleared()
    {
        var d = RiskConfiguration.Default;
        var truth = new Dictionary<string, double>(StringComparer.Ordinal) { ["MON-CRYPTO"] = 45, ["HIR-CAMERA-REFUSED"] = d.PointsOf("HIR-CAMERA-REFUSED") };
        var decisions = Decisions(4_000, 11, truth, -2.5);
        var kp = new Signal("LOC-KP-RANGE", "Login from a North Korean address range", "location", d.PointsOf("LOC-KP-RANGE"), [], "test", "drawn");
        return [.. decisions.Select((x, i) => !x.Fraud && i % 2 == 0 ? x with { Assessment = x.Assessment with { Signals = [.. x.Assessment.Signals, kp] } } : x)];
    }

    [Fact]
    public void A_strong_rule_firing_only_on_cleared_applicants_keeps_at_least_the_floor_and_the_report_names_it()
    {
        var d = RiskConfiguration.Default;
        var inForce = d.PointsOf("LOC-KP-RANGE");
        var decisions = KpRangeOnlyOnCleared();
        Assert.True(inForce > 0);
        Assert.DoesNotContain(decisions, x => x.Fraud && x.Assessment.Signals.Any(s => s.Code == "LOC-KP-RANGE"));
        Assert.True(decisions.Count(x => !x.Fraud && x.Assessment.Signals.Any(s => s.Code == "LOC-KP-RANGE")) >= 200);

        var result = OrganisationCalibration.Fit("acme", decisions, d, Now);
        var fitted = Assert.IsType<RiskConfiguration>(result.Configuration);
        Assert.True(fitted.PointsOf("LOC-KP-RANGE") >= Math.Round(WeightFitter.DefaultFloor * inForce, 1), $"LOC-KP-RANGE {fitted.PointsOf("LOC-KP-RANGE")} of {inForce}");
        Assert.Contains("LOC-KP-RANGE", result.HeldAtFloor);
        Assert.Contains("Held at the floor (0.5 × the weight in force): ", result.Message, StringComparison.Ordinal);
        Assert.Equal(WeightFitter.DefaultFloor, fitted.Model!.Floor);
        Assert.EndsWith("--floor 0.5", fitted.Model.Command, StringComparison.Ordinal);
        // The floor travels with the stored weights, so the report can name the rules held at it.
        Assert.Equal(WeightFitter.DefaultFloor, RiskConfiguration.Parse(fitted.ToJson()).Model!.Floor);
        Assert.Equal(result.HeldAtFloor, WeightFitter.HeldAtFloor(d, fitted.RulePoints, WeightFitter.DefaultFloor));
        // Rules the decisions support are not held: crypto payouts are fraud evidence here.
        Assert.DoesNotContain("MON-CRYPTO", result.HeldAtFloor);
    }

    [Fact]
    public void Without_a_floor_the_same_decisions_push_the_strong_rule_toward_zero()
    {
        var d = RiskConfiguration.Default;
        var inForce = d.PointsOf("LOC-KP-RANGE");
        var result = OrganisationCalibration.Fit("acme", KpRangeOnlyOnCleared(), d, Now, floor: 0);
        var fitted = Assert.IsType<RiskConfiguration>(result.Configuration);
        // The default floor's guarantee does not hold at --floor 0: this is what the floor prevents.
        Assert.True(fitted.PointsOf("LOC-KP-RANGE") < 0.25 * inForce, $"LOC-KP-RANGE {fitted.PointsOf("LOC-KP-RANGE")} of {inForce}");
        Assert.Empty(result.HeldAtFloor);
        Assert.Contains("Floor: none (--floor 0)", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_floor_outside_0_to_1_is_refused(double floor) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationCalibration.Fit("acme", KpRangeOnlyOnCleared(), RiskConfiguration.Default, Now, floor));
}
