namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredAssessment>> GetRecentAssessmentsAsync(string organisationId, DateTimeOffset since, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await QueryAsync(
            """
            SELECT record_id, record, assessment, score, level, engine_version, assessed_at FROM assessments
            WHERE organisation_id = @organisation AND assessed_at >= @since ORDER BY assessed_at DESC, id DESC LIMIT @limit
            """,
            r => new StoredAssessment(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetString(5), ReadTimestamp(r, 6)),
            cancellationToken,
            ("@organisation", organisationId),
            ("@since", TimestampValue(StoreTime.Normalize(since))),
            ("@limit", limit));
    }
}
