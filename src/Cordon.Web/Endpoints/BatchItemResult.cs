namespace Cordon.Web.Endpoints;

/// <summary>The outcome for one subject of a batch: matches, or the reason it was rejected.</summary>
/// <param name="Id">The caller's id.</param>
/// <param name="Error">Why the subject was rejected; null when it was screened.</param>
/// <param name="Matches">Matches, best first.</param>
public sealed record BatchItemResult(string? Id, string? Error, IReadOnlyList<MatchResult> Matches);
