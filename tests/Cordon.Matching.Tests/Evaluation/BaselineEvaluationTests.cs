using Cordon.Matching.Evaluation;
using Xunit.Abstractions;

namespace Cordon.Matching.Tests.Evaluation;

/// <summary>
/// Runs the labelled evaluation set (eval/) with <see cref="Matcher.Default"/> against all shared lists and fails when a
/// figure falls below eval/baseline.json (beyond a small tolerance) or below the product's absolute accuracy bars.
/// Set CORDON_EVAL_RECORD_BASELINE=1 to write the measured figures to eval/baseline.json instead of comparing.
/// </summary>
public sealed class BaselineEvaluationTests(EvaluationRunFixture run, ITestOutputHelper output) : IClassFixture<EvaluationRunFixture>
{
    private static string BaselinePath => Path.Combine(EvaluationRunFixture.EvalFolder, EvaluationSet.BaselineFile);

    [Fact]
    public void Evaluation_does_not_fall_below_the_recorded_baseline()
    {
        var report = run.Report;
        var maxErrors = int.TryParse(Environment.GetEnvironmentVariable("CORDON_EVAL_MAX_ERRORS"), out var n) ? n : 60;
        output.WriteLine(EvaluationReportRenderer.Render(report, maxErrors));
        if (Environment.GetEnvironmentVariable("CORDON_EVAL_RECORD_BASELINE") == "1")
        {
            EvaluationBaseline.From(report).Save(BaselinePath);
            output.WriteLine("Recorded " + BaselinePath);
            return;
        }

        var baseline = EvaluationBaseline.Load(BaselinePath);
        if (baseline.Algorithm != report.Algorithm)
        {
            output.WriteLine($"Note: the baseline was recorded with algorithm {baseline.Algorithm}, this run used {report.Algorithm}.");
        }

        var regressions = baseline.Regressions(report);
        Assert.True(regressions.Count == 0, "Below the recorded baseline:\n" + string.Join("\n", regressions));
    }

    [Fact]
    public void Evaluation_meets_the_absolute_accuracy_bars()
    {
        var failures = AccuracyBars.Failures(run.Report);

        Assert.True(failures.Count == 0, "Accuracy bars missed:\n" + string.Join("\n", failures));
    }
}
