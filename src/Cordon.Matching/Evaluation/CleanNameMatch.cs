namespace Cordon.Matching.Evaluation;

/// <summary>A clean name that matched a list entry (a false match).</summary>
/// <param name="Name">The clean name.</param>
/// <param name="BestHit">Its best result.</param>
public sealed record CleanNameMatch(CleanName Name, EvaluationHit BestHit);
