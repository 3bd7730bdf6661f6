namespace Cordon.Storage;

/// <summary>A change to one organisation's network memberships, as <see cref="ICordonStore.SaveNetworkMembershipsAsync"/> takes it.</summary>
/// <param name="RecordIds">Records whose memberships are replaced (a record listed but given no membership leaves every group).</param>
/// <param name="Memberships">The new memberships.</param>
/// <param name="ReplaceAll">When true, every membership of the organisation is replaced.</param>
public sealed record NetworkMembershipChange(IReadOnlyCollection<string> RecordIds, IReadOnlyList<NetworkMembership> Memberships, bool ReplaceAll);
