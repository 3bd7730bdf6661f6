using System.Globalization;
using System.Text;
using Cordon.Core;
using Cordon.Matching.Transliteration;

namespace Cordon.Matching.Evaluation;

/// <summary>Figures of one algorithm on one group of pairs of one set: at the algorithm's default threshold and at the threshold best for F1.</summary>
/// <param name="Set">The pair set (e.g. <c>eval/name-pairs</c>, <c>cross-list/dev</c>, <c>cross-list/heldout</c>).</param>
/// <param name="Algorithm">The algorithm name.</param>
/// <param name="Group">The group: <c>all</c>, a type (<c>person</c>, <c>organization</c>, <c>vessel</c>) or a script relation (<c>same-script</c>, <c>cross-script</c>).</param>
/// <param name="DefaultThreshold">The algorithm's default threshold.</param>
/// <param name="AtDefault">Decisions at the default threshold.</param>
/// <param name="BestThreshold">The threshold with the highest F1 on this group.</param>
/// <param name="AtBest">Decisions at the best threshold.</param>
public sealed record PairGroupScores(
    string Set, string Algorithm, string Group, double DefaultThreshold, ConfusionMatrix AtDefault, double BestThreshold, ConfusionMatrix AtBest);

/// <summary>
/// Runs several algorithms over the same labelled pair sets and reports them side by side, per set and per group
/// (person, organisation, vessel; same script, cross script), with precision, recall and F1 at each algorithm's
/// default threshold and at the threshold that is best for F1 on that group. The best threshold is reported to show
/// the ceiling of each algorithm, not to pick a threshold on held-out data.
/// </summary>
public static class AlgorithmComparison
{
    /// <summary>Scores every pair of every set with every matcher.</summary>
    /// <param name="matchers">The algorithms to compare.</param>
    /// <param name="sets">Named pair sets.</param>
    /// <returns>One row per set, algorithm and group (groups with no pair are left out).</returns>
    public static IReadOnlyList<PairGroupScores> Run(IReadOnlyList<Matcher> matchers, IReadOnlyList<(string Name, IReadOnlyList<LabelledNamePair> Pairs)> sets)
    {
        ArgumentNullException.ThrowIfNull(matchers);
        ArgumentNullException.ThrowIfNull(sets);
        var rows = new List<PairGroupScores>();
        foreach (var (set, pairs) in sets)
        {
            var groups = pairs.Select(p => (Pair: p, Groups: GroupsOf(p))).ToList();
            foreach (var matcher in matchers)
            {
                var scores = new double[pairs.Count];
                Parallel.For(0, pairs.Count, i => scores[i] = matcher.CompareNames(pairs[i].Name1, pairs[i].Name2, pairs[i].Kind));
                foreach (var group in new[] { "all", "person", "organization", "vessel", "same-script", "cross-script" })
                {
                    var selected = Enumerable.Range(0, pairs.Count).Where(i => groups[i].Groups.Contains(group)).ToList();
                    if (selected.Count == 0)
                    {
                        continue;
                    }

                    var labelled = selected.Select(i => (scores[i], pairs[i].IsMatch)).ToList();
                    var atDefault = Decide(labelled, matcher.DefaultThreshold);
                    var (best, atBest) = BestThreshold(labelled);
                    rows.Add(new PairGroupScores(set, matcher.Algorithm, group, matcher.DefaultThreshold, atDefault, best, atBest));
                }
            }
        }

        return rows;
    }

    /// <summary>The groups a pair belongs to: <c>all</c>, its type, and same-script or cross-script.</summary>
    public static IReadOnlyList<string> GroupsOf(LabelledNamePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var type = pair.Kind switch
        {
            SubjectKind.Person => "person",
            SubjectKind.Organization => "organization",
            SubjectKind.Vessel or SubjectKind.Aircraft => "vessel",
            _ => "any",
        };
        var script = ScriptOf(pair.Name1) == ScriptOf(pair.Name2) ? "same-script" : "cross-script";
        return ["all", type, script];
    }

    /// <summary>The main script of a name: the script of most of its tokens (Latin when none).</summary>
    private static Script ScriptOf(string name)
    {
        var tokens = Normalisation.NameNormaliser.Normalise(name).Tokens;
        return tokens.Length == 0 ? Script.Latin : tokens.GroupBy(t => t.Script).MaxBy(g => g.Count())!.Key;
    }

    /// <summary>Decisions at a threshold.</summary>
    public static ConfusionMatrix Decide(IEnumerable<(double Score, bool IsMatch)> labelled, double threshold)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var m = default(ConfusionMatrix);
        foreach (var (score, isMatch) in labelled)
        {
            m = m.Add(isMatch, score >= threshold);
        }

        return m;
    }

    /// <summary>The threshold (one of the scores, or 1.01 when deciding nothing is best) with the highest F1, and its decisions.</summary>
    public static (double Threshold, ConfusionMatrix Matrix) BestThreshold(IReadOnlyList<(double Score, bool IsMatch)> labelled)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var sorted = labelled.OrderByDescending(x => x.Score).ToList();
        var positives = sorted.Count(x => x.IsMatch);
        var negatives = sorted.Count - positives;
        var best = (Threshold: 1.01, Matrix: new ConfusionMatrix(0, 0, negatives, positives));
        int tp = 0, fp = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].IsMatch)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            // A threshold sits at a score: every pair with that score or more is decided a match.
            if (i + 1 < sorted.Count && sorted[i + 1].Score == sorted[i].Score)
            {
                continue;
            }

            var m = new ConfusionMatrix(tp, fp, negatives - fp, positives - tp);
            if (m.F1 > best.Matrix.F1)
            {
                best = (sorted[i].Score, m);
            }
        }

        return best;
    }

    /// <summary>The rows as a text table, the algorithms side by side for each set and group.</summary>
    public static string Render(IReadOnlyList<PairGroupScores> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var w = new StringBuilder();
        var algorithms = rows.Select(r => r.Algorithm).Distinct().ToList();
        w.Append("Name pairs, algorithms side by side (P/R/F1 at the default threshold; best F1 and its threshold)\n");
        foreach (var set in rows.Select(r => r.Set).Distinct())
        {
            w.Append('\n').Append(set).Append('\n');
            w.Append("  group          pairs   ");
            foreach (var a in algorithms)
            {
                w.Append(CultureInfo.InvariantCulture, $"| {a,-40}");
            }

            w.Append('\n');
            foreach (var group in rows.Where(r => r.Set == set).Select(r => r.Group).Distinct())
            {
                var first = rows.First(r => r.Set == set && r.Group == group);
                w.Append(CultureInfo.InvariantCulture, $"  {group,-14} {first.AtDefault.Total,6}   ");
                foreach (var a in algorithms)
                {
                    var r = rows.FirstOrDefault(x => x.Set == set && x.Group == group && x.Algorithm == a);
                    w.Append(r is null ? $"| {"",-40}" : string.Create(CultureInfo.InvariantCulture,
                        $"| {r.AtDefault.Precision:0.000}/{r.AtDefault.Recall:0.000}/{r.AtDefault.F1:0.000} best {r.AtBest.F1:0.000} @{r.BestThreshold:0.00}    "));
                }

                w.Append('\n');
            }
        }

        return w.ToString();
    }
}
