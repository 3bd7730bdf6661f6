namespace Cordon.Core;

/// <summary>One row of the audit log: who did what to which target, when, from where, and how it ended.</summary>
/// <param name="Id">Store id, ascending in insertion order (0 before it is stored).</param>
/// <param name="At">When it happened.</param>
/// <param name="OrganisationId">
/// The organisation acted in; <see cref="Platform"/> for changes to data every organisation shares (shown in every
/// organisation's log); null when unknown (a failed sign-in with an unknown user name).
/// </param>
/// <param name="UserId">The acting user; null for anonymous or system actions.</param>
/// <param name="UserName">The acting user's name (or the name tried, for a failed sign-in), kept as it was at the time.</param>
/// <param name="ApiKeyId">The API key used, when the caller came in with one.</param>
/// <param name="Action">What was done, a dotted name such as <c>sign-in</c>, <c>user.create</c>, <c>assessment.view</c>.</param>
/// <param name="TargetType">Kind of thing acted on (<c>user</c>, <c>api-key</c>, <c>assessment</c>…), or null.</param>
/// <param name="TargetId">Identifier of the thing acted on, or null.</param>
/// <param name="Outcome"><c>success</c>, <c>failure</c> or <c>denied</c>.</param>
/// <param name="DetailsJson">Further facts as a JSON object (counts, reasons), or null. Never secrets nor screened names.</param>
/// <param name="RemoteAddress">The caller's network address, when the action came over HTTP.</param>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string? OrganisationId,
    string? UserId,
    string? UserName,
    string? ApiKeyId,
    string Action,
    string? TargetType,
    string? TargetId,
    string Outcome,
    string? DetailsJson,
    string? RemoteAddress)
{
    /// <summary>
    /// Organisation id of platform entries (list imports and the versions in force): every organisation reads them in its own
    /// log. Not a valid organisation id, so no organisation can be given this one.
    /// </summary>
    public const string Platform = "*";
}
