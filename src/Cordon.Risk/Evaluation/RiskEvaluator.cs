using Cordon.Risk.Synthetic;

namespace Cordon.Risk.Evaluation;

/// <summary>Compares assessments with the labels of a synthetic population.</summary>
public static class RiskEvaluator
{
    /// <summary>The precision of <c>high</c>+<c>critical</c> the issue asks for.</summary>
    public const double TargetPrecision = 0.95;

    /// <summary>The recall of <c>high</c>+<c>critical</c> the issue asks for.</summary>
    public const double TargetRecall = 0.95;

    /// <summary>The most legitimate records that may be flagged <c>high</c> or <c>critical</c> (issue 15: 1 %).</summary>
    public const double TargetFalseAlarmRate = 0.01;

    /// <summary>The least area under the ROC curve of the score (issue 15).</summary>
    public const double TargetAuc = 0.97;

    /// <summary>The most legitimate records at the maximum score (issue 15: 0.1 %).</summary>
    public const double TargetAtMaximum = 0.001;

    /// <summary>The most a Korean cohort may be flagged relative to records in none of the Korean cohorts (issue 15).</summary>
    public const double TargetFairnessRatio = 1.2;

    /// <summary>True when a level counts as flagged: <c>high</c> or <c>critical</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>True for high and critical.</returns>
    public static bool IsFlagged(RiskLevel level) => level >= RiskLevel.High;

