namespace Cordon.Matching.Evaluation;

/// <summary>Result of screening names that are on no list.</summary>
/// <param name="Threshold">The score a result needs to count as a match.</param>
/// <param name="Screened">How many clean names were screened.</param>
/// <param name="FalseMatches">Each clean name that matched something, with its best hit, in file order.</param>
/// <param name="Timing">Latency of one screening call.</param>
public sealed record CleanNameEvaluation(double Threshold, int Screened, IReadOnlyList<CleanNameMatch> FalseMatches, TimingSummary Timing)
{
    /// <summary>False matches per 1,000 clean names screened.</summary>
    public double FalseMatchesPerThousand => Screened == 0 ? 0 : 1000.0 * FalseMatches.Count / Screened;
}
