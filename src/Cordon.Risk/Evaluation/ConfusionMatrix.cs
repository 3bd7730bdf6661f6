namespace Cordon.Risk.Evaluation;

/// <summary>Counts of flagged (level <c>high</c> or <c>critical</c>) against labelled records.</summary>
/// <param name="TruePositives">Fraudulent records flagged.</param>
/// <param name="FalsePositives">Legitimate records flagged.</param>
/// <param name="TrueNegatives">Legitimate records not flagged.</param>
/// <param name="FalseNegatives">Fraudulent records not flagged.</param>
public sealed record ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    /// <summary>Flagged fraudulent records over all flagged records; 0 when nothing is flagged.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Flagged fraudulent records over all fraudulent records; 0 when there are none.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Flagged legitimate records over all legitimate records; 0 when there are none.</summary>
    public double FalsePositiveRate => Ratio(FalsePositives, FalsePositives + TrueNegatives);

    /// <summary>All records counted.</summary>
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    internal static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
