using Cordon.Core;

namespace Cordon.Lists.Versions;

/// <summary>One entry present in both versions whose mapped fields differ.</summary>
/// <param name="Old">The entry in the older version.</param>
/// <param name="New">The entry in the newer version.</param>
/// <param name="Fields">The fields that differ, in <see cref="ListedEntity"/> declaration order; never empty.</param>
public sealed record EntityChange(ListedEntity Old, ListedEntity New, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>The entry's id, the same in both versions.</summary>
    public string SourceId => New.SourceId;
}
