using Cordon.Core.Evaluation;
using Cordon.Risk.Evaluation;
using Cordon.Risk.Synthetic;

namespace Cordon.Risk.Tests.Synthetic;

public sealed class RiskEvaluatorTests
{
    private static Assessment Assess(string id, RiskLevel level, int score) => new(id, score, level, [], [], string.Empty, "test");

    private static readonly Dictionary<string, PopulationLabel> Labels = new(StringComparer.Ordinal)
    {
        ["f1"] = new("f1", true, "ring-1", "fraud_ring"),
        ["f2"] = new("f2", true, "ring-1", "fraud_ring"),
        ["f3"] = new("f3", true, "farm-2", "fraud_laptop_farm"),
        ["f4"] = new("f4", true, "farm-2", "fraud_laptop_farm"),
        ["l1"] = new("l1", false, null, "legit_plain"),
        ["l2"] = new("l2", false, null, "legit_plain"),
        ["l3"] = new("l3", false, null, "legit_plain"),
        ["l4"] = new("l4", false, null, "legit_traveler"),
        ["l5"] = new("l5", false, "family-3", "legit_family"),
        ["l6"] = new("l6", false, "family-3", "legit_family"),
        ["missing"] = new("missing", false, null, "legit_plain"),
    };

    private static readonly Assessment[] Assessments =
    [
        Assess("f1", RiskLevel.Critical, 95),
        Assess("f2", RiskLevel.High, 70),
        Assess("f3", RiskLevel.High, 65),
        Assess("f4", RiskLevel.Medium, 40),
        Assess("l1", RiskLevel.Low, 0),
        Assess("l2", RiskLevel.Low, 5),
        Assess("l3", RiskLevel.Medium, 30),
        Assess("l4", RiskLevel.High, 60),
        Assess("l5", RiskLevel.Low, 10),
        Assess("l6", RiskLevel.Low, 0),
        Assess("stranger", RiskLevel.Critical, 100),
    ];

    [Fact]
    public void Precision_recall_and_false_positive_rate_of_high_and_critical()
    {
        var report = RiskEvaluator.Evaluate(Assessments, Labels);
        Assert.Equal(new ConfusionMatrix(3, 1, 5, 1), report.Matrix);
        Assert.Equal(0.75, report.Precision, 10);
        Assert.Equal(0.75, report.Recall, 10);
        Assert.Equal(1.0 / 6, report.FalsePositiveRate, 10);
        Assert.False(report.MeetsTargets);
        Assert.Equal(10, report.Evaluated);
        Assert.Equal(1, report.Unlabelled);
        Assert.Equal(1, report.NotAssessed);
        Assert.Equal(2, report.FraudGroups);
        Assert.Equal(2, report.FraudGroupsWithFlaggedMember);
    }

    [Fact]
    public void Level_distribution_and_scenarios()
    {
        var report = RiskEvaluator.Evaluate(Assessments, Labels);
        Assert.Equal(
            [new LevelCount(RiskLevel.Low, 4, 0), new LevelCount(RiskLevel.Medium, 1, 1), new LevelCount(RiskLevel.High, 1, 2), new LevelCount(RiskLevel.Critical, 0, 1)],
            report.Levels);
        Assert.Equal(["fraud_laptop_farm", "fraud_ring", "legit_family", "legit_plain", "legit_traveler"], report.Scenarios.Select(s => s.Scenario));
        var farm = report.Scenarios[0];
        Assert.Equal((2, 1, 2), (farm.Records, farm.Flagged, farm.AboveLow));
        Assert.Equal(0.5, farm.FlaggedRate, 10);
        Assert.Equal(52.5, farm.MeanScore, 10);
        var plain = report.Scenarios.Single(s => s.Scenario == "legit_plain");
        Assert.Equal((3, 0, 1), (plain.Records, plain.Flagged, plain.AboveLow));
    }

    [Fact]
    public void Perfect_separation_meets_the_targets()
    {
        var perfect = Labels.Values.Select(l => Assess(l.Id, l.Fraud ? RiskLevel.High : RiskLevel.Low, l.Fraud ? 70 : 0)).ToList();
        var report = RiskEvaluator.Evaluate(perfect, Labels);
        Assert.Equal(1.0, report.Precision);
        Assert.Equal(1.0, report.Recall);
        Assert.Equal(0.0, report.FalsePositiveRate);
        Assert.True(report.MeetsTargets);
    }

