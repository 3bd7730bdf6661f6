using Cordon.Core;
using Cordon.Matching;
using Cordon.Matching.Explanation;

namespace Cordon.Web.Endpoints;

/// <summary>One match as returned by the API.</summary>
/// <param name="Score">Score between 0 and 1.</param>
/// <param name="ListId">The list.</param>
/// <param name="EntityId">Entry id in the list.</param>
/// <param name="EntityType">Kind of entry.</param>
/// <param name="PrimaryName">The entry's primary name.</param>
/// <param name="MatchedName">The name or alias that matched.</param>
/// <param name="Programs">Sanctions programs of the entry.</param>
/// <param name="Explanation">Why it matched, part by part.</param>
public sealed record MatchResult(
    double Score,
    string ListId,
    string EntityId,
    EntityType EntityType,
    string PrimaryName,
    string MatchedName,
    IReadOnlyList<string> Programs,
    MatchExplanation Explanation)
{
    /// <summary>Converts a matcher result.</summary>
    public static MatchResult From(ScreeningMatch match) =>
        new(Math.Round(match.Score, 4), match.Entity.ListId, match.Entity.SourceId, match.Entity.Type, match.Entity.PrimaryName, match.MatchedName, match.Entity.Programs, match.Explanation);
}
