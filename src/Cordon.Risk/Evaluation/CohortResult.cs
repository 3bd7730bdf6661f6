namespace Cordon.Risk.Evaluation;

/// <summary>False positives among the legitimate records of one fairness cohort.</summary>
/// <param name="Cohort">The cohort name, e.g. <c>korean_name</c> or <c>none_of_these</c>.</param>
/// <param name="Legitimate">Legitimate records in the cohort.</param>
/// <param name="FalsePositives">Legitimate records of the cohort at level <c>high</c> or <c>critical</c>.</param>
/// <param name="AboveLow">Legitimate records of the cohort above level <c>low</c>.</param>
public sealed record CohortResult(string Cohort, int Legitimate, int FalsePositives, int AboveLow)
{
    /// <summary>False positives over legitimate records of the cohort.</summary>
    public double FalsePositiveRate => ConfusionMatrix.Ratio(FalsePositives, Legitimate);

    /// <summary>Records above <c>low</c> over legitimate records of the cohort.</summary>
    public double AboveLowRate => ConfusionMatrix.Ratio(AboveLow, Legitimate);
}
