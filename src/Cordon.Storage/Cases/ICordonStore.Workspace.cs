namespace Cordon.Storage;

public partial interface ICordonStore
{
    /// <summary>
    /// The organisation's assessments made at or after <paramref name="since"/>, newest first, at most <paramref name="limit"/>
    /// (every assessment, not only each record's newest: the workspace charts count assessments over time).
    /// </summary>
    Task<IReadOnlyList<StoredAssessment>> GetRecentAssessmentsAsync(string organisationId, DateTimeOffset since, int limit = 1000, CancellationToken cancellationToken = default);
}
