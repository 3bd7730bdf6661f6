using Cordon.Networks;
using Cordon.Screening;

namespace Cordon.Web.Workspace;

/// <summary>The network of one assessed record, summarised where a decision about it is made (case page, applicant profile).</summary>
/// <param name="RecordId">The record.</param>
/// <param name="Group">Its group, or null when it shares no identifier with another record.</param>
/// <param name="Risk">The group's risk, or null.</param>
public sealed record NetworkSummary(string RecordId, NetworkGroup? Group, GroupRisk? Risk)
{
    /// <summary>Links listed at most; the network page draws the rest.</summary>
    public const int MaxLinks = 40;

    /// <summary>The links that touch the record, strongest first, then the others.</summary>
    public IReadOnlyList<NetworkLink> Links =>
        Group is null
            ? []
            : [.. Group.Links
                .OrderByDescending(l => l.RecordA == RecordId || l.RecordB == RecordId)
                .ThenByDescending(l => l.Strength)
                .ThenBy(l => l.Kind, StringComparer.Ordinal)];

    /// <summary>Loads the organisation's network as stored, and finds the record's group.</summary>
    public static async Task<NetworkSummary> LoadAsync(CordonServices cordon, string organisationId, string recordId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cordon);
        var engine = await cordon.Assessments.GetEngineAsync(cancellationToken);
        var found = await cordon.Networks.GroupOfAsync(engine, recordId, organisationId, cancellationToken);
        return new NetworkSummary(recordId, found?.Group, found?.Risk);
    }
}
