namespace Cordon.Matching.Evaluation;

/// <summary>Result of screening every labelled list query against the loaded lists.</summary>
/// <param name="Threshold">The score a result needs to count as a match.</param>
/// <param name="Limit">How many results per query were looked at.</param>
/// <param name="Matrix">
/// Listed queries: TP when an acceptable entry was among the results, FN otherwise.
/// Clean queries: FP when anything was returned, TN otherwise.
/// </param>
/// <param name="FoundAtRankOne">Listed queries whose first result is an acceptable entry.</param>
/// <param name="WrongEntityOnly">Listed queries that returned results, none of them acceptable (a subset of the false negatives).</param>
/// <param name="ByCategory">Counts per query category, ordered by category.</param>
/// <param name="Errors">Missed listed queries, wrong first results and matched clean queries, in file order.</param>
/// <param name="Timing">Latency of one screening call.</param>
public sealed record QueryEvaluation(
    double Threshold,
    int Limit,
    ConfusionMatrix Matrix,
    int FoundAtRankOne,
    int WrongEntityOnly,
    IReadOnlyDictionary<string, ConfusionMatrix> ByCategory,
    IReadOnlyList<QueryOutcome> Errors,
    TimingSummary Timing)
{
    /// <summary>Share of listed queries whose acceptable entry was found within the limit (the recall of true list entries).</summary>
    public double Recall => Matrix.Recall;

    /// <summary>Share of listed queries whose first result is acceptable.</summary>
    public double RankOneRate => Matrix.Positives == 0 ? 1 : (double)FoundAtRankOne / Matrix.Positives;

    /// <summary>Share of clean queries that returned a match.</summary>
    public double FalseMatchRate => Matrix.FalsePositiveRate;
}
