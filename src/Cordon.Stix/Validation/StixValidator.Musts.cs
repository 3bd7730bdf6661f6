using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Stix.Model;

namespace Cordon.Stix.Validation;

/// <summary>
/// MUST rules of STIX 2.1 that the OASIS validator's test suite checks and that the rest of the validator did not (issue 18):
/// each reads the object's JSON and reports with the rule code of its family.
/// </summary>
public static partial class StixValidator
{
    private static readonly string[] ReservedPropertyNames = ["severity", "action"];

    private static void CheckFurtherMusts(JsonObject json, string path, string type, Context context)
    {
        // Section 3.1: reserved property names.
        foreach (var reserved in ReservedPropertyNames)
        {
            if (json.ContainsKey(reserved))
            {
                context.Add($"{path}.{reserved}", StixRules.CustomPropertyName, $"'{reserved}' is a reserved property name and must not be used");
            }
        }

        // Section 2.9: a bundle is not an object; nothing may reference one.
        foreach (var (name, value) in json)
        {
            var ids = name.EndsWith("_ref", StringComparison.Ordinal) ? [value] : name.EndsWith("_refs", StringComparison.Ordinal) && value is JsonArray list ? list.ToArray() : [];
            if (ids.Any(v => IsString(v) && v!.GetValue<string>().StartsWith("bundle--", StringComparison.Ordinal)))
            {
                context.Add($"{path}.{name}", StixRules.Reference, $"'{name}' must not reference a bundle (a bundle is not a STIX object)");
            }
        }

        switch (type)
        {
            case "relationship" when json["relationship_type"] is JsonValue relationshipType && relationshipType.GetValueKind() == JsonValueKind.String
                && !RelationshipType().IsMatch(relationshipType.GetValue<string>()):
                context.Add($"{path}.relationship_type", StixRules.ValueFormat, $"'relationship_type' must be 3 to 250 lower-case ASCII letters, digits and hyphens, found '{relationshipType.GetValue<string>()}'");
                break;
            case "marking-definition":
                if (json["definition_type"] is JsonValue definitionType && definitionType.GetValueKind() == JsonValueKind.String && definitionType.GetValue<string>() == "tlp"
                    && json["definition"] is JsonObject definition && definition["tlp"] is { } tlp && !IsString(tlp))
                {
                    context.Add($"{path}.definition.tlp", StixRules.Marking, $"a TLP marking definition's 'tlp' must be a string, found {Text(tlp)}");
                }

                var selfId = json["id"] is JsonValue idValue && idValue.GetValueKind() == JsonValueKind.String ? idValue.GetValue<string>() : null;
                var markedBy = (json["object_marking_refs"] as JsonArray ?? []).Select(v => IsString(v) ? v!.GetValue<string>() : null)
                    .Concat((json["granular_markings"] as JsonArray ?? []).Select(g => g is JsonObject granular && granular["marking_ref"] is JsonValue r && IsString(r) ? r.GetValue<string>() : null));
                if (selfId is not null && markedBy.Contains(selfId, StringComparer.OrdinalIgnoreCase))
                {
                    context.Add(path, StixRules.Marking, "a marking-definition must not mark itself (circular marking reference)");
                }

                break;
            case "extension-definition" when json.ContainsKey("extension_properties")
                && !(json["extension_types"] as JsonArray ?? []).Any(t => IsString(t) && t!.GetValue<string>() == "toplevel-property-extension"):
                context.Add($"{path}.extension_properties", StixRules.Extension, "'extension_properties' may only be given when 'extension_types' includes 'toplevel-property-extension'");
                break;
            case "observed-data" when json["objects"] is { } objects and not JsonObject:
                context.Add($"{path}.objects", StixRules.PropertyType, $"observed-data 'objects' must be a dictionary of cyber-observable objects, found {Text(objects)}");
                break;
            case "url" when json["value"] is JsonValue url && url.GetValueKind() == JsonValueKind.String
                && !(Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out var parsed) && parsed.Scheme.Length > 0 && !url.GetValue<string>().Any(char.IsWhiteSpace)):
                context.Add($"{path}.value", StixRules.ValueFormat, $"'{url.GetValue<string>()}' is not a URL (RFC 3986, absolute)");
                break;
            case "software" when json["cpe"] is JsonValue cpe && cpe.GetValueKind() == JsonValueKind.String && !Cpe23().IsMatch(cpe.GetValue<string>()):
                context.Add($"{path}.cpe", StixRules.ValueFormat, $"'cpe' must be a CPE 2.3 formatted string (cpe:2.3:part:vendor:product:…, 13 parts), found '{cpe.GetValue<string>()}'");
                break;
            case "artifact":
                CheckArtifact(json, path, context);
                break;
            case "network-traffic":
                CheckNetworkTraffic(json, path, context);
                break;
        }

