namespace Cordon.Cases;

/// <summary>One change in a case's history. Events are only ever appended.</summary>
/// <param name="Sequence">1 for the opening, then one more per change; equals the case version it produced.</param>
/// <param name="Kind">What changed.</param>
/// <param name="ActorId">User id of whoever made the change.</param>
/// <param name="ActorName">Their user name.</param>
/// <param name="At">When.</param>
/// <param name="Text">The comment, the reason of a decision or reopening, or an evidence note.</param>
/// <param name="Decision">The decision, for <see cref="CaseEventKind.Decided"/>.</param>
/// <param name="AssigneeId">The new assignee, for <see cref="CaseEventKind.Assigned"/> (null: unassigned).</param>
/// <param name="AssigneeName">The new assignee's name.</param>
/// <param name="Evidence">The attached evidence, for <see cref="CaseEventKind.EvidenceAttached"/>.</param>
public sealed record CaseEvent(
    int Sequence,
    CaseEventKind Kind,
    string ActorId,
    string ActorName,
    DateTimeOffset At,
    string? Text = null,
    CaseDecision? Decision = null,
    string? AssigneeId = null,
    string? AssigneeName = null,
    CaseEvidence? Evidence = null);
