using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cordon.Matching.Evaluation;

/// <summary>
/// The figures recorded for the current matcher (<c>eval/baseline.json</c>). A later run must not fall below them by
/// more than a small tolerance: the evaluation is a regression gate, not just a report.
/// </summary>
/// <param name="Algorithm">The matcher's algorithm name when the baseline was recorded.</param>
/// <param name="Threshold">The threshold the figures were measured at.</param>
/// <param name="PairPrecision">Name pairs: precision.</param>
/// <param name="PairRecall">Name pairs: recall.</param>
/// <param name="PairF1">Name pairs: F1.</param>
/// <param name="QueryRecall">List queries: share of listed queries whose entry was found within the limit.</param>
/// <param name="QueryRankOne">List queries: share of listed queries whose entry came first.</param>
/// <param name="QueryFalseMatchRate">List queries: share of clean queries that matched something.</param>
/// <param name="CleanFalseMatchesPerThousand">Clean names: false matches per 1,000 names.</param>
public sealed record EvaluationBaseline(
    string Algorithm,
    double Threshold,
    double PairPrecision,
    double PairRecall,
    double PairF1,
    double QueryRecall,
    double QueryRankOne,
    double QueryFalseMatchRate,
    double CleanFalseMatchesPerThousand)
{
    /// <summary>How far a score (precision, recall, F1, rates) may drop below the baseline before it is a regression.</summary>
    public const double DefaultTolerance = 0.005;

    /// <summary>How many more false matches per 1,000 clean names than recorded are tolerated.</summary>
    public const double CleanNamesTolerancePerThousand = 0.5;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The figures of a report, rounded to four decimals, as a baseline to record.</summary>
    /// <param name="report">A full report (with queries and clean names).</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentException">The report has no query or clean-name results.</exception>
    public static EvaluationBaseline From(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Queries is null || report.CleanNames is null)
        {
            throw new ArgumentException("A baseline needs the list queries and clean names evaluated, not just the pairs.", nameof(report));
        }

        return new EvaluationBaseline(
            report.Algorithm,
            report.Threshold,
            Round(report.Pairs.Matrix.Precision),
            Round(report.Pairs.Matrix.Recall),
            Round(report.Pairs.Matrix.F1),
            Round(report.Queries.Recall),
            Round(report.Queries.RankOneRate),
            Round(report.Queries.FalseMatchRate),
            Round(report.CleanNames.FalseMatchesPerThousand));
    }

    /// <summary>Reads a baseline file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="EvaluationFileException">The file is missing or not a baseline.</exception>
    public static EvaluationBaseline Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationFileException(path, null, null, "no such file");
        }

        try
        {
            return JsonSerializer.Deserialize<EvaluationBaseline>(File.ReadAllText(path), Json)
                ?? throw new EvaluationFileException(path, null, null, "the file holds null, not a baseline");
        }
        catch (JsonException e)
        {
            throw new EvaluationFileException(path, e.LineNumber + 1, e.Path, "not a valid baseline: " + e.Message, e);
        }
    }

    /// <summary>Writes the baseline as indented JSON.</summary>
    /// <param name="path">The file to write.</param>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>The figures of <paramref name="report"/> that fell below this baseline by more than the tolerance.</summary>
    /// <param name="report">A full report.</param>
    /// <param name="tolerance">Allowed drop in a score or rise in a rate.</param>
    /// <returns>One message per regression; empty when none.</returns>
    public IReadOnlyList<string> Regressions(EvaluationReport report, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(report);
        var found = new List<string>();
        AtLeast(found, "name pairs precision", report.Pairs.Matrix.Precision, PairPrecision, tolerance);
        AtLeast(found, "name pairs recall", report.Pairs.Matrix.Recall, PairRecall, tolerance);
        AtLeast(found, "name pairs F1", report.Pairs.Matrix.F1, PairF1, tolerance);
        if (report.Queries is not null)
        {
            AtLeast(found, "list queries recall", report.Queries.Recall, QueryRecall, tolerance);
            AtLeast(found, "list queries rank-1 rate", report.Queries.RankOneRate, QueryRankOne, tolerance);
            AtMost(found, "list queries false-match rate", report.Queries.FalseMatchRate, QueryFalseMatchRate, tolerance);
        }

        if (report.CleanNames is not null)
        {
            AtMost(found, "clean names false matches per 1,000", report.CleanNames.FalseMatchesPerThousand, CleanFalseMatchesPerThousand, CleanNamesTolerancePerThousand);
        }

        return found;
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static void AtLeast(List<string> found, string what, double measured, double recorded, double tolerance)
    {
        if (measured < recorded - tolerance)
        {
            found.Add(string.Create(CultureInfo.InvariantCulture, $"{what} fell to {measured:0.0000}, below the baseline {recorded:0.0000} (tolerance {tolerance})"));
        }
    }

    private static void AtMost(List<string> found, string what, double measured, double recorded, double tolerance)
    {
        if (measured > recorded + tolerance)
        {
            found.Add(string.Create(CultureInfo.InvariantCulture, $"{what} rose to {measured:0.0000}, above the baseline {recorded:0.0000} (tolerance {tolerance})"));
        }
    }
}
