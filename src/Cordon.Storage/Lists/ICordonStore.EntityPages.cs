namespace Cordon.Storage;

/// <summary>Paging through a list version's entries.</summary>
public partial interface ICordonStore
{
    /// <summary>
    /// Entries <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> of a version, in list order,
    /// and how many there are; with <paramref name="nameContains"/>, only entries whose primary name or an alias contains it
    /// (ignoring case). Without a filter only the page's rows are read; with one, rows are read one at a time and only the
    /// page is kept.
    /// </summary>
    Task<ListEntityPage> GetEntityPageAsync(long versionId, int offset, int limit, string? nameContains = null, CancellationToken cancellationToken = default);
}
