using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Markings;

/// <summary>
/// The Traffic Light Protocol marking definitions with their published fixed identifiers: TLP 2.0 through the OASIS
/// TLP 2.0 extension (<see cref="Tlp2ExtensionId"/>), and TLP 1.0 as predefined by STIX 2.1 section 7.2.1.4, which is
/// still recognised on input. Objects built here are the published objects, shipped as embedded JSON.
/// </summary>
public static class TlpMarkings
{
    /// <summary>The OASIS TLP 2.0 extension-definition identifier.</summary>
    public const string Tlp2ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    /// <summary>TLP 2.0 CLEAR.</summary>
    public const string ClearId = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

    /// <summary>TLP 2.0 GREEN.</summary>
    public const string GreenId = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    /// <summary>TLP 2.0 AMBER.</summary>
    public const string AmberId = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

    /// <summary>TLP 2.0 AMBER+STRICT.</summary>
    public const string AmberStrictId = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";

    /// <summary>TLP 2.0 RED.</summary>
    public const string RedId = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    /// <summary>TLP 1.0 WHITE (STIX 2.1 predefined).</summary>
    public const string Tlp1WhiteId = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";

    /// <summary>TLP 1.0 GREEN (STIX 2.1 predefined).</summary>
    public const string Tlp1GreenId = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

    /// <summary>TLP 1.0 AMBER (STIX 2.1 predefined).</summary>
    public const string Tlp1AmberId = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";

    /// <summary>TLP 1.0 RED (STIX 2.1 predefined).</summary>
    public const string Tlp1RedId = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    private static readonly FrozenDictionary<string, TlpLevel> LevelsById = new Dictionary<string, TlpLevel>
    {
        [ClearId] = TlpLevel.Clear,
        [GreenId] = TlpLevel.Green,
        [AmberId] = TlpLevel.Amber,
        [AmberStrictId] = TlpLevel.AmberStrict,
        [RedId] = TlpLevel.Red,
        [Tlp1WhiteId] = TlpLevel.Clear,
        [Tlp1GreenId] = TlpLevel.Green,
        [Tlp1AmberId] = TlpLevel.Amber,
        [Tlp1RedId] = TlpLevel.Red,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<StixBundle> Published = new(() => EmbeddedBundles.Load("Cordon.Stix.Markings.tlp.json"));

    /// <summary>The published TLP 2.0 extension-definition object.</summary>
    public static StixExtensionDefinition Tlp2Extension =>
        (StixExtensionDefinition)StixObject.FromJson((JsonObject)Published.Value.Objects.First(o => o.Id == Tlp2ExtensionId).Json.DeepClone());

    /// <summary>Every published TLP marking-definition (TLP 2.0 then TLP 1.0).</summary>
    public static IReadOnlyList<StixMarkingDefinition> All =>
        Published.Value.Objects.OfType<StixMarkingDefinition>().Select(m => (StixMarkingDefinition)StixObject.FromJson((JsonObject)m.Json.DeepClone())).ToArray();

    /// <summary>The TLP 2.0 marking-definition identifier of a level.</summary>
    public static string IdOf(TlpLevel level) => level switch
    {
        TlpLevel.Clear => ClearId,
        TlpLevel.Green => GreenId,
        TlpLevel.Amber => AmberId,
        TlpLevel.AmberStrict => AmberStrictId,
        TlpLevel.Red => RedId,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown TLP level"),
    };

    /// <summary>The published TLP 2.0 marking-definition object of a level.</summary>
    public static StixMarkingDefinition DefinitionOf(TlpLevel level)
    {
        var id = IdOf(level);
        return All.First(m => m.Id == id);
    }

    /// <summary>The TLP name of a level, e.g. <c>TLP:AMBER+STRICT</c>.</summary>
    public static string NameOf(TlpLevel level) => level switch
    {
        TlpLevel.AmberStrict => "TLP:AMBER+STRICT",
        _ => "TLP:" + level.ToString().ToUpperInvariant(),
    };

    /// <summary>The TLP level a published TLP 1.0 or 2.0 marking-definition identifier stands for (its UUID read in any case).</summary>
    public static bool TryGetLevel(string markingDefinitionId, out TlpLevel level) =>
        LevelsById.TryGetValue(StixIdCase.Normalize(markingDefinitionId ?? string.Empty), out level);

    /// <summary>
    /// The TLP level a marking-definition object expresses: by its published identifier, or — for a marking defined
    /// under another identifier — through the TLP 2.0 extension (<c>tlp_2_0</c>) or a TLP 1.0 style <c>definition</c>.
    /// </summary>
    public static TlpLevel? LevelOf(StixMarkingDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (TryGetLevel(definition.Id, out var level))
        {
            return level;
        }

        var text = definition.Json["extensions"]?[Tlp2ExtensionId]?["tlp_2_0"] is JsonValue v && v.TryGetValue<string>(out var s) ? s
            : definition.DefinitionType == "tlp" && definition.Definition?["tlp"] is JsonValue d && d.TryGetValue<string>(out var t) ? t
            : null;
        return text?.ToLowerInvariant() switch
        {
            "clear" or "white" => TlpLevel.Clear,
            "green" => TlpLevel.Green,
            "amber" => TlpLevel.Amber,
            "amber+strict" => TlpLevel.AmberStrict,
            "red" => TlpLevel.Red,
            _ => null,
        };
    }

    /// <summary>
    /// The effective TLP of an object: the most restrictive TLP among its object-level markings
    /// (<c>object_marking_refs</c>), or null when it carries none. Granular markings restrict single properties, not
    /// the object, and are ignored here. <paramref name="resolve"/> (optional) looks up marking definitions published
    /// under other identifiers.
    /// </summary>
    public static TlpLevel? EffectiveLevel(StixObject stixObject, Func<string, StixMarkingDefinition?>? resolve = null)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        TlpLevel? result = null;
        foreach (var reference in stixObject.ObjectMarkingRefs)
        {
            TlpLevel? level = TryGetLevel(reference, out var known) ? known
                : resolve?.Invoke(reference) is { } definition ? LevelOf(definition)
                : null;
            if (level is { } l && (result is null || l > result))
            {
                result = l;
            }
        }

        return result;
    }

    /// <summary>
    /// The most restrictive TLP applying to any part of the object: object-level markings and granular markings.
    /// Use it to decide whether the whole object may leave its owner without redaction.
    /// </summary>
    public static TlpLevel? MostRestrictiveLevel(StixObject stixObject, Func<string, StixMarkingDefinition?>? resolve = null)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        var result = EffectiveLevel(stixObject, resolve);
        foreach (var granular in stixObject.GranularMarkings)
        {
            if (granular.MarkingRef is not { } reference)
            {
                continue;
            }

            TlpLevel? level = TryGetLevel(reference, out var known) ? known
                : resolve?.Invoke(reference) is { } definition ? LevelOf(definition)
                : null;
            if (level is { } l && (result is null || l > result))
            {
                result = l;
            }
        }

        return result;
    }
}
