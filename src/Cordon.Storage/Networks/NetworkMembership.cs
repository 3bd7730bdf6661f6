namespace Cordon.Storage;

/// <summary>A record's place in a network group, as last linked: what other instances and reports read without relinking.</summary>
/// <param name="OrganisationId">The organisation whose records were linked (groups never span organisations).</param>
/// <param name="RecordId">The record.</param>
/// <param name="GroupId">Its group's stable id.</param>
/// <param name="GroupSize">Members of the group.</param>
/// <param name="LinkedAt">When the membership was computed.</param>
public sealed record NetworkMembership(string OrganisationId, string RecordId, string GroupId, int GroupSize, DateTimeOffset LinkedAt);
