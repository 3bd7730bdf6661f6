namespace Cordon.Storage;

/// <summary>A change in a watch subject's matches, raised by re-screening.</summary>
/// <param name="Id">Store id (0 before it is stored).</param>
/// <param name="SubjectId">The watch subject.</param>
/// <param name="Kind">New or removed match.</param>
/// <param name="ListId">The list.</param>
/// <param name="ListVersionId">The version whose import raised it.</param>
/// <param name="EntitySourceId">The entry.</param>
/// <param name="EntityName">The entry's primary name.</param>
/// <param name="Score">Score of the match (the old score for a removed match).</param>
/// <param name="CreatedAt">When it was raised.</param>
public sealed record Alert(
    long Id,
    string SubjectId,
    AlertKind Kind,
    string ListId,
    long ListVersionId,
    string EntitySourceId,
    string EntityName,
    double Score,
    DateTimeOffset CreatedAt)
{
    /// <summary>Further facts as JSON (for <see cref="AlertKind.HubIndicatorMatch"/>: pattern, TLP, matched values), or null.</summary>
    public string? Details { get; init; }
}
