namespace Cordon.Storage;

/// <summary>A current match of a watch subject against a list entry.</summary>
/// <param name="SubjectId">The watch subject.</param>
/// <param name="ListId">The list.</param>
/// <param name="ListVersionId">Version screened against.</param>
/// <param name="EntitySourceId">Entry id in that list.</param>
/// <param name="EntityName">Entry's primary name.</param>
/// <param name="MatchedName">The name or alias that matched.</param>
/// <param name="Score">Score between 0 and 1.</param>
/// <param name="ExplanationJson">The matcher's explanation, serialised.</param>
public sealed record WatchMatch(
    string SubjectId,
    string ListId,
    long ListVersionId,
    string EntitySourceId,
    string EntityName,
    string MatchedName,
    double Score,
    string ExplanationJson);
