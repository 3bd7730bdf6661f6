namespace Cordon.Matching.Evaluation;

/// <summary>One screening result as the evaluator sees it: which entry, by which name, how strongly.</summary>
/// <param name="Entity">The list entry found.</param>
/// <param name="MatchedName">The entry's name or alias that matched.</param>
/// <param name="Score">The match score, 0–1.</param>
public sealed record EvaluationHit(EntityKey Entity, string MatchedName, double Score);