    [Fact]
    public void Nothing_flagged_gives_no_wrong_flag_but_zero_recall_and_misses_the_targets()
    {
        // Precision as name matching states it (Cordon.Core's one confusion matrix): no flag was raised, so none was wrong.
        var none = Labels.Values.Select(l => Assess(l.Id, RiskLevel.Low, 0)).ToList();
        var report = RiskEvaluator.Evaluate(none, Labels);
        Assert.Equal(1.0, report.Precision);
        Assert.Equal(0.0, report.Recall);
        Assert.False(report.MeetsTargets);
    }

    [Fact]
    public void Fairness_cohorts_count_legitimate_records_only()
    {
        var cohorts = FairnessCohorts.FromJsonLines(
        [
            """{"id":"l1","person":{"full_name":"Minjun Kim","family_name":"Kim","nationality":"KR"},"sessions":[{"accept_language":"ko-KR,ko;q=0.9"}]}""",
            """{"id":"l3","person":{"full_name":"Grace Park","family_name":"Park","nationality":"US"}}""",
            """{"id":"l4","person":{"full_name":"Emily Jones","family_name":"Jones","nationality":"US"},"sessions":[{"accept_language":"ko-KR"}]}""",
            """{"id":"l2","person":{"full_name":"Tom Smith","nationality":"GB"}}""",
            """{"id":"l5","person":{"full_name":"Ana Silva","other_names":["이서연"]}}""",
            """{"id":"f1","person":{"full_name":"Daniel Kim","family_name":"Kim"}}""",
            "not json",
        ]);
        Assert.Equal(["korean_name", "kr_nationality", "ko_language", "any_korean"], cohorts["l1"]);
        Assert.Equal(["korean_name", "any_korean"], cohorts["l3"]);
        Assert.Equal(["none_of_these"], cohorts["l2"]);
        Assert.Equal(["korean_name", "any_korean"], cohorts["l5"]);

        var report = RiskEvaluator.Evaluate(Assessments, Labels, cohorts);
        var byName = report.Fairness.ToDictionary(f => f.Cohort);
        Assert.Equal(new CohortResult("korean_name", 3, 0, 1), byName["korean_name"]);
        Assert.Equal(new CohortResult("ko_language", 2, 1, 1), byName["ko_language"]);
        Assert.Equal(new CohortResult("any_korean", 4, 1, 2), byName["any_korean"]);
        Assert.Equal(new CohortResult("none_of_these", 1, 0, 0), byName["none_of_these"]);
        Assert.Equal(0.25, byName["any_korean"].FalsePositiveRate, 10);
        Assert.Equal("korean_name", report.Fairness[0].Cohort);
    }

