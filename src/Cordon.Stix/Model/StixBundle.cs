using System.Text.Json.Nodes;

namespace Cordon.Stix.Model;

/// <summary>
/// A STIX bundle (STIX 2.1 section 8): an envelope of objects. Parsing checks only the envelope shape needed to read
/// it; <see cref="Validation.StixValidator.ValidateBundle"/> checks every rule.
/// </summary>
public sealed class StixBundle
{
    private StixBundle(JsonObject json, IReadOnlyList<StixObject> objects)
    {
        Json = json;
        Objects = objects;
    }

    /// <summary>The bundle's JSON (the objects inside are the same nodes as <see cref="Objects"/>).</summary>
    public JsonObject Json { get; }

    /// <summary>The bundle id (<c>bundle--UUID</c>), empty when missing.</summary>
    public string Id => Json["id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;

    /// <summary>The objects, in bundle order.</summary>
    public IReadOnlyList<StixObject> Objects { get; }

    /// <summary>Creates a bundle with a new random id around <paramref name="objects"/>.</summary>
    public static StixBundle Create(IEnumerable<StixObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var list = objects.ToList();
        var array = new JsonArray(list.Select(o => (JsonNode)o.Json.DeepClone()).ToArray());
        var json = new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = "bundle--" + Guid.NewGuid().ToString("D"),
            ["objects"] = array,
        };
        return new StixBundle(json, array.Select(n => StixObject.FromJson((JsonObject)n!)).ToArray());
    }

    /// <summary>Parses a bundle from JSON text.</summary>
    /// <exception cref="StixFormatException">Malformed JSON, over the limits, not a bundle envelope.</exception>
    public static StixBundle Parse(string json, StixReadLimits? limits = null) => FromJson(StixJson.ParseObject(json, limits), limits);

    /// <summary>Parses a bundle from UTF-8 JSON.</summary>
    /// <exception cref="StixFormatException">Malformed JSON, over the limits, not a bundle envelope.</exception>
    public static StixBundle Parse(ReadOnlySpan<byte> utf8, StixReadLimits? limits = null) => FromJson(StixJson.ParseObject(utf8, limits), limits);

    /// <summary>Reads a bundle from a stream (at most <see cref="StixReadLimits.MaxBytes"/>).</summary>
    /// <exception cref="StixFormatException">Malformed JSON, over the limits, not a bundle envelope.</exception>
    public static async Task<StixBundle> ParseAsync(Stream stream, StixReadLimits? limits = null, CancellationToken cancellationToken = default) =>
        FromJson(await StixJson.ParseObjectAsync(stream, limits, cancellationToken).ConfigureAwait(false), limits);

    /// <summary>Wraps a parsed bundle JSON object.</summary>
    /// <exception cref="StixFormatException">Not a bundle envelope, or more objects than allowed.</exception>
    public static StixBundle FromJson(JsonObject json, StixReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= StixReadLimits.Default;
        if (json["type"] is not JsonValue t || !t.TryGetValue<string>(out var type) || type != "bundle")
        {
            throw new StixFormatException("expected a bundle: property 'type' must be \"bundle\"", "$.type");
        }

        var objects = new List<StixObject>();
        switch (json["objects"])
        {
            case null:
                break;
            case JsonArray array:
                if (array.Count > limits.MaxObjects)
                {
                    throw new StixFormatException($"bundle has {array.Count:N0} objects, more than the limit of {limits.MaxObjects:N0}", "$.objects");
                }

                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is not JsonObject o)
                    {
                        throw new StixFormatException($"bundle entry {i} is {StixJson.Describe(array[i])}, not an object", $"$.objects[{i}]");
                    }

                    objects.Add(StixObject.FromJson(o));
                }

                break;
            default:
                throw new StixFormatException("property 'objects' of a bundle must be a list", "$.objects");
        }

        return new StixBundle(json, objects);
    }

    /// <summary>Serialises the bundle, keeping every object and property in order.</summary>
    public string ToJsonString(bool indented = false) => StixJson.Serialize(Json, indented);
}
