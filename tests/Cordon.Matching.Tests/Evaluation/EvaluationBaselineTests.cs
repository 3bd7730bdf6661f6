using Cordon.Core.Evaluation;
using Cordon.Matching.Evaluation;

namespace Cordon.Matching.Tests.Evaluation;

public sealed class EvaluationBaselineTests
{
    private static EvaluationReport Report(ConfusionMatrix pairs, ConfusionMatrix queries, int rankOne, int cleanScreened, int cleanFalse)
    {
        var timing = TimingSummary.Of([1.0]);
        var hit = new EvaluationHit(new EntityKey("ofac-sdn", "1"), "X", 0.9);
        return new EvaluationReport(
            "test-algo",
            0.85,
            100,
            new PairEvaluation(0.85, pairs, new Dictionary<string, ConfusionMatrix>(), [], timing),
            new QueryEvaluation(0.85, 5, queries, rankOne, 0, new Dictionary<string, ConfusionMatrix>(), [], timing),
            new CleanNameEvaluation(0.85, cleanScreened,
                Enumerable.Range(0, cleanFalse).Select(i => new CleanNameMatch(new CleanName("C" + i, "n", Core.SubjectKind.Person), hit)).ToList(), timing));
    }

    [Fact]
    public void Baseline_records_the_report_figures_and_round_trips_through_json()
    {
        var report = Report(new ConfusionMatrix(90, 5, 100, 10), new ConfusionMatrix(97, 1, 99, 3), 95, 2000, 1);
        var baseline = EvaluationBaseline.From(report);
        var path = Path.Combine(Path.GetTempPath(), "cordon-baseline-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            baseline.Save(path);
            var read = EvaluationBaseline.Load(path);

            Assert.Equal(baseline, read);
            Assert.Equal("test-algo", read.Algorithm);
            Assert.Equal(Math.Round(90.0 / 95, 4), read.PairPrecision);
            Assert.Equal(0.97, read.QueryRecall);
            Assert.Equal(0.95, read.QueryRankOne);
            Assert.Equal(0.01, read.QueryFalseMatchRate);
            Assert.Equal(0.5, read.CleanFalseMatchesPerThousand);
            Assert.Contains("\"pairF1\"", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Same_figures_are_no_regression_and_drops_beyond_tolerance_are()
    {
        var baseline = EvaluationBaseline.From(Report(new ConfusionMatrix(90, 5, 100, 10), new ConfusionMatrix(97, 1, 99, 3), 95, 2000, 1));

        Assert.Empty(baseline.Regressions(Report(new ConfusionMatrix(90, 5, 100, 10), new ConfusionMatrix(97, 1, 99, 3), 95, 2000, 1)));

        var worse = Report(new ConfusionMatrix(80, 15, 90, 20), new ConfusionMatrix(90, 5, 95, 10), 80, 2000, 5);
        var regressions = baseline.Regressions(worse);

        Assert.Contains(regressions, r => r.StartsWith("name pairs precision", StringComparison.Ordinal));
        Assert.Contains(regressions, r => r.StartsWith("name pairs recall", StringComparison.Ordinal));
        Assert.Contains(regressions, r => r.StartsWith("name pairs F1", StringComparison.Ordinal));
        Assert.Contains(regressions, r => r.StartsWith("list queries recall", StringComparison.Ordinal));
        Assert.Contains(regressions, r => r.StartsWith("list queries rank-1", StringComparison.Ordinal));
        Assert.Contains(regressions, r => r.StartsWith("list queries false-match", StringComparison.Ordinal));
        Assert.Contains(regressions, r => r.StartsWith("clean names", StringComparison.Ordinal));
    }

    [Fact]
    public void Small_drop_within_tolerance_passes()
    {
        var baseline = EvaluationBaseline.From(Report(new ConfusionMatrix(1000, 0, 1000, 0), new ConfusionMatrix(1000, 0, 100, 0), 1000, 2000, 0));

        Assert.Empty(baseline.Regressions(Report(new ConfusionMatrix(997, 0, 1000, 3), new ConfusionMatrix(996, 0, 100, 4), 996, 2000, 1)));
    }

    [Fact]
    public void Accuracy_bars_are_checked_independently_of_the_baseline()
    {
        Assert.Empty(AccuracyBars.Failures(Report(new ConfusionMatrix(95, 5, 100, 5), new ConfusionMatrix(97, 0, 100, 3), 97, 2000, 2)));

        var failures = AccuracyBars.Failures(Report(new ConfusionMatrix(80, 20, 100, 20), new ConfusionMatrix(96, 0, 100, 4), 96, 2000, 3));

        Assert.Equal(3, failures.Count);
    }

    [Fact]
    public void Broken_baseline_file_is_reported_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "cordon-baseline-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{ \"pairF1\": \"high\" }");
        try
        {
            var e = Assert.Throws<EvaluationFileException>(() => EvaluationBaseline.Load(path));
            Assert.Equal(path, e.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Groups_sum_categories_by_their_first_two_parts()
    {
        var groups = EvaluationReportRenderer.Groups(new Dictionary<string, ConfusionMatrix>
        {
            ["kp-person-typo"] = new(1, 0, 0, 2),
            ["kp-person-hangul"] = new(3, 0, 0, 0),
            ["kp-entity-acronym"] = new(1, 1, 1, 1),
            ["vessel"] = new(2, 0, 0, 0),
        });

        Assert.Equal(["kp-entity", "kp-person", "vessel"], groups.Keys);
        Assert.Equal(new ConfusionMatrix(4, 0, 0, 2), groups["kp-person"]);
    }

    [Fact]
    public void Renderer_shows_figures_and_the_confusion_matrix()
    {
        var text = EvaluationReportRenderer.Render(Report(new ConfusionMatrix(90, 5, 100, 10), new ConfusionMatrix(97, 1, 99, 3), 95, 2000, 1));

        Assert.Contains("algorithm test-algo, threshold 0.85", text, StringComparison.Ordinal);
        Assert.Contains("precision 0.9474", text, StringComparison.Ordinal);
        Assert.Contains("decided match", text, StringComparison.Ordinal);
        Assert.Contains("labelled listed", text, StringComparison.Ordinal);
        Assert.Contains("0.50 per 1,000", text, StringComparison.Ordinal);
        Assert.Contains("Accuracy bars", text, StringComparison.Ordinal);
    }
}
