namespace Cordon.Core.Evaluation;

/// <summary>
/// Counts of a binary decision against labels, and the figures derived from them: the one confusion matrix of name
/// matching and risk evaluations, so that both state precision and recall the same way (name matching once said 1 and
/// risk scoring 0 for the precision of a run that flagged nothing).
/// </summary>
/// <param name="TruePositives">Labelled match, decided match.</param>
/// <param name="FalsePositives">Labelled no match, decided match.</param>
/// <param name="TrueNegatives">Labelled no match, decided no match.</param>
/// <param name="FalseNegatives">Labelled match, decided no match.</param>
public readonly record struct ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    /// <summary>All decisions counted.</summary>
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Labelled matches.</summary>
    public int Positives => TruePositives + FalseNegatives;

    /// <summary>Labelled non-matches.</summary>
    public int Negatives => TrueNegatives + FalsePositives;

    /// <summary>TP / (TP + FP); 1 when nothing was decided a match (no false alarm was raised).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when there are no labelled matches.</summary>
    public double Recall => Positives == 0 ? 1 : (double)TruePositives / Positives;

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>FP / labelled non-matches; 0 when there are none.</summary>
    public double FalsePositiveRate => Negatives == 0 ? 0 : (double)FalsePositives / Negatives;

    /// <summary>(TP + TN) / total; 1 when empty.</summary>
    public double Accuracy => Total == 0 ? 1 : (double)(TruePositives + TrueNegatives) / Total;

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>; 0 when the denominator is 0.</summary>
    public static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    /// <summary>This matrix with one more decision counted.</summary>
    /// <param name="labelled">The label: true for a match.</param>
    /// <param name="decided">The decision: true for a match.</param>
    /// <returns>The updated matrix.</returns>
    public ConfusionMatrix Add(bool labelled, bool decided) => (labelled, decided) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
        (false, true) => this with { FalsePositives = FalsePositives + 1 },
        _ => this with { TrueNegatives = TrueNegatives + 1 },
    };
}
