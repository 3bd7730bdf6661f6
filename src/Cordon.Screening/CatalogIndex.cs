using Cordon.Matching;
using Cordon.Storage;
using Cordon.Lists;

namespace Cordon.Screening;

/// <summary>A screening index together with the list versions it was built from.</summary>
/// <param name="Index">The index.</param>
/// <param name="Versions">The list versions in force when it was built.</param>
/// <param name="SanctionedWallets">Every crypto-currency address published on those lists.</param>
public sealed record CatalogIndex(ScreeningIndex Index, IReadOnlyList<ListVersionInfo> Versions, IReadOnlySet<string> SanctionedWallets)
{
    /// <summary>True when the index was loaded from its snapshot (<see cref="ScreeningIndexCache"/>), false when it was built.</summary>
    public bool FromSnapshot { get; init; }

    /// <summary>The version id of <paramref name="listId"/> in this index.</summary>
    public long VersionOf(string listId) => Versions.First(v => v.ListId == listId).Id;
}
