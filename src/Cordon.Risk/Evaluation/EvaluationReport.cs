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
public sealed record EvaluationReport(
    int Evaluated,
    int Unlabelled,
    int NotAssessed,
    ConfusionMatrix Matrix,
    IReadOnlyList<LevelCount> Levels,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<CohortResult> Fairness,
    int FraudGroups,
    int FraudGroupsWithFlaggedMember)
{
    /// <summary>The precision of <c>high</c>+<c>critical</c>.</summary>
    public double Precision => Matrix.Precision;

    /// <summary>The recall of <c>high</c>+<c>critical</c>.</summary>
    public double Recall => Matrix.Recall;

    /// <summary>The share of legitimate records flagged.</summary>
    public double FalsePositiveRate => Matrix.FalsePositiveRate;

    /// <summary>True when precision and recall meet the targets of the issue (<see cref="RiskEvaluator.TargetPrecision"/>, <see cref="RiskEvaluator.TargetRecall"/>).</summary>
    public bool MeetsTargets => Precision >= RiskEvaluator.TargetPrecision && Recall >= RiskEvaluator.TargetRecall;
}
