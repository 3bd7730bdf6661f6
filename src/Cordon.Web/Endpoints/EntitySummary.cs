using Cordon.Core;

namespace Cordon.Web.Endpoints;

/// <summary>The fields of an entry shown in lists and results.</summary>
/// <param name="ListId">The list.</param>
/// <param name="SourceId">Entry id in the list.</param>
/// <param name="Type">Individual, entity, vessel or aircraft.</param>
/// <param name="PrimaryName">Primary name.</param>
/// <param name="Programs">Sanctions programs.</param>
public sealed record EntitySummary(string ListId, string SourceId, EntityType Type, string PrimaryName, IReadOnlyList<string> Programs)
{
    /// <summary>Summarises an entry.</summary>
    public static EntitySummary From(ListedEntity entity) =>
        new(entity.ListId, entity.SourceId, entity.Type, entity.PrimaryName, entity.Programs);
}
