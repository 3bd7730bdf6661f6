using Cordon.Core;

namespace Cordon.Lists.Versions;

/// <summary>What changed between two versions of one list, matched by <see cref="ListedEntity.SourceId"/>.</summary>
/// <param name="Added">Entries only in the newer version, in its order.</param>
/// <param name="Removed">Entries only in the older version, in its order.</param>
/// <param name="Changed">Entries in both whose mapped fields differ, in the newer version's order.</param>
/// <param name="UnchangedCount">Entries in both with equal mapped fields (their raw source records may still differ).</param>
public sealed record ListDiffResult(
    IReadOnlyList<ListedEntity> Added,
    IReadOnlyList<ListedEntity> Removed,
    IReadOnlyList<EntityChange> Changed,
    int UnchangedCount)
{
    /// <summary>True when anything was added, removed or changed.</summary>
    public bool HasChanges => Added.Count > 0 || Removed.Count > 0 || Changed.Count > 0;
}
