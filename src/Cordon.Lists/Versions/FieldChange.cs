namespace Cordon.Lists.Versions;

/// <summary>How one field of an entry changed between two versions.</summary>
/// <param name="Field">The <see cref="Cordon.Core.ListedEntity"/> property name (<c>PrimaryName</c>, <c>Aliases</c>…).</param>
/// <param name="OldValue">Short text of the old value (collections: items joined by <c>"; "</c>); null when it was absent.</param>
/// <param name="NewValue">Short text of the new value; null when it is now absent.</param>
/// <param name="AddedItems">For collections: items only in the new value, as short text. Empty for single values.</param>
/// <param name="RemovedItems">For collections: items only in the old value, as short text. Empty for single values.</param>
public sealed record FieldChange(
    string Field,
    string? OldValue,
    string? NewValue,
    IReadOnlyList<string> AddedItems,
    IReadOnlyList<string> RemovedItems);
