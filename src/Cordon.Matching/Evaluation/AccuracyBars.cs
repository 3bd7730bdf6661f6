using System.Globalization;

namespace Cordon.Matching.Evaluation;

/// <summary>
/// The absolute accuracy the product promises at the default threshold, whatever the baseline says:
/// F1 at least 0.90 on the name pairs, recall of true list entries at least 0.97, at most 1 false match per 1,000 clean names.
/// </summary>
public static class AccuracyBars
{
    /// <summary>Minimum F1 on the labelled name pairs.</summary>
    public const double MinPairF1 = 0.90;

    /// <summary>Minimum share of listed queries whose entry is found.</summary>
    public const double MinQueryRecall = 0.97;

    /// <summary>Maximum false matches per 1,000 clean names.</summary>
    public const double MaxCleanFalseMatchesPerThousand = 1.0;

    /// <summary>The bars <paramref name="report"/> misses.</summary>
    /// <param name="report">A report; the query and clean-name bars are checked only when those parts were run.</param>
    /// <returns>One message per missed bar; empty when all are met.</returns>
    public static IReadOnlyList<string> Failures(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failures = new List<string>();
        if (report.Pairs.Matrix.F1 < MinPairF1)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"name pairs F1 {report.Pairs.Matrix.F1:0.0000} is below the bar {MinPairF1:0.00}"));
        }

        if (report.Queries is not null && report.Queries.Recall < MinQueryRecall)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"list queries recall {report.Queries.Recall:0.0000} is below the bar {MinQueryRecall:0.00}"));
        }

        if (report.CleanNames is not null && report.CleanNames.FalseMatchesPerThousand > MaxCleanFalseMatchesPerThousand)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"clean names: {report.CleanNames.FalseMatchesPerThousand:0.00} false matches per 1,000, above the bar {MaxCleanFalseMatchesPerThousand:0.0}"));
        }

        return failures;
    }
}
