using System.Text.Json;
using Cordon.Core;

namespace Cordon.Accounts;

/// <summary>
/// Writes and reads the audit log. Every capability records its audited actions here: one insert per event, details as a
/// small JSON object of facts (counts, reasons, ids) — never secrets, passwords or the names being screened.
/// </summary>
public sealed class AuditLog
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web);

    private readonly IAuditStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the log over <paramref name="store"/>.</summary>
    public AuditLog(IAuditStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Records one event and returns it as stored.</summary>
    /// <param name="actor">Who did it.</param>
    /// <param name="action">What (see <see cref="AuditActions"/>).</param>
    /// <param name="outcome">How it ended (see <see cref="AuditOutcomes"/>).</param>
    /// <param name="targetType">Kind of thing acted on, or null.</param>
    /// <param name="targetId">Id of the thing acted on, or null.</param>
    /// <param name="details">An object serialised as the details JSON (camel-case), or null.</param>
    /// <param name="organisationId">The organisation acted in when it differs from the actor's (the operator acting in one); null for the actor's.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public Task<AuditEntry> RecordAsync(
        Actor actor,
        string action,
        string outcome = AuditOutcomes.Success,
        string? targetType = null,
        string? targetId = null,
        object? details = null,
        string? organisationId = null,
        CancellationToken cancellationToken = default) =>
        _store.AppendAuditAsync(Entry(actor, action, outcome, targetType, targetId, details, organisationId), cancellationToken);

    /// <summary>An entry stamped with the current time, for writing together with the change it records.</summary>
    public AuditEntry Entry(
        Actor actor,
        string action,
        string outcome = AuditOutcomes.Success,
        string? targetType = null,
        string? targetId = null,
        object? details = null,
        string? organisationId = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        return new AuditEntry(
            0,
            _time.GetUtcNow(),
            organisationId ?? actor.OrganisationId,
            actor.UserId,
            actor.UserName,
            actor.ApiKeyId,
            action,
            targetType,
            targetId,
            outcome,
            details is null ? null : JsonSerializer.Serialize(details, details.GetType(), DetailsJson),
            actor.RemoteAddress);
    }

    /// <summary>One page of the log, newest first.</summary>
    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) => _store.QueryAuditAsync(query, cancellationToken);

    /// <summary>Every row matching <paramref name="query"/> (its limit is the page size), newest first, page by page.</summary>
    public async IAsyncEnumerable<AuditEntry> ReadAllAsync(AuditQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var next = query;
        while (true)
        {
            var page = await _store.QueryAuditAsync(next, cancellationToken);
            foreach (var entry in page.Entries)
            {
                yield return entry;
            }

            if (page.NextBeforeId is not { } before)
            {
                yield break;
            }

            next = next with { BeforeId = before };
        }
    }
}
