using Cordon.Stix.Markings;
using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>
/// The hub's access reading of markings: the stored TLP level (<see cref="HubTlp"/>) of an object is the most restrictive
/// of its object and granular markings, with the identifiers and their levels taken from Cordon.Stix's
/// <see cref="TlpMarkings"/> (the one TLP vocabulary), and an unknown marking read as TLP:RED.
/// </summary>
public static class HubMarkings
{
    /// <summary>The stored level of a TLP level.</summary>
    public static string StoredLevelOf(TlpLevel level) => level switch
    {
        TlpLevel.Clear => HubTlp.Clear,
        TlpLevel.Green => HubTlp.Green,
        TlpLevel.Amber => HubTlp.Amber,
        TlpLevel.AmberStrict => HubTlp.AmberStrict,
        TlpLevel.Red => HubTlp.Red,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown TLP level."),
    };

    /// <summary>The stored level a marking definition id stands for (its UUID read in any case), or null when it is not a published TLP marking.</summary>
    public static string? LevelOf(string markingId) => TlpMarkings.TryGetLevel(markingId, out var level) ? StoredLevelOf(level) : null;

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
