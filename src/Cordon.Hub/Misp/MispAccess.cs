using Cordon.Storage;

namespace Cordon.Hub.Misp;

/// <summary>
/// MISP's sharing rules in Cordon's terms. MISP decides who receives an event or attribute by its <em>distribution</em>
/// (0 your organisation only, 1 this community only, 2 connected communities, 3 all communities, 4 a sharing group,
/// 5 as the event) and advises with <c>tlp:*</c> tags; Cordon decides by one TLP level per stored version
/// (<see cref="HubReadRule"/>). An imported attribute gets the most restrictive of every rule that applies to it — its
/// own and its object's and event's TLP tags and distributions — so nothing becomes readable by more organisations here
/// than MISP would have given it to:
/// <list type="bullet">
/// <item>distribution 0 → AMBER+STRICT (only the owning organisation reads it);</item>
/// <item>distribution 1 → AMBER (the owner's sharing-group partners: Cordon's nearest to "this community");</item>
/// <item>distribution 2 → GREEN (every reader of the collection);</item>
/// <item>distribution 3 → no restriction beyond the TLP tags;</item>
/// <item>distribution 4 → AMBER+STRICT: a MISP sharing group lists MISP organisations, which are not Cordon's, so only the owner reads it;</item>
/// <item>a <c>tlp:</c> tag Cordon does not know (<c>tlp:ex:chr</c>, a misspelling) → RED, failing closed as for unknown STIX markings.</item>
/// </list>
/// Going out (feeds), a level becomes the distribution that keeps it as narrow: AMBER+STRICT and RED → 0, AMBER → 1,
/// GREEN → 2, CLEAR or none → 3.
/// </summary>
public static class MispAccess
{
    /// <summary>The Cordon level a distribution allows at most (<see cref="HubTlp.None"/>: no restriction).</summary>
    public static string LevelOfDistribution(int? distribution) => distribution switch
    {
        0 => HubTlp.AmberStrict,
        1 => HubTlp.Amber,
        2 => HubTlp.Green,
        4 => HubTlp.AmberStrict,
        _ => HubTlp.None,
    };

    /// <summary>The distribution that keeps a Cordon level as narrow when it goes back to MISP.</summary>
    public static int DistributionOfLevel(string level) => level switch
    {
        HubTlp.Red or HubTlp.AmberStrict => 0,
        HubTlp.Amber => 1,
        HubTlp.Green => 2,
        _ => 3,
    };

    /// <summary>The level of a <c>tlp:</c> tag; null when the tag is not a TLP tag.</summary>
    public static string? LevelOfTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (!tag.StartsWith("tlp:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return tag[4..].Trim().ToLowerInvariant() switch
        {
            "clear" or "white" => HubTlp.Clear,
            "green" => HubTlp.Green,
            "amber" => HubTlp.Amber,
            "amber+strict" => HubTlp.AmberStrict,
            "red" => HubTlp.Red,
            _ => HubTlp.Red,
        };
    }

    /// <summary>The <c>tlp:</c> tag MISP uses for a level (TLP 2.0 names).</summary>
    public static string TagOfLevel(string level) => level switch
    {
        HubTlp.Clear => "tlp:clear",
        HubTlp.Green => "tlp:green",
        HubTlp.Amber => "tlp:amber",
        HubTlp.AmberStrict => "tlp:amber+strict",
        HubTlp.Red => "tlp:red",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "No TLP tag for this level."),
    };

    /// <summary>The most restrictive level of the TLP tags among <paramref name="tags"/> (<see cref="HubTlp.None"/> when none).</summary>
    public static string LevelOfTags(IEnumerable<string> tags) => Strictest(tags.Select(LevelOfTag).OfType<string>());

    /// <summary>The most restrictive of some levels (<see cref="HubTlp.None"/> when there are none).</summary>
    public static string Strictest(IEnumerable<string> levels) =>
        levels.Aggregate(HubTlp.None, (a, b) => HubTlp.Rank(b) > HubTlp.Rank(a) ? b : a);

    /// <summary>The most restrictive of some levels.</summary>
    public static string Strictest(params string[] levels) => Strictest((IEnumerable<string>)levels);
}
