using Cordon.Core;

namespace Cordon.Lists;

/// <summary>What a load produced: the lists read, and what was skipped and why.</summary>
/// <param name="Snapshots">One snapshot per list recognised, in path order.</param>
/// <param name="Warnings">Files inside a folder or archive that were skipped (unknown format, empty), one message each naming the file.</param>
public sealed record ListLoadResult(IReadOnlyList<ListSnapshot> Snapshots, IReadOnlyList<string> Warnings);
