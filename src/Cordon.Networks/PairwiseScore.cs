namespace Cordon.Networks;

/// <summary>Pairwise agreement of a grouping with ground truth.</summary>
/// <param name="TruePositivePairs">Pairs in the same group in both.</param>
/// <param name="PredictedPairs">Pairs in the same predicted group.</param>
/// <param name="ActualPairs">Pairs in the same true group.</param>
public sealed record PairwiseScore(long TruePositivePairs, long PredictedPairs, long ActualPairs)
{
    /// <summary>TruePositivePairs / PredictedPairs (1 when nothing is predicted).</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePositivePairs / PredictedPairs;

    /// <summary>TruePositivePairs / ActualPairs (1 when there is nothing to find).</summary>
    public double Recall => ActualPairs == 0 ? 1 : (double)TruePositivePairs / ActualPairs;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
