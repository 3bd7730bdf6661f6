using System.Text.Json.Nodes;

namespace Cordon.Stix.Model;

/// <summary>An external reference (STIX 2.1 section 2.5).</summary>
/// <param name="SourceName">The <c>source_name</c> (required).</param>
/// <param name="Description">The <c>description</c>.</param>
/// <param name="Url">The <c>url</c>.</param>
/// <param name="ExternalId">The <c>external_id</c>.</param>
/// <param name="Hashes">The <c>hashes</c> dictionary (algorithm → value).</param>
public sealed record ExternalReference(string? SourceName, string? Description, string? Url, string? ExternalId, IReadOnlyDictionary<string, string> Hashes)
{
    /// <summary>Reads an external reference from its JSON object (missing or non-string values become null).</summary>
    public static ExternalReference FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        static string? S(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var hashes = json["hashes"] is JsonObject h
            ? h.Where(p => S(p.Value) is not null).ToDictionary(p => p.Key, p => S(p.Value)!, StringComparer.Ordinal)
            : new Dictionary<string, string>();
        return new ExternalReference(S(json["source_name"]), S(json["description"]), S(json["url"]), S(json["external_id"]), hashes);
    }
}
