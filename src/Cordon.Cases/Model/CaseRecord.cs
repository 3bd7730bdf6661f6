namespace Cordon.Cases;

/// <summary>A case as stored: its current state; the history is in its <see cref="CaseEvent"/>s.</summary>
/// <param name="Id">Store id (0 before it is stored).</param>
/// <param name="OrganisationId">The organisation the case belongs to; no other organisation ever reads it.</param>
/// <param name="Title">Short description shown in lists.</param>
/// <param name="SourceKind">What it was opened from.</param>
/// <param name="SourceId">The alert id, assessed record id or a free reference.</param>
/// <param name="State">Open, escalated or closed.</param>
/// <param name="Decision">The last decision, or null while none was made (or after reopening).</param>
/// <param name="AssigneeId">The user working it, or null.</param>
/// <param name="AssigneeName">That user's name, for display.</param>
/// <param name="OpenedBy">User name of whoever opened it.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Version">Number of events so far; each change must name the version it was made on.</param>
public sealed record CaseRecord(
    long Id,
    string OrganisationId,
    string Title,
    CaseSourceKind SourceKind,
    string SourceId,
    CaseState State,
    CaseDecision? Decision,
    string? AssigneeId,
    string? AssigneeName,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    int Version);
