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

    /// <summary>Where it stands in the triage queue.</summary>
    public AlertState State { get; init; } = AlertState.New;

    /// <summary>The reason given with the last change of <see cref="State"/>, or null.</summary>
    public string? StateReason { get; init; }

    /// <summary>User name of whoever last changed <see cref="State"/>, or null while it is new.</summary>
    public string? StateChangedBy { get; init; }

    /// <summary>When <see cref="State"/> last changed, or null while it is new.</summary>
    public DateTimeOffset? StateChangedAt { get; init; }

    /// <summary>The user id it is assigned to, or null.</summary>
    public string? AssigneeId { get; init; }

    /// <summary>That user's display name, or null.</summary>
    public string? AssigneeName { get; init; }
}
