using Cordon.Stix.Model;
using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>
/// The fixed identifiers of the TLP marking definitions (TLP 1.0 as predefined by STIX 2.1, TLP 2.0 as published by the
/// OASIS CTI TC) and the effective level of an object: the most restrictive of its object and granular markings.
/// </summary>
public static class TlpMarkings
{
    /// <summary>TLP 2.0 CLEAR.</summary>
    public const string Clear = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

    /// <summary>TLP 2.0 GREEN.</summary>
    public const string Green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    /// <summary>TLP 2.0 AMBER.</summary>
    public const string Amber = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

    /// <summary>TLP 2.0 AMBER+STRICT.</summary>
    public const string AmberStrict = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";

    /// <summary>TLP 2.0 RED.</summary>
    public const string Red = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    /// <summary>TLP 1.0 WHITE (STIX 2.1 predefined).</summary>
    public const string White10 = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";

    /// <summary>TLP 1.0 GREEN (STIX 2.1 predefined).</summary>
    public const string Green10 = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

    /// <summary>TLP 1.0 AMBER (STIX 2.1 predefined).</summary>
    public const string Amber10 = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";

    /// <summary>TLP 1.0 RED (STIX 2.1 predefined).</summary>
    public const string Red10 = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    private static readonly Dictionary<string, string> Levels = new(StringComparer.Ordinal)
    {
        [Clear] = HubTlp.Clear,
        [White10] = HubTlp.Clear,
        [Green] = HubTlp.Green,
        [Green10] = HubTlp.Green,
        [Amber] = HubTlp.Amber,
        [Amber10] = HubTlp.Amber,
        [AmberStrict] = HubTlp.AmberStrict,
        [Red] = HubTlp.Red,
        [Red10] = HubTlp.Red,
    };

    /// <summary>The marking definition id of a level (TLP 2.0 identifiers).</summary>
    public static string IdOf(string level) => level switch
    {
        HubTlp.Clear => Clear,
        HubTlp.Green => Green,
        HubTlp.Amber => Amber,
        HubTlp.AmberStrict => AmberStrict,
        HubTlp.Red => Red,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "No marking definition for this level."),
    };

    /// <summary>The level a marking definition id stands for (its UUID read in any case), or null when it is not a TLP marking.</summary>
    public static string? LevelOf(string markingId) => Levels.GetValueOrDefault(StixIdCase.Normalize(markingId));

    /// <summary>
    /// The most restrictive TLP level among <paramref name="markingIds"/>; <see cref="HubTlp.None"/> when there are none.
    /// A marking that is not one of the published TLP definitions (a statement, another organisation's own definition,
    /// something unreadable) counts as <see cref="HubTlp.Red"/>: the hub cannot tell what it allows, so only the owner reads
    /// the object. Failing closed is the point: a marking the hub misreads must never make an object public.
    /// </summary>
    public static string Effective(IEnumerable<string> markingIds)
    {
        ArgumentNullException.ThrowIfNull(markingIds);
        var level = HubTlp.None;
        foreach (var id in markingIds)
        {
            var found = LevelOf(id) ?? HubTlp.Red;
            if (HubTlp.Rank(found) > HubTlp.Rank(level))
            {
                level = found;
            }
        }

        return level;
    }

    /// <summary>Whether one of <paramref name="markingIds"/> is a published TLP:RED definition (not merely an unknown marking).</summary>
    public static bool HasRed(IEnumerable<string> markingIds) => markingIds.Any(id => LevelOf(id) == HubTlp.Red);
}
