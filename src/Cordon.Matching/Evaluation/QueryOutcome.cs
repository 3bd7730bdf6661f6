namespace Cordon.Matching.Evaluation;

/// <summary>What one labelled query returned.</summary>
/// <param name="Query">The query.</param>
/// <param name="Hits">The results at or above the threshold, best first (at most the evaluation's limit).</param>
/// <param name="ExpectedRank">1-based rank of the first acceptable entry among <paramref name="Hits"/>; null when none was found.</param>
public sealed record QueryOutcome(LabelledQuery Query, IReadOnlyList<EvaluationHit> Hits, int? ExpectedRank)
{
    /// <summary>
    /// True when the query was answered correctly: a listed query found an acceptable entry;
    /// a clean query returned nothing.
    /// </summary>
    public bool IsCorrect => Query.IsListed ? ExpectedRank is not null : Hits.Count == 0;
}
