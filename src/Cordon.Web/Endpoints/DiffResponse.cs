using Cordon.Lists.Versions;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Lists;

namespace Cordon.Web.Endpoints;

/// <summary>The difference between two versions of a list, with entries summarised and changes field by field.</summary>
/// <param name="From">The older version.</param>
/// <param name="To">The newer version.</param>
/// <param name="UnchangedCount">Entries equal in both.</param>
/// <param name="Added">Entries only in the newer version.</param>
/// <param name="Removed">Entries only in the older version.</param>
/// <param name="Changed">Entries whose fields changed.</param>
public sealed record DiffResponse(
    ListVersionInfo From,
    ListVersionInfo To,
    int UnchangedCount,
    IReadOnlyList<EntitySummary> Added,
    IReadOnlyList<EntitySummary> Removed,
    IReadOnlyList<ChangedEntity> Changed)
{
    /// <summary>Builds the response from a comparison.</summary>
    public static DiffResponse Of(VersionDifference difference) => new(
        difference.From,
        difference.To,
        difference.Difference.UnchangedCount,
        difference.Difference.Added.Select(EntitySummary.From).ToList(),
        difference.Difference.Removed.Select(EntitySummary.From).ToList(),
        difference.Difference.Changed.Select(c => new ChangedEntity(EntitySummary.From(c.New), c.Fields)).ToList());
}
