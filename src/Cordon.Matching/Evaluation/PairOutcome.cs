namespace Cordon.Matching.Evaluation;

/// <summary>How one labelled pair was scored.</summary>
/// <param name="Pair">The pair.</param>
/// <param name="Score">The score the matcher gave.</param>
/// <param name="DecidedMatch">True when the score reached the threshold.</param>
public sealed record PairOutcome(LabelledNamePair Pair, double Score, bool DecidedMatch)
{
    /// <summary>True when the decision agrees with the label.</summary>
    public bool IsCorrect => DecidedMatch == Pair.IsMatch;
}
