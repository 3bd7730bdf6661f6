namespace Cordon.Storage;

public partial interface ICordonStore
{
    /// <summary>
    /// Records the groups of one organisation's records in one transaction: the memberships of every record in
    /// <paramref name="recordIds"/> are replaced by those of <paramref name="memberships"/> (a record listed but given no
    /// membership is no longer in any group). With <paramref name="replaceAll"/>, every membership of the organisation is replaced.
    /// </summary>
    /// <exception cref="ArgumentException">A membership belongs to another organisation or has an empty id.</exception>
    Task SaveNetworkMembershipsAsync(
        string organisationId,
        IReadOnlyCollection<string> recordIds,
        IReadOnlyList<NetworkMembership> memberships,
        bool replaceAll = false,
        CancellationToken cancellationToken = default);

    /// <summary>The memberships of one organisation, by group then record (ordinal); only one group's when <paramref name="groupId"/> is given.</summary>
    Task<IReadOnlyList<NetworkMembership>> GetNetworkMembershipsAsync(string organisationId, string? groupId = null, CancellationToken cancellationToken = default);

    /// <summary>The newest assessment of every record of one organisation, by record id (ordinal): what the linker is built from.</summary>
    Task<IReadOnlyList<StoredAssessment>> GetLatestAssessmentsAsync(string organisationId, CancellationToken cancellationToken = default);
}
