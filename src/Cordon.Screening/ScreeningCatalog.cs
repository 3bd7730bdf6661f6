using Cordon.Core;
using Cordon.Matching;
using Cordon.Lists;

namespace Cordon.Screening;

/// <summary>
/// The screening index over the versions of every stored list that are in force, built once and
/// rebuilt only when a different set of versions becomes current (after an import).
/// </summary>
/// <remarks>
/// Thread-safe. Only one rebuild runs at a time; a caller that sees new versions in force waits for the index over them
/// rather than screening against lists that have been replaced.
/// </remarks>
public sealed class ScreeningCatalog : IDisposable
{
    private readonly IListStore _store;
    private readonly Matcher _matcher;
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Snapshot> _current = new(StringComparer.Ordinal);
    private readonly ScreeningIndexCache? _snapshots;

    /// <summary>
    /// Creates a catalog over <paramref name="store"/> using <paramref name="matcher"/>; with <paramref name="snapshots"/>,
    /// an index over versions already indexed once is loaded from its snapshot instead of being built.
    /// </summary>
    public ScreeningCatalog(IListStore store, Matcher matcher, ScreeningIndexCache? snapshots = null)
    {
        _store = store;
        _matcher = matcher;
        _snapshots = snapshots;
    }

    /// <summary>Where index snapshots are kept; null when every index is built.</summary>
    public ScreeningIndexCache? Snapshots => _snapshots;

    /// <summary>The matcher whose index this catalog builds.</summary>
    public Matcher Matcher => _matcher;

    /// <summary>
    /// The newest index the catalog's own matcher has built, without asking the store or waiting for a rebuild (null until
    /// the first build ends). Readiness probes read it: after an import it is the index over the versions before the import
    /// until the rebuild ends.
    /// </summary>
    public CatalogIndex? Built => _current.TryGetValue(_matcher.Algorithm, out var snapshot) ? snapshot.Index : null;

    /// <summary>The index over the current versions, rebuilt first if the versions in force have changed.</summary>
    public Task<CatalogIndex> GetIndexAsync(CancellationToken cancellationToken = default) => GetIndexAsync(null, cancellationToken);

    /// <summary>
    /// The index of another registered matching algorithm (<see cref="MatchingAlgorithms"/>) over the current versions,
    /// built on first use and kept beside the default one; the catalog's own matcher when <paramref name="algorithm"/> is null.
    /// </summary>
    /// <exception cref="ArgumentException">No algorithm has that name.</exception>
    public async Task<CatalogIndex> GetIndexAsync(string? algorithm, CancellationToken cancellationToken = default)
    {
        var matcher = algorithm is null || algorithm == _matcher.Algorithm ? _matcher : MatchingAlgorithms.Get(algorithm);
        var lists = await _store.GetListsAsync(cancellationToken);
        var versionIds = lists.Select(l => l.Current.Id).Order().ToArray();
        if (_current.TryGetValue(matcher.Algorithm, out var current) && current.VersionIds.SequenceEqual(versionIds))
        {
            return current.Index;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (_current.TryGetValue(matcher.Algorithm, out current) && current.VersionIds.SequenceEqual(versionIds))
            {
                return current.Index;
            }

            async Task<IReadOnlyList<ListedEntity>> ReadEntitiesAsync(CancellationToken ct)
            {
                var entities = new List<ListedEntity>();
                foreach (var list in lists)
                {
                    entities.AddRange(await _store.GetEntitiesAsync(list.Current.Id, ct));
                }

                return entities;
            }

            var cached = _snapshots is null
                ? new CachedIndex(matcher.BuildIndex(await ReadEntitiesAsync(cancellationToken)), FromSnapshot: false, "no snapshot folder", null)
                : await _snapshots.GetOrBuildAsync(matcher, ContentKey(lists.Select(l => l.Current)), ReadEntitiesAsync, saveInBackground: true, cancellationToken);
            var index = new CatalogIndex(cached.Index, lists.Select(l => l.Current).ToArray(), Risk.RiskContext.WalletsOf(cached.Index.Entities))
            {
                FromSnapshot = cached.FromSnapshot,
            };
            _current[matcher.Algorithm] = new Snapshot(versionIds, index);
            return index;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>
    /// What an index over <paramref name="versions"/> is made from: each version's list, id, content hash and size. A
    /// version is never changed once stored, so an index snapshot under this key stays true to it.
    /// </summary>
    public static string ContentKey(IEnumerable<ListVersionInfo> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return string.Join('\n', versions.OrderBy(v => v.ListId, StringComparer.Ordinal).ThenBy(v => v.Id)
            .Select(v => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{v.ListId} {v.Id} {v.ContentHash} {v.EntityCount} {v.ImportedAt:O}")));
    }

    /// <inheritdoc />
    public void Dispose() => _rebuild.Dispose();

    private sealed record Snapshot(long[] VersionIds, CatalogIndex Index);
}
