using System.Globalization;
using System.Text;

namespace Cordon.Risk.Evaluation;

/// <summary>Renders an evaluation report as plain text for a terminal or a document.</summary>
public static class EvaluationTextRenderer
{
    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="scenarios">
    /// False to leave out the per-scenario rows: for a held-out population only totals are read, so that nothing is tuned
    /// to its stories.
    /// </param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public static string Render(EvaluationReport report, bool scenarios = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var m = report.Matrix;
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        Line(string.Create(c, $"Records evaluated: {report.Evaluated} ({m.TruePositives + m.FalseNegatives} fraudulent, {m.FalsePositives + m.TrueNegatives} legitimate); unlabelled: {report.Unlabelled}; labelled but not assessed: {report.NotAssessed}"));
        Line(string.Create(c, $"Flagged = level high or critical."));
        Line(string.Create(c, $"Precision: {report.Precision:F4}   Recall: {report.Recall:F4}   legitimate flagged: {report.FalsePositiveRate:P2} ({m.FalsePositives} of {m.FalsePositives + m.TrueNegatives})"));
        Line(string.Create(c, $"ROC AUC: score {report.ScoreAuc:F4}, plain count of red flags {report.CountAuc:F4}; legitimate at the maximum score: {report.LegitimateAtMaximum} ({report.LegitimateAtMaximumShare:P2})"));
        Line(string.Create(c, $"Fraud groups with at least one member flagged: {report.FraudGroupsWithFlaggedMember} of {report.FraudGroups}"));
        Line(string.Empty);
        Line("Targets (issue 15)");
        foreach (var t in report.Targets)
        {
            Line(string.Create(c, $"  {t.Name,-58} {Number(t.Value),9} {(t.AtLeast ? ">=" : "<=")} {Number(t.Target),-7} {(t.Met ? "met" : "NOT MET")}"));
        }
        Line(string.Empty);
        Line("Confusion matrix      flagged  not flagged");
        Line(string.Create(c, $"  fraudulent       {m.TruePositives,10} {m.FalseNegatives,12}"));
        Line(string.Create(c, $"  legitimate       {m.FalsePositives,10} {m.TrueNegatives,12}"));
        Line(string.Empty);
        Line("Level distribution    legitimate    fraudulent");
        foreach (var level in report.Levels)
        {
            Line(string.Create(c, $"  {RiskLevels.ToText(level.Level),-10} {level.Legitimate,16} {level.Fraud,13}"));
        }

        Line(string.Empty);
        if (scenarios)
        {
            Line("Scenario                      records  flagged  rate    above low  mean score");
            foreach (var s in report.Scenarios)
            {
                Line(string.Create(c, $"  {s.Scenario,-26} {s.Records,8} {s.Flagged,8}  {s.FlaggedRate,6:F3} {s.AboveLow,10} {s.MeanScore,11:F1}"));
            }
        }
        else
        {
            Line("Scenario rows left out: a held-out population is read by its totals only.");
        }

        Line(string.Empty);
        Line("Calibration           records    fraud  observed  stated");
        foreach (var b in report.Calibration)
        {
            Line(string.Create(c, $"  score {b.From,3}-{b.To,-3}  {b.Records,10} {b.Fraud,8}  {b.ObservedRate,8:F3}  {(b.StatedProbability is { } p ? p.ToString("F3", c) : "-"),6}"));
        }

        if (report.Fairness.Count > 0)
        {
            Line(string.Empty);
            Line("Fairness (legitimate records only)  records  flagged  FP rate  above low");
            foreach (var f in report.Fairness)
            {
                Line(string.Create(c, $"  {f.Cohort,-33} {f.Legitimate,7} {f.FalsePositives,8}  {f.FalsePositiveRate,7:F4} {f.AboveLow,10}"));
            }
        }

        return text.ToString();
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "inf" : value.ToString(Math.Abs(value) < 0.1 ? "0.0000" : "0.000", CultureInfo.InvariantCulture);
}
