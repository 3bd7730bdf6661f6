using System.Globalization;
using System.Text;

namespace Cordon.Matching.Evaluation;

/// <summary>Renders an <see cref="EvaluationReport"/> as plain text: summary figures, confusion matrices, per-category table, errors.</summary>
public static class EvaluationReportRenderer
{
    /// <summary>The report as text for a terminal or a log.</summary>
    /// <param name="report">The report.</param>
    /// <param name="maxErrors">How many wrongly decided pairs, queries and clean names to list in each section.</param>
    /// <param name="perCategory">Also list every category, not just the groups (<c>kp-person</c>, <c>ar-org</c>…).</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public static string Render(EvaluationReport report, int maxErrors = 20, bool perCategory = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = new StringBuilder();
        Line(w, $"Cordon name-matching evaluation — algorithm {report.Algorithm}, threshold {report.Threshold:0.###}");
        if (report.EntityCount > 0)
        {
            Line(w, $"Screening index: {report.EntityCount:N0} list entries");
        }

        Line(w, "");
        RenderPairs(w, report.Pairs, maxErrors, perCategory);
        if (report.Queries is not null)
        {
            RenderQueries(w, report.Queries, maxErrors, perCategory);
        }

        if (report.CleanNames is not null)
        {
            RenderClean(w, report.CleanNames, maxErrors);
        }

        var bars = AccuracyBars.Failures(report);
        Line(w, bars.Count == 0 ? "Accuracy bars: all met." : "Accuracy bars MISSED:");
        foreach (var failure in bars)
        {
            Line(w, "  - " + failure);
        }

