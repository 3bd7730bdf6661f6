namespace Cordon.Storage;

/// <summary>
/// State that every instance of a deployment must see alike: the keys that protect session cookies and form tokens, and
/// the workspace's batch screenings (a browser may reach any instance behind a load balancer).
/// </summary>
public partial interface ICordonStore
{
    /// <summary>Every stored data-protection key element (XML), oldest first.</summary>
    Task<IReadOnlyList<string>> GetDataProtectionKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a data-protection key element (or revocation) under its friendly name; storing a name again replaces it.</summary>
    Task SaveDataProtectionKeyAsync(string name, string xml, CancellationToken cancellationToken = default);

    /// <summary>Stores a batch that has just started.</summary>
    Task AddScreeningBatchAsync(ScreeningBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Records progress of a running batch and that its instance is alive.</summary>
    Task UpdateScreeningBatchProgressAsync(string id, int screened, int matched, int rejected, DateTimeOffset heartbeatAt, CancellationToken cancellationToken = default);

    /// <summary>Ends a batch with its final counts and files (null when it failed) in one transaction.</summary>
    Task FinishScreeningBatchAsync(string id, int screened, int matched, int rejected, DateTimeOffset finishedAt, string? failure, byte[]? results, byte[]? errors, CancellationToken cancellationToken = default);

    /// <summary>A batch of <paramref name="organisationId"/>, or null (also when it belongs to another organisation).</summary>
    Task<ScreeningBatch?> GetScreeningBatchAsync(string organisationId, string id, CancellationToken cancellationToken = default);

    /// <summary>The organisation's most recent batches, newest first.</summary>
    Task<IReadOnlyList<ScreeningBatch>> GetScreeningBatchesAsync(string organisationId, int limit, CancellationToken cancellationToken = default);

    /// <summary>A finished batch's file, or null when the batch is not the organisation's, not finished, or failed.</summary>
    Task<byte[]?> GetScreeningBatchFileAsync(string organisationId, string id, ScreeningBatchFile file, CancellationToken cancellationToken = default);

    /// <summary>Deletes batches started before <paramref name="cutoff"/>; returns how many went.</summary>
    Task<int> DeleteScreeningBatchesStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
