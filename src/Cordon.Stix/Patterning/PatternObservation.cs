using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Patterning;

/// <summary>
/// One observation a pattern is tested against: the cyber-observable objects seen together (as in one observed-data
/// object, or one applicant record) and when. Reference properties (<c>*_ref</c>, <c>*_refs</c>) in object paths are
/// followed to other objects of the same observation by id.
/// </summary>
public sealed class PatternObservation
{
    private Dictionary<string, JsonObject>? byId;

    /// <summary>Creates an observation.</summary>
    /// <param name="objects">The SCOs seen (JSON objects with at least <c>type</c>).</param>
    /// <param name="firstObserved">When first seen; null when unknown (then START/STOP qualifiers never match it).</param>
    /// <param name="lastObserved">When last seen; defaults to <paramref name="firstObserved"/>.</param>
    /// <param name="numberObserved">How many times it was seen.</param>
    public PatternObservation(IReadOnlyList<JsonObject> objects, DateTimeOffset? firstObserved = null, DateTimeOffset? lastObserved = null, int numberObserved = 1)
    {
        ArgumentNullException.ThrowIfNull(objects);
        Objects = objects;
        FirstObserved = firstObserved;
        LastObserved = lastObserved ?? firstObserved;
        NumberObserved = numberObserved;
        Types = new string[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            Types[i] = objects[i]["type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : string.Empty;
        }
    }

    /// <summary>The objects seen.</summary>
    public IReadOnlyList<JsonObject> Objects { get; }

    /// <summary>When first seen, if known.</summary>
    public DateTimeOffset? FirstObserved { get; }

    /// <summary>When last seen, if known.</summary>
    public DateTimeOffset? LastObserved { get; }

    /// <summary>How many times the objects were seen.</summary>
    public int NumberObserved { get; }

    internal string[] Types { get; }

    /// <summary>An observation of typed STIX objects.</summary>
    public static PatternObservation Of(IEnumerable<StixObject> objects, DateTimeOffset? firstObserved = null, DateTimeOffset? lastObserved = null) =>
        new((objects ?? throw new ArgumentNullException(nameof(objects))).Select(o => o.Json).ToArray(), firstObserved, lastObserved);

    /// <summary>
    /// The observation an observed-data object describes: its <c>object_refs</c> resolved through
    /// <paramref name="resolve"/>, or its deprecated embedded <c>objects</c> dictionary, with its observation times.
    /// </summary>
    public static PatternObservation FromObservedData(StixObservedData observedData, Func<string, StixObject?> resolve)
    {
        ArgumentNullException.ThrowIfNull(observedData);
        ArgumentNullException.ThrowIfNull(resolve);
        var objects = new List<JsonObject>();
        if (observedData.Json["objects"] is JsonObject embedded)
        {
            foreach (var (key, value) in embedded)
            {
                if (value is JsonObject o)
                {
                    // STIX 2.0 style: references are the dictionary keys, so give each object its key as id.
                    var copy = (JsonObject)o.DeepClone();
                    copy["id"] ??= key;
                    objects.Add(copy);
                }
            }
        }
        else
        {
            foreach (var id in observedData.ObjectRefs)
            {
                if (resolve(id) is { } o)
                {
                    objects.Add(o.Json);
                }
            }
        }

        return new PatternObservation(objects, observedData.FirstObserved?.Value, observedData.LastObserved?.Value, observedData.NumberObserved ?? 1);
    }

    internal JsonObject? Resolve(string id)
    {
        if (byId is null)
        {
            byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var o in Objects)
            {
                if (o["id"] is JsonValue v && v.TryGetValue<string>(out var s))
                {
                    byId.TryAdd(s, o);
                }
            }
        }

        return byId.GetValueOrDefault(id);
    }
}