    /// <summary>Evaluates assessments against labels.</summary>
    /// <param name="assessments">The assessments; those without a label are counted as unlabelled and left out.</param>
    /// <param name="labels">The labels keyed by record id.</param>
    /// <param name="cohorts">Optional fairness cohorts keyed by record id (see <see cref="FairnessCohorts.FromJsonLines"/>); without them the fairness breakdown is empty.</param>
    /// <param name="model">The score model of the configuration assessed with, giving each score's stated probability for the calibration table; null when the points are hand-set.</param>
    /// <returns>The report.</returns>
    public static EvaluationReport Evaluate(
        IReadOnlyList<Assessment> assessments,
        IReadOnlyDictionary<string, PopulationLabel> labels,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? cohorts = null,
        Calibration.ScoreModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(labels);
        int tp = 0, fp = 0, tn = 0, fn = 0, unlabelled = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var levels = Enum.GetValues<RiskLevel>().ToDictionary(l => l, _ => (Legitimate: 0, Fraud: 0));
        var scenarios = new Dictionary<string, (bool Fraud, int Records, int Flagged, int AboveLow, long ScoreSum)>(StringComparer.Ordinal);
        var cohortCounts = new Dictionary<string, (int Legitimate, int FalsePositives, int AboveLow)>(StringComparer.Ordinal);
        var groups = new Dictionary<string, bool>(StringComparer.Ordinal);
        var ranked = new List<(double Score, double Count, double? Probability, bool Fraud)>();
        foreach (var assessment in assessments)
        {
            if (!labels.TryGetValue(assessment.Id, out var label) || !seen.Add(assessment.Id))
            {
                unlabelled++;
                continue;
            }

            var flagged = IsFlagged(assessment.Level);
            ranked.Add((assessment.Score, assessment.Signals.Count, model?.ProbabilityOf(assessment.Score), label.Fraud));
            var aboveLow = assessment.Level > RiskLevel.Low;
            if (label.Fraud)
            {
                if (flagged)
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }
            else if (flagged)
            {
                fp++;
            }
            else
            {
                tn++;
            }

            var level = levels[assessment.Level];
            levels[assessment.Level] = label.Fraud ? (level.Legitimate, level.Fraud + 1) : (level.Legitimate + 1, level.Fraud);
            scenarios.TryGetValue(label.Scenario, out var scenario);
            scenarios[label.Scenario] = (label.Fraud, scenario.Records + 1, scenario.Flagged + (flagged ? 1 : 0), scenario.AboveLow + (aboveLow ? 1 : 0), scenario.ScoreSum + assessment.Score);
            if (label.Fraud && label.GroupId is not null)
            {
                groups[label.GroupId] = (groups.TryGetValue(label.GroupId, out var any) && any) || flagged;
            }

            if (!label.Fraud && cohorts is not null && cohorts.TryGetValue(assessment.Id, out var names))
            {
                foreach (var name in names)
                {
                    cohortCounts.TryGetValue(name, out var count);
                    cohortCounts[name] = (count.Legitimate + 1, count.FalsePositives + (flagged ? 1 : 0), count.AboveLow + (aboveLow ? 1 : 0));
                }
            }
        }

        var notAssessed = labels.Keys.Count(id => !seen.Contains(id));
        var cohortOrder = new[] { FairnessCohorts.KoreanName, FairnessCohorts.KoreanNationality, FairnessCohorts.KoreanLanguage, FairnessCohorts.AnyKorean, FairnessCohorts.NoneOfThese };
        return new EvaluationReport(
            tp + fp + tn + fn,
            unlabelled,
            notAssessed,
            new ConfusionMatrix(tp, fp, tn, fn),
            [.. levels.OrderBy(l => l.Key).Select(l => new LevelCount(l.Key, l.Value.Legitimate, l.Value.Fraud))],
            [.. scenarios
                .OrderByDescending(s => s.Value.Fraud)
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new ScenarioResult(s.Key, s.Value.Fraud, s.Value.Records, s.Value.Flagged, s.Value.AboveLow, s.Value.Records == 0 ? 0 : (double)s.Value.ScoreSum / s.Value.Records))],
            [.. cohortCounts
                .OrderBy(c => Array.IndexOf(cohortOrder, c.Key) is var i && i < 0 ? int.MaxValue : i)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new CohortResult(c.Key, c.Value.Legitimate, c.Value.FalsePositives, c.Value.AboveLow))],
            groups.Count,
            groups.Count(g => g.Value),
            RankingMetrics.RocAuc([.. ranked.Select(r => (r.Score, r.Fraud))]),
            RankingMetrics.RocAuc([.. ranked.Select(r => (r.Count, r.Fraud))]),
            ranked.Count(r => !r.Fraud && r.Score >= 100),
            Bands(ranked));
    }

    private static List<CalibrationBand> Bands(List<(double Score, double Count, double? Probability, bool Fraud)> ranked)
    {
        var bands = new List<CalibrationBand>();
        for (var from = 0; from <= 90; from += 10)
        {
            var to = from == 90 ? 100 : from + 9;
            var inBand = ranked.Where(r => r.Score >= from && r.Score <= to).ToList();
            var stated = inBand.Where(r => r.Probability is not null).Select(r => r.Probability!.Value).ToList();
            bands.Add(new CalibrationBand(from, to, inBand.Count, inBand.Count(r => r.Fraud), stated.Count == 0 ? null : stated.Average()));
        }

        return bands;
    }

    /// <summary>For each target, the population where it is worst, with its value: the figure to report when a product must hold everywhere.</summary>
    /// <param name="reports">Reports by population name.</param>
    /// <returns>One check per target name (the worst population's), in the order of the first report's targets.</returns>
    public static IReadOnlyList<(string Population, TargetCheck Check)> Worst(IReadOnlyList<(string Population, EvaluationReport Report)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var worst = new Dictionary<string, (string Population, TargetCheck Check)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (population, report) in reports)
        {
            foreach (var check in report.Targets)
            {
                if (!worst.TryGetValue(check.Name, out var current))
                {
                    order.Add(check.Name);
                    worst[check.Name] = (population, check);
                }
                else if (check.AtLeast ? check.Value < current.Check.Value : check.Value > current.Check.Value)
                {
                    worst[check.Name] = (population, check);
                }
            }
        }

        return [.. order.Select(n => worst[n])];
    }
}
