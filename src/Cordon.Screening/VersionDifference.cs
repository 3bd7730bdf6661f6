using Cordon.Lists.Versions;
using Cordon.Storage;
using Cordon.Lists;

namespace Cordon.Screening;

/// <summary>The difference between two stored versions of one list.</summary>
/// <param name="From">The older version.</param>
/// <param name="To">The newer version.</param>
/// <param name="Difference">Entries added, removed and changed.</param>
public sealed record VersionDifference(ListVersionInfo From, ListVersionInfo To, ListDiffResult Difference);
