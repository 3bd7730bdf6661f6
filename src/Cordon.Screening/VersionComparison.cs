using Cordon.Lists.Versions;
using Cordon.Storage;
using Cordon.Lists;

namespace Cordon.Screening;

/// <summary>Picks two stored versions of a list and compares them.</summary>
public static class VersionComparison
{
    /// <summary>
    /// Resolves which versions to compare: explicit ids when given, else the two newest versions of <paramref name="listId"/>
    /// (or the version before <paramref name="to"/>).
    /// </summary>
    /// <exception cref="NotFoundException">A named list or version is not stored, or there is only one version.</exception>
    /// <exception cref="ArgumentException">Neither a list nor versions were named, or the versions belong to different lists.</exception>
    public static async Task<(ListVersionInfo Older, ListVersionInfo Newer)> ResolveAsync(
        IListStore store, string? listId, long? from, long? to, CancellationToken cancellationToken = default)
    {
        if (listId is null && to is null && from is null)
        {
            throw new ArgumentException("name a list (e.g. ofac-sdn) or the versions to compare.");
        }

        var fromVersion = from is null ? null : await store.GetListVersionAsync(from.Value, cancellationToken) ?? throw new NotFoundException($"no list version {from} is stored.");
        var toVersion = to is null ? null : await store.GetListVersionAsync(to.Value, cancellationToken) ?? throw new NotFoundException($"no list version {to} is stored.");
        listId ??= (toVersion ?? fromVersion)!.ListId;
        var versions = await store.GetListVersionsAsync(listId, cancellationToken);
        if (versions.Count == 0)
        {
            throw new NotFoundException($"no list '{listId}' is stored.");
        }

        var newer = toVersion ?? (fromVersion is null ? versions[0] : versions.FirstOrDefault(v => v.Id > fromVersion.Id && v.IsCurrent) ?? versions[0]);
        var older = fromVersion ?? versions.FirstOrDefault(v => v.Id < newer.Id)
            ?? throw new NotFoundException($"list '{listId}' has no version older than {newer.Id}; there is nothing to compare.");
        if (older.ListId != listId || newer.ListId != listId)
        {
            throw new ArgumentException($"versions {older.Id} and {newer.Id} are not both versions of list '{listId}'.");
        }

        return (older, newer);
    }

    /// <summary>Loads both versions' entries and compares them.</summary>
    public static async Task<VersionDifference> CompareAsync(IListStore store, ListVersionInfo older, ListVersionInfo newer, CancellationToken cancellationToken = default)
    {
        var before = await store.GetEntitiesAsync(older.Id, cancellationToken);
        var after = await store.GetEntitiesAsync(newer.Id, cancellationToken);
        return new VersionDifference(older, newer, ListDiff.Compare(before, after));
    }
}
