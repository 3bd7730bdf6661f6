namespace Cordon.Networks;

/// <summary>
/// Pairwise precision and recall of "same group", counted from the contingency table of (true group, predicted group)
/// cell sizes: Σ C(n,2) per cell, per true group and per predicted group. Linear in the number of records.
/// </summary>
public static class PairwiseEvaluation
{
    /// <summary>Scores a predicted grouping against ground truth.</summary>
    /// <param name="truth">Every record id with its true group, or null for an independent record.</param>
    /// <param name="predicted">Predicted group key per record id; a record missing here is alone.</param>
    /// <returns>The pair counts.</returns>
    public static PairwiseScore Evaluate(IReadOnlyDictionary<string, string?> truth, IReadOnlyDictionary<string, string> predicted)
    {
        var cells = new Dictionary<(string, string), long>();
        var trueSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var predictedSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, group) in truth)
        {
            var t = group ?? "\u0000" + id;
            var p = predicted.TryGetValue(id, out var g) ? g : "\u0000" + id;
            cells[(t, p)] = cells.GetValueOrDefault((t, p)) + 1;
            trueSizes[t] = trueSizes.GetValueOrDefault(t) + 1;
            predictedSizes[p] = predictedSizes.GetValueOrDefault(p) + 1;
        }

        static long Pairs(long n) => n * (n - 1) / 2;
        return new PairwiseScore(cells.Values.Sum(Pairs), predictedSizes.Values.Sum(Pairs), trueSizes.Values.Sum(Pairs));
    }
}
