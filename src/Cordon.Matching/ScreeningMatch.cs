using Cordon.Core;
using Cordon.Matching.Explanation;

namespace Cordon.Matching;

/// <summary>One list entry found for a screening subject.</summary>
/// <param name="Entity">The list entry.</param>
/// <param name="Score">Final score, 0–1 (compare with the threshold).</param>
/// <param name="MatchedName">The entry's name that matched best.</param>
/// <param name="Explanation">Why: produced by the scoring code.</param>
public sealed record ScreeningMatch(ListedEntity Entity, double Score, string MatchedName, MatchExplanation Explanation);
