using Cordon.Lists.Versions;

namespace Cordon.Web.Endpoints;

/// <summary>An entry present in both versions with the fields that changed.</summary>
/// <param name="Entity">The entry as it is in the newer version.</param>
/// <param name="Fields">Each changed field with old and new values.</param>
public sealed record ChangedEntity(EntitySummary Entity, IReadOnlyList<FieldChange> Fields);
