namespace Cordon.Matching.Evaluation;

/// <summary>Result of scoring every labelled name pair at one threshold.</summary>
/// <param name="Threshold">A pair is decided a match when its score is at least this.</param>
/// <param name="Matrix">Counts over all pairs.</param>
/// <param name="ByCategory">Counts per pair category, ordered by category.</param>
/// <param name="Errors">The wrongly decided pairs (false positives and false negatives), in file order.</param>
/// <param name="Timing">Latency of one name comparison.</param>
public sealed record PairEvaluation(
    double Threshold,
    ConfusionMatrix Matrix,
    IReadOnlyDictionary<string, ConfusionMatrix> ByCategory,
    IReadOnlyList<PairOutcome> Errors,
    TimingSummary Timing);
