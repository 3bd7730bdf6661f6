using Cordon.Core;

namespace Cordon.Accounts;

/// <summary>Which audit rows to read: every given filter must hold; rows come newest first.</summary>
/// <param name="OrganisationId">Only this organisation's rows and the platform's (<see cref="AuditEntry.Platform"/>); null for all (the command line's view).</param>
/// <param name="From">Only rows at or after this time.</param>
/// <param name="To">Only rows before this time.</param>
/// <param name="UserName">Only rows of this user name (exact, case-insensitive).</param>
/// <param name="Action">Only this action (exact), or, when it ends with <c>.*</c>, actions starting with what precedes the star.</param>
/// <param name="TargetType">Only this target type.</param>
/// <param name="TargetId">Only this target id.</param>
/// <param name="Limit">Most rows in one page (1–10,000).</param>
/// <param name="BeforeId">Only rows with a smaller id: the <see cref="AuditPage.NextBeforeId"/> of the previous page.</param>
public sealed record AuditQuery(
    string? OrganisationId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? UserName = null,
    string? Action = null,
    string? TargetType = null,
    string? TargetId = null,
    int Limit = 100,
    long? BeforeId = null)
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 10_000;
}

/// <summary>One page of audit rows, newest first.</summary>
/// <param name="Entries">The rows.</param>
/// <param name="NextBeforeId">Pass as <see cref="AuditQuery.BeforeId"/> for the next page; null when this is the last.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextBeforeId);
