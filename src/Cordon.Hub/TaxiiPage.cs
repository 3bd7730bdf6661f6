using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>One page read from a collection for a TAXII answer.</summary>
/// <param name="Objects">The stored versions (with their JSON when the endpoint returns objects).</param>
/// <param name="More">Whether more match.</param>
/// <param name="Next">The cursor for the next page, when <paramref name="More"/>.</param>
public sealed record TaxiiPage(IReadOnlyList<HubStoredObject> Objects, bool More, string? Next)
{
    /// <summary>date_added of the first object (the X-TAXII-Date-Added-First header), or null when empty.</summary>
    public DateTimeOffset? DateAddedFirst => Objects.Count == 0 ? null : Objects[0].DateAdded;

    /// <summary>date_added of the last object (the X-TAXII-Date-Added-Last header), or null when empty.</summary>
    public DateTimeOffset? DateAddedLast => Objects.Count == 0 ? null : Objects[^1].DateAdded;
}
