namespace Cordon.Storage;

/// <summary>A TAXII status resource: the outcome of one add request, readable by the organisation that made it.</summary>
/// <param name="Id">Its identifier (a UUID).</param>
/// <param name="ApiRoot">The API root the request went to.</param>
/// <param name="OrganisationId">The requesting organisation: the only one that may read it.</param>
/// <param name="Status">"complete" or "pending".</param>
/// <param name="RequestTimestamp">When the request arrived.</param>
/// <param name="TotalCount">Objects in the request.</param>
/// <param name="Successes">Objects stored (or already present).</param>
/// <param name="Failures">Objects refused, each with the reason.</param>
/// <param name="Pendings">Objects not yet processed.</param>
public sealed record HubStatus(
    string Id,
    string ApiRoot,
    string OrganisationId,
    string Status,
    DateTimeOffset RequestTimestamp,
    int TotalCount,
    IReadOnlyList<HubStatusDetail> Successes,
    IReadOnlyList<HubStatusDetail> Failures,
    IReadOnlyList<HubStatusDetail> Pendings);