    [Fact]
    public void Text_report_shows_the_figures()
    {
        var text = EvaluationTextRenderer.Render(RiskEvaluator.Evaluate(Assessments, Labels));
        Assert.Contains("Precision: 0.7500   Recall: 0.7500   legitimate flagged: 16.67 % (1 of 6)", text, StringComparison.Ordinal);
        Assert.Contains("ROC AUC: score 0.9583, plain count of red flags 0.5000", text, StringComparison.Ordinal);
        Assert.Contains("precision", text, StringComparison.Ordinal);
        Assert.Contains("NOT MET", text, StringComparison.Ordinal);
        Assert.Contains("score  90-100", text, StringComparison.Ordinal);
        Assert.Contains("fraud_laptop_farm", text, StringComparison.Ordinal);
        Assert.Contains("critical", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Roc_auc_counts_pairs_ranked_right_with_ties_as_half()
    {
        Assert.Equal(1.0, RankingMetrics.RocAuc([(10, true), (5, false), (1, false)]), 10);
        Assert.Equal(0.0, RankingMetrics.RocAuc([(1, true), (5, false), (10, false)]), 10);
        Assert.Equal(0.5, RankingMetrics.RocAuc([(5, true), (5, false)]), 10);

        // Fraud 95, 70, 65, 40 against legitimate 0, 5, 30, 60, 10, 0: 23 of 24 pairs ranked right (40 below 60).
        var report = RiskEvaluator.Evaluate(Assessments, Labels);
        Assert.Equal(23.0 / 24, report.ScoreAuc, 10);
        Assert.Equal(0.5, report.CountAuc, 10);
        Assert.Equal(0.5, RankingMetrics.RocAuc([(1, true)]), 10);
    }

    [Fact]
    public void Calibration_bands_count_records_and_fraud_by_score()
    {
        var report = RiskEvaluator.Evaluate(Assessments, Labels);
        Assert.Equal(10, report.Calibration.Count);
        Assert.Equal(new CalibrationBand(0, 9, 3, 0, null), report.Calibration[0]);
        Assert.Equal(new CalibrationBand(60, 69, 2, 1, null), report.Calibration[6]);
        Assert.Equal(new CalibrationBand(90, 100, 1, 1, null), report.Calibration[9]);
        Assert.Equal(0.5, report.Calibration[6].ObservedRate, 10);
    }

    [Fact]
    public void Legitimate_records_at_the_maximum_score_and_fairness_ratio_are_targets()
    {
        var labels = new Dictionary<string, PopulationLabel>(StringComparer.Ordinal);
        var assessments = new List<Assessment>();
        var lines = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var id = "l" + i;
            labels[id] = new PopulationLabel(id, false, null, "legit_plain");
            var korean = i < 100;
            lines.Add("{\"id\":\"" + id + "\",\"person\":{\"full_name\":\"A " + (korean ? "Kim" : "Smith") + "\",\"family_name\":\"" + (korean ? "Kim" : "Smith") + "\"}}");
            // One Korean-named and no other legitimate record flagged, one at the maximum.
            assessments.Add(Assess(id, i == 0 ? RiskLevel.Critical : RiskLevel.Low, i == 0 ? 100 : 0));
        }

        labels["f"] = new PopulationLabel("f", true, null, "fraud");
        assessments.Add(Assess("f", RiskLevel.Critical, 99));
        var report = RiskEvaluator.Evaluate(assessments, labels, FairnessCohorts.FromJsonLines(lines));
        Assert.Equal(1, report.LegitimateAtMaximum);
        Assert.Equal(0.005, report.LegitimateAtMaximumShare, 10);
        var targets = report.Targets.ToDictionary(t => t.Name);
        Assert.False(targets["legitimate at the maximum score"].Met);
        Assert.True(targets["legitimate flagged, korean_name"].Met);
        Assert.True(double.IsPositiveInfinity(targets["flagged korean_name / none_of_these"].Value));
        Assert.False(targets["flagged korean_name / none_of_these"].Met);
        Assert.False(report.MeetsTargets);

        var worst = RiskEvaluator.Worst([("a", report), ("b", RiskEvaluator.Evaluate(Assessments, Labels))]);
        Assert.Equal("b", worst.Single(w => w.Check.Name == "recall").Population);
        Assert.Equal("a", worst.Single(w => w.Check.Name == "precision").Population);
        Assert.Equal("a", worst.Single(w => w.Check.Name == "legitimate at the maximum score").Population);
    }

    [Fact]
    public void Labels_are_read_in_any_column_order_and_bad_lines_are_named()
    {
        static IReadOnlyDictionary<string, PopulationLabel> Read(string text) =>
            LabelledPopulation.ReadLabels(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "labels.csv");

        var labels = Read("scenario,id,group_id,fraud\nring,a,g1,True\nplain,b,,0\n");
        Assert.Equal(new PopulationLabel("a", true, "g1", "ring"), labels["a"]);
        Assert.Equal(new PopulationLabel("b", false, null, "plain"), labels["b"]);
        Assert.Contains("line 2: fraud must be true or false, not 'maybe'", Assert.Throws<InvalidDataException>(() => Read("id,fraud,group_id,scenario\na,maybe,,x\n")).Message, StringComparison.Ordinal);
        Assert.Contains("line 3: id 'a' is labelled twice", Assert.Throws<InvalidDataException>(() => Read("id,fraud,group_id,scenario\na,true,,x\na,false,,x\n")).Message, StringComparison.Ordinal);
        Assert.Contains("no 'scenario' column", Assert.Throws<InvalidDataException>(() => Read("id,fraud,group_id\n")).Message, StringComparison.Ordinal);
        Assert.Contains("line 2: 2 fields, expected 4", Assert.Throws<InvalidDataException>(() => Read("id,fraud,group_id,scenario\na,true\n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_population_folder_is_loaded_from_gzip_records_and_labels()
    {
        var folder = Directory.CreateTempSubdirectory("cordon-population-");
        try
        {
            var named = Directory.CreateDirectory(Path.Combine(folder.FullName, "tiny"));
            File.WriteAllText(Path.Combine(named.FullName, "labels.csv"), "id,fraud,group_id,scenario\na,true,,x\n");
            using (var gz = new System.IO.Compression.GZipStream(File.Create(Path.Combine(named.FullName, "records.jsonl.gz")), System.IO.Compression.CompressionLevel.Fastest))
            {
                gz.Write(System.Text.Encoding.UTF8.GetBytes("{\"id\":\"a\"}\n\n"));
            }

            Assert.Equal([named.FullName], LabelledPopulation.Discover(folder.FullName));
            var population = LabelledPopulation.Load(named.FullName);
            Assert.Equal("tiny", population.Name);
            Assert.Equal(["{\"id\":\"a\"}"], population.Records);
            Assert.True(population.Labels["a"].Fraud);
            Assert.Throws<InvalidDataException>(() => LabelledPopulation.Load(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