        if (json["external_references"] is JsonArray references)
        {
            for (var i = 0; i < references.Count; i++)
            {
                if (references[i] is not JsonObject reference || reference["source_name"] is not JsonValue source || !IsString(source))
                {
                    continue;
                }

                var externalId = reference["external_id"] is JsonValue e && IsString(e) ? e.GetValue<string>() : null;
                var (format, shape) = source.GetValue<string>() switch
                {
                    "capec" => ((Regex?)Capec(), "CAPEC-<number>"),
                    "cve" => (Cve(), "CVE-<year>-<number of 4 or more digits>"),
                    _ => (null, null),
                };
                if (format is not null && (externalId is null || !format.IsMatch(externalId)))
                {
                    context.Add($"{path}.external_references[{i}].external_id", StixRules.ExternalReference, $"a '{source.GetValue<string>()}' reference needs an 'external_id' of the form {shape}, found '{externalId}'");
                }
            }
        }
    }

    private static void CheckArtifact(JsonObject json, string path, Context context)
    {
        var hasPayload = json.ContainsKey("payload_bin");
        if (hasPayload == json.ContainsKey("url"))
        {
            context.Add(path, StixRules.Required, "an artifact must have exactly one of 'payload_bin' and 'url'");
        }

        if (json["payload_bin"] is JsonValue payload && IsString(payload))
        {
            var text = payload.GetValue<string>();
            if (!Convert.TryFromBase64String(text, new byte[text.Length], out _))
            {
                context.Add($"{path}.payload_bin", StixRules.ValueFormat, "'payload_bin' must be base64");
            }
        }

        if (json.ContainsKey("url") && !json.ContainsKey("hashes"))
        {
            context.Add(path, StixRules.Required, "an artifact with 'url' must have 'hashes'");
        }

        if (json.ContainsKey("decryption_key") && !json.ContainsKey("encryption_algorithm"))
        {
            context.Add($"{path}.decryption_key", StixRules.Required, "'decryption_key' needs 'encryption_algorithm'");
        }
    }

    private static void CheckNetworkTraffic(JsonObject json, string path, Context context)
    {
        if (!json.ContainsKey("src_ref") && !json.ContainsKey("dst_ref"))
        {
            context.Add(path, StixRules.Required, "network-traffic must have at least one of 'src_ref' and 'dst_ref'");
        }

        if (json["protocols"] is not JsonArray { Count: > 0 })
        {
            context.Add($"{path}.protocols", StixRules.Required, "network-traffic must have a non-empty 'protocols' list");
        }

        var isActive = json["is_active"] is JsonValue active && active.GetValueKind() == JsonValueKind.True;
        if (isActive && json.ContainsKey("end"))
        {
            context.Add($"{path}.end", StixRules.TimeOrder, "'end' must not be given while 'is_active' is true");
        }

        StixTimestamp? start = json["start"] is JsonValue s && IsString(s) && StixTimestamp.TryParse(s.GetValue<string>(), out var st, out _) ? st : null;
        StixTimestamp? end = json["end"] is JsonValue e && IsString(e) && StixTimestamp.TryParse(e.GetValue<string>(), out var et, out _) ? et : null;
        foreach (var (name, value) in new[] { ("start", json["start"]), ("end", json["end"]) })
        {
            if (value is not null && (!IsString(value) || !StixTimestamp.TryParse(value.GetValue<string>(), out _, out _)))
            {
                context.Add($"{path}.{name}", StixRules.Timestamp, $"'{name}' must be a timestamp");
            }
        }

        CheckOrder(start, end, path, "start", "end", context, allowEqual: true);
        foreach (var port in new[] { "src_port", "dst_port" })
        {
            if (json[port] is JsonValue p && p.GetValueKind() == JsonValueKind.Number && (!p.TryGetValue<long>(out var n) || n < 0 || n > 65535))
            {
                context.Add($"{path}.{port}", StixRules.Range, $"'{port}' must be an integer from 0 to 65535, found {p.ToJsonString()}");
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9-]{3,250}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipType();

    [GeneratedRegex(@"^cpe:2\.3:[aho*-](:(((\?*|\*?)([a-zA-Z0-9\-._]|(\\[\\*?!""#$%&'()+,/:;<=>@\[\]\^`{|}~]))+(\?*|\*?))|[*-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[*-]))(:(((\?*|\*?)([a-zA-Z0-9\-._]|(\\[\\*?!""#$%&'()+,/:;<=>@\[\]\^`{|}~]))+(\?*|\*?))|[*-])){4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Cpe23();

    [GeneratedRegex(@"^CAPEC-[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Capec();

    [GeneratedRegex(@"^CVE-[0-9]{4}-[0-9]{4,}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Cve();
}