        return w.ToString();
    }

    /// <summary>A 2×2 confusion matrix as a text table.</summary>
    /// <param name="matrix">The counts.</param>
    /// <param name="positive">Label of the positive class ("match", "listed").</param>
    /// <param name="negative">Label of the negative class ("no match", "clean").</param>
    /// <returns>The table, lines separated by <c>\n</c>.</returns>
    public static string RenderMatrix(ConfusionMatrix matrix, string positive, string negative)
    {
        var w = new StringBuilder();
        var width = Math.Max(16, Math.Max(positive.Length, negative.Length) + 10);
        string Cell(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!.PadLeft(width);
        Line(w, "".PadRight(18) + Cell("decided " + positive) + Cell("decided " + negative));
        Line(w, ("labelled " + positive).PadRight(18) + Cell(matrix.TruePositives) + Cell(matrix.FalseNegatives));
        Line(w, ("labelled " + negative).PadRight(18) + Cell(matrix.FalsePositives) + Cell(matrix.TrueNegatives));
        return w.ToString();
    }

    /// <summary>
    /// Sums per-category counts into groups: the category's first two dash-separated parts
    /// (<c>kp-person-typo</c> → <c>kp-person</c>).
    /// </summary>
    /// <param name="byCategory">Counts per category.</param>
    /// <returns>Counts per group, ordered by group.</returns>
    public static IReadOnlyDictionary<string, ConfusionMatrix> Groups(IReadOnlyDictionary<string, ConfusionMatrix> byCategory)
    {
        ArgumentNullException.ThrowIfNull(byCategory);
        var groups = new SortedDictionary<string, ConfusionMatrix>(StringComparer.Ordinal);
        foreach (var (category, m) in byCategory)
        {
            var parts = category.Split('-');
            var group = parts.Length >= 2 ? parts[0] + "-" + parts[1] : category;
            var g = groups.GetValueOrDefault(group);
            groups[group] = new ConfusionMatrix(g.TruePositives + m.TruePositives, g.FalsePositives + m.FalsePositives,
                g.TrueNegatives + m.TrueNegatives, g.FalseNegatives + m.FalseNegatives);
        }

        return groups;
    }

    private static void RenderPairs(StringBuilder w, PairEvaluation pairs, int maxErrors, bool perCategory)
    {
        var m = pairs.Matrix;
        Line(w, $"NAME PAIRS ({m.Total:N0}: {m.Positives:N0} same party, {m.Negatives:N0} different)");
        Line(w, $"  precision {m.Precision:0.0000}   recall {m.Recall:0.0000}   F1 {m.F1:0.0000}   accuracy {m.Accuracy:0.0000}");
        Line(w, $"  compare: p50 {pairs.Timing.MedianMilliseconds:0.000} ms, p95 {pairs.Timing.P95Milliseconds:0.000} ms");
        Indent(w, RenderMatrix(m, "match", "no match"));
        Line(w, "");
        foreach (var table in perCategory ? new[] { Groups(pairs.ByCategory), pairs.ByCategory } : [Groups(pairs.ByCategory)])
        {
            Line(w, $"  {(ReferenceEquals(table, pairs.ByCategory) ? "category" : "group"),-36}{"pairs",7}{"TP",6}{"FP",6}{"TN",6}{"FN",6}{"prec",8}{"recall",8}");
            foreach (var (category, c) in table)
            {
                Line(w, $"  {category,-36}{c.Total,7}{c.TruePositives,6}{c.FalsePositives,6}{c.TrueNegatives,6}{c.FalseNegatives,6}{c.Precision,8:0.000}{c.Recall,8:0.000}");
            }

            Line(w, "");
        }

        if (pairs.Errors.Count > 0)
        {
            Line(w, $"  Wrongly decided pairs ({pairs.Errors.Count}, first {Math.Min(maxErrors, pairs.Errors.Count)}):");
            foreach (var e in pairs.Errors.Take(maxErrors))
            {
                var kind = e.Pair.IsMatch ? "FN" : "FP";
                Line(w, $"    {kind} {e.Pair.Id} {e.Score:0.000}  {e.Pair.Name1}  ~  {e.Pair.Name2}  [{e.Pair.Category}]");
            }

            Line(w, "");
        }
    }

    private static void RenderQueries(StringBuilder w, QueryEvaluation q, int maxErrors, bool perCategory)
    {
        var m = q.Matrix;
        Line(w, $"LIST QUERIES ({m.Total:N0}: {m.Positives:N0} listed, {m.Negatives:N0} clean; top {q.Limit} at threshold {q.Threshold:0.###})");
        Line(w, $"  recall of listed entries {q.Recall:0.0000}   found at rank 1 {q.RankOneRate:0.0000}   false-match rate on clean queries {q.FalseMatchRate:0.0000}");
        Line(w, $"  listed queries: {q.FoundAtRankOne} at rank 1, {m.TruePositives - q.FoundAtRankOne} at rank 2–{q.Limit}, {q.WrongEntityOnly} only other entries, {m.FalseNegatives - q.WrongEntityOnly} no match");
        Line(w, $"  screen: p50 {q.Timing.MedianMilliseconds:0.00} ms, p95 {q.Timing.P95Milliseconds:0.00} ms, max {q.Timing.MaxMilliseconds:0.00} ms");
        Indent(w, RenderMatrix(m, "listed", "clean"));
        Line(w, "");
        foreach (var table in perCategory ? new[] { Groups(q.ByCategory), q.ByCategory } : [Groups(q.ByCategory)])
        {
            Line(w, $"  {(ReferenceEquals(table, q.ByCategory) ? "category" : "group"),-36}{"queries",8}{"found",7}{"missed",7}{"clean ok",9}{"false",7}");
            foreach (var (category, c) in table)
            {
                Line(w, $"  {category,-36}{c.Total,8}{c.TruePositives,7}{c.FalseNegatives,7}{c.TrueNegatives,9}{c.FalsePositives,7}");
            }

            Line(w, "");
        }

        var shown = q.Errors.Where(e => !e.IsCorrect).Take(maxErrors).ToList();
        if (shown.Count > 0)
        {
            Line(w, $"  Wrong answers ({q.Errors.Count(e => !e.IsCorrect)}, first {shown.Count}):");
            foreach (var e in shown)
            {
                var top = e.Hits.Count == 0 ? "no match" : $"{e.Hits[0].Entity} \"{e.Hits[0].MatchedName}\" {e.Hits[0].Score:0.000}";
                var label = e.Query.IsListed ? "MISS  expected " + string.Join("|", e.Query.Expected) : "FALSE clean";
                Line(w, $"    {e.Query.Id} {e.Query.Subject.Name} [{e.Query.Category}] {label}; got {top}");
            }

            Line(w, "");
        }
    }

    private static void RenderClean(StringBuilder w, CleanNameEvaluation c, int maxErrors)
    {
        Line(w, $"CLEAN NAMES ({c.Screened:N0} names on no list)");
        Line(w, $"  false matches {c.FalseMatches.Count} = {c.FalseMatchesPerThousand:0.00} per 1,000   screen: p50 {c.Timing.MedianMilliseconds:0.00} ms, p95 {c.Timing.P95Milliseconds:0.00} ms");
        foreach (var f in c.FalseMatches.Take(maxErrors))
        {
            Line(w, $"    {f.Name.Id} {f.Name.Name} -> {f.BestHit.Entity} \"{f.BestHit.MatchedName}\" {f.BestHit.Score:0.000}");
        }

        Line(w, "");
    }

    private static void Indent(StringBuilder w, string block)
    {
        foreach (var line in block.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Line(w, "  " + line);
        }
    }

    private static void Line(StringBuilder w, FormattableString text) => w.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Line(StringBuilder w, string text) => w.Append(text).Append('\n');
}
