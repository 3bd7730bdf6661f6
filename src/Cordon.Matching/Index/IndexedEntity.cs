using Cordon.Core;

namespace Cordon.Matching.Index;

/// <summary>An entry with the facts that features compare, parsed once at index build.</summary>
internal sealed class IndexedEntity
{
    public IndexedEntity(ListedEntity entity, string[] countries, string? gender)
    {
        Entity = entity;
        Countries = countries;
        Gender = gender;
        TypeStated = !(entity.Particulars.TryGetValue("entity type", out var stated) && stated == "not stated");
    }

    /// <summary>
    /// False when the list does not say whether the entry is a person or an organisation (the reader then records it as
    /// an entity with <c>Particulars["entity type"] = "not stated"</c>): such an entry is screened for both.
    /// </summary>
    public bool TypeStated { get; }

    /// <summary>The list entry.</summary>
    public ListedEntity Entity { get; }

    /// <summary>ISO alpha-2 codes of nationalities and citizenships (the raw text, upper-cased, when not recognised).</summary>
    public string[] Countries { get; }

    /// <summary>"male", "female" or null.</summary>
    public string? Gender { get; }
}
