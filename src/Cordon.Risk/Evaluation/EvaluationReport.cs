namespace Cordon.Risk.Evaluation;

/// <summary>How well risk levels separate labelled fraudulent records from legitimate ones.</summary>
/// <param name="Evaluated">Assessments that had a label and were counted.</param>
/// <param name="Unlabelled">Assessments without a label (not counted).</param>
/// <param name="NotAssessed">Labels without an assessment (not counted).</param>
/// <param name="Matrix">Flagged (<c>high</c>+<c>critical</c>) against the fraud label.</param>
/// <param name="Levels">The level distribution, legitimate and fraudulent.</param>
/// <param name="Scenarios">Per-scenario results, fraudulent scenarios first.</param>
/// <param name="Fairness">False positives among legitimate records per fairness cohort.</param>
/// <param name="FraudGroups">Fraud groups (rings, farms, front companies) with at least one assessed member.</param>
/// <param name="FraudGroupsWithFlaggedMember">Fraud groups with at least one member flagged.</param>
/// <param name="ScoreAuc">Area under the ROC curve of the score.</param>
/// <param name="CountAuc">Area under the ROC curve of a plain count of red flags (signals fired), the baseline the score must beat.</param>
/// <param name="LegitimateAtMaximum">Legitimate records at the maximum score (100).</param>
/// <param name="Calibration">Records and fraud per band of scores, with the stated probability when there is one.</param>
public sealed record EvaluationReport(
    int Evaluated,
    int Unlabelled,
    int NotAssessed,
    ConfusionMatrix Matrix,
    IReadOnlyList<LevelCount> Levels,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<CohortResult> Fairness,
    int FraudGroups,
    int FraudGroupsWithFlaggedMember,
    double ScoreAuc,
    double CountAuc,
    int LegitimateAtMaximum,
    IReadOnlyList<CalibrationBand> Calibration)
{
    /// <summary>The precision of <c>high</c>+<c>critical</c>.</summary>
    public double Precision => Matrix.Precision;

    /// <summary>The recall of <c>high</c>+<c>critical</c>.</summary>
    public double Recall => Matrix.Recall;

    /// <summary>The share of legitimate records flagged.</summary>
    public double FalsePositiveRate => Matrix.FalsePositiveRate;

    /// <summary>The share of legitimate records at the maximum score.</summary>
    public double LegitimateAtMaximumShare => ConfusionMatrix.Ratio(LegitimateAtMaximum, Matrix.FalsePositives + Matrix.TrueNegatives);

    /// <summary>
    /// The targets of issue 15, measured: precision, recall and the false-alarm rate of <c>high</c>+<c>critical</c>; the
    /// area under the ROC curve, and above that of a plain count of red flags; legitimate records at the maximum score;
    /// and for each Korean cohort (name, nationality, language) a false-alarm rate of at most 1 % and at most 1.2 times
    /// that of records in none of them.
    /// </summary>
    public IReadOnlyList<TargetCheck> Targets
    {
        get
        {
            var checks = new List<TargetCheck>
            {
                new("precision", Precision, RiskEvaluator.TargetPrecision, AtLeast: true),
                new("recall", Recall, RiskEvaluator.TargetRecall, AtLeast: true),
                new("legitimate flagged", FalsePositiveRate, RiskEvaluator.TargetFalseAlarmRate, AtLeast: false),
                new("ROC AUC of the score", ScoreAuc, RiskEvaluator.TargetAuc, AtLeast: true),
                new("ROC AUC of the score minus that of a count of red flags", ScoreAuc - CountAuc, 0.000001, AtLeast: true),
                new("legitimate at the maximum score", LegitimateAtMaximumShare, RiskEvaluator.TargetAtMaximum, AtLeast: false),
            };
            var others = Fairness.FirstOrDefault(f => f.Cohort == FairnessCohorts.NoneOfThese);
            foreach (var cohort in Fairness.Where(f => f.Cohort is FairnessCohorts.KoreanName or FairnessCohorts.KoreanNationality or FairnessCohorts.KoreanLanguage && f.Legitimate > 0))
            {
                checks.Add(new("legitimate flagged, " + cohort.Cohort, cohort.FalsePositiveRate, RiskEvaluator.TargetFalseAlarmRate, AtLeast: false));
                if (others is not null)
                {
                    var ratio = cohort.FalsePositiveRate == 0 ? 0 : others.FalsePositiveRate == 0 ? double.PositiveInfinity : cohort.FalsePositiveRate / others.FalsePositiveRate;
                    checks.Add(new("flagged " + cohort.Cohort + " / none_of_these", ratio, RiskEvaluator.TargetFairnessRatio, AtLeast: false));
                }
            }

            return checks;
        }
    }

    /// <summary>True when every one of <see cref="Targets"/> is met.</summary>
    public bool MeetsTargets => Targets.All(t => t.Met);
}
