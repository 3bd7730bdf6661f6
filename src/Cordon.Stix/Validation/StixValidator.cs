using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Stix.Extensions;
using Cordon.Stix.Model;
using Cordon.Stix.Patterning;

namespace Cordon.Stix.Validation;

/// <summary>
/// Checks STIX 2.1 objects and bundles against the specification's MUST rules (identifiers, timestamps, required
/// properties, property kinds, references, markings, custom names, extensions, patterns) and the rules of Cordon's
/// extension observables. Every broken rule is reported, with its JSON path and rule code, not just the first.
/// Stateless and thread-safe.
/// </summary>
public static partial class StixValidator
{
    private enum Kind
    {
        String,
        Strings,
        Integer,
        Boolean,
        Timestamp,
        Dictionary,
        Objects,
    }

    private static readonly Dictionary<string, Kind> PropertyKinds = BuildKinds();

    private static readonly Dictionary<string, string[]> RequiredByType = new(StringComparer.Ordinal)
    {
        ["indicator"] = ["pattern", "pattern_type", "valid_from"],
        ["identity"] = ["name"],
        ["threat-actor"] = ["name"],
        ["intrusion-set"] = ["name"],
        ["campaign"] = ["name"],
        ["attack-pattern"] = ["name"],
        ["course-of-action"] = ["name"],
        ["grouping"] = ["context", "object_refs"],
        ["infrastructure"] = ["name"],
        ["location"] = [],
        ["malware"] = ["is_family"],
        ["malware-analysis"] = ["product"],
        ["tool"] = ["name"],
        ["vulnerability"] = ["name"],
        ["incident"] = ["name"],
        ["opinion"] = ["opinion", "object_refs"],
        ["sighting"] = ["sighting_of_ref"],
        ["relationship"] = ["relationship_type", "source_ref", "target_ref"],
        ["note"] = ["content", "object_refs"],
        ["report"] = ["name", "published", "object_refs"],
        ["observed-data"] = ["first_observed", "last_observed", "number_observed"],
        ["marking-definition"] = [],
        ["extension-definition"] = ["created_by_ref", "name", "schema", "version", "extension_types"],
        ["language-content"] = ["object_ref", "contents"],
        ["email-addr"] = ["value"],
        ["domain-name"] = ["value"],
        ["ipv4-addr"] = ["value"],
        ["ipv6-addr"] = ["value"],
        ["mac-addr"] = ["value"],
        ["url"] = ["value"],
        ["autonomous-system"] = ["number"],
        ["directory"] = ["path"],
        ["mutex"] = ["name"],
        ["software"] = ["name"],
        ["windows-registry-key"] = [],
        ["email-message"] = ["is_multipart"],
        [CordonObservableTypes.CryptocurrencyWallet] = ["value"],
        [CordonObservableTypes.PhoneNumber] = ["value"],
        [CordonObservableTypes.KeyedIdentifier] = ["identifier_kind", "hmac_sha256", "key_id"],
    };

    private static readonly HashSet<string> ExtensionTypes = new(StringComparer.Ordinal)
    {
        "new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension",
    };

    private static readonly HashSet<string> KeyedIdentifierKinds = new(StringComparer.Ordinal)
    {
        "email", "phone", "account-number", "document-number",
    };

    /// <summary>Validates one object. <paramref name="path"/> prefixes every error path.</summary>
    public static IReadOnlyList<StixValidationError> Validate(StixObject stixObject, string path = "$", StixValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        var context = new Context(options ?? StixValidationOptions.Default);
        ValidateObject(stixObject, path, context);
        return context.Errors;
    }

    /// <summary>Validates a bundle envelope and every object in it.</summary>
    public static IReadOnlyList<StixValidationError> ValidateBundle(StixBundle bundle, StixValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var context = new Context(options ?? StixValidationOptions.Default);
        var json = bundle.Json;
        if (json["id"] is not JsonValue idValue || idValue.GetValueKind() != JsonValueKind.String)
        {
            context.Add("$.id", StixRules.Bundle, "a bundle must have an 'id' of the form bundle--UUID");
        }
        else if (!StixIdentifier.TryParse(idValue.GetValue<string>(), out var id, out var problem))
        {
            context.Add("$.id", StixRules.Bundle, $"bundle id is invalid: {problem}");
        }
        else if (id.Type != "bundle")
        {
            context.Add("$.id", StixRules.Bundle, $"bundle id must start with 'bundle--', found '{id}'");
        }

        if (json["objects"] is JsonArray { Count: 0 })
        {
            context.Add("$.objects", StixRules.EmptyList, "'objects' must not be an empty list (omit it instead)");
        }

        for (var i = 0; i < bundle.Objects.Count && !context.Full; i++)
        {
            ValidateObject(bundle.Objects[i], $"$.objects[{i}]", context);
        }

        return context.Errors;
    }

    /// <summary>
    /// Reads and validates a bundle from UTF-8 JSON in one step: malformed or oversized input yields a single
    /// <see cref="StixRules.Json"/> or <see cref="StixRules.Bundle"/> error instead of an exception.
    /// </summary>
    public static IReadOnlyList<StixValidationError> ValidateBundleJson(ReadOnlySpan<byte> utf8, StixValidationOptions? options = null)
    {
        options ??= StixValidationOptions.Default;
        StixBundle bundle;
        try
        {
            bundle = StixBundle.Parse(utf8, options.ReadLimits);
        }
        catch (StixFormatException e)
        {
            return [new StixValidationError(e.Path, e.Path == "$" ? StixRules.Json : StixRules.Bundle, e.Message)];
        }

        return ValidateBundle(bundle, options);
    }

    private static void ValidateObject(StixObject stixObject, string path, Context context)
    {
        var json = stixObject.Json;
        foreach (var (name, value) in json)
        {
            if (value is null)
            {
                context.Add($"{path}.{name}", StixRules.NullValue, $"property '{name}' is null; omit it instead");
            }
        }

        // type
        var type = stixObject.GetString("type");
        if (type is null)
        {
            context.Add($"{path}.type", StixRules.Type, json.ContainsKey("type") ? "'type' must be a string" : "'type' is required");
            return;
        }

        if (!StixTypeName.IsValid(type, out var typeProblem))
        {
            context.Add($"{path}.type", StixRules.Type, typeProblem);
        }

        var category = StixTypes.CategoryOf(type);
        var isObservable = category == StixObjectCategory.CyberObservable || (category == StixObjectCategory.Unknown && DeclaresNewSco(json));

        // id
        var id = stixObject.GetString("id");
        if (id is null)
        {
            context.Add($"{path}.id", json.ContainsKey("id") ? StixRules.PropertyType : StixRules.Required, json.ContainsKey("id") ? "'id' must be a string" : "'id' is required");
        }
        else if (!StixIdentifier.TryParse(id, out var identifier, out var idProblem))
        {
            context.Add($"{path}.id", StixRules.Identifier, idProblem);
        }
        else if (identifier.Type != type)
        {
            context.Add($"{path}.id", StixRules.Identifier, $"identifier type '{identifier.Type}' must equal the object type '{type}'");
        }

        // spec_version
        if (json["spec_version"] is { } specVersion)
        {
            if (specVersion is not JsonValue sv || sv.GetValueKind() != JsonValueKind.String || sv.GetValue<string>() != "2.1")
            {
                context.Add($"{path}.spec_version", StixRules.SpecVersion, $"'spec_version' must be \"2.1\", found {Text(specVersion)}");
            }
        }
        else if (!isObservable)
        {
            context.Add($"{path}.spec_version", StixRules.SpecVersion, $"'spec_version' is required on {type} objects");
        }

        // required properties
        if (!isObservable)
        {
            Require(json, path, "created", context, type);
            if (category != StixObjectCategory.MetaObject || type is "extension-definition" or "language-content")
            {
                Require(json, path, "modified", context, type);
            }
        }

        if (RequiredByType.TryGetValue(type, out var required))
        {
            foreach (var property in required)
            {
                Require(json, path, property, context, type);
            }
        }

        // property kinds, timestamps, lists
        foreach (var (name, value) in json)
        {
            if (value is not null && PropertyKinds.TryGetValue(name, out var kind))
            {
                CheckKind(value, kind, $"{path}.{name}", name, context);
            }
        }

        CheckTimestampPrecision(stixObject, path, "created", context);
        CheckTimestampPrecision(stixObject, path, "modified", context);

        if (stixObject.Created is { } created && stixObject.Modified is { } modified && modified < created)
        {
            context.Add($"{path}.modified", StixRules.ModifiedBeforeCreated, $"'modified' ({json["modified"]}) must not be earlier than 'created' ({json["created"]})");
        }

        if (json["confidence"] is JsonValue confidence && confidence.GetValueKind() == JsonValueKind.Number
            && (!TryInteger(confidence, out var c) || c < 0 || c > 100))
        {
            context.Add($"{path}.confidence", StixRules.Confidence, $"'confidence' must be an integer from 0 to 100, found {confidence.ToJsonString()}");
        }

        CheckReferences(json, path, type, context);
        CheckMarkings(json, path, context);
        CheckExternalReferences(json, path, context);
        CheckExtensions(json, path, type, category, context);
        CheckCustomPropertyNames(stixObject, path, context);
        CheckTypeSpecific(stixObject, path, type, context);
        CheckFurtherMusts(stixObject.Json, path, type, context);
        CheckObservableMusts(stixObject.Json, path, type, context);
    }

    private static bool DeclaresNewSco(JsonObject json) =>
        json["extensions"] is JsonObject extensions
        && extensions.Any(e => e.Value is JsonObject o && o["extension_type"] is JsonValue v && v.TryGetValue<string>(out var t) && t == "new-sco");

    private static void Require(JsonObject json, string path, string property, Context context, string type)
    {
        if (!json.ContainsKey(property))
        {
            context.Add($"{path}.{property}", StixRules.Required, $"'{property}' is required on {type} objects");
        }
    }

    private static void CheckKind(JsonNode value, Kind kind, string path, string name, Context context)
    {
        switch (kind)
        {
            case Kind.String:
                if (!IsString(value))
                {
                    context.Add(path, StixRules.PropertyType, $"'{name}' must be a string, found {Text(value)}");
                }

                break;
            case Kind.Timestamp:
                if (!IsString(value))
                {
                    context.Add(path, StixRules.PropertyType, $"'{name}' must be a timestamp string, found {Text(value)}");
                }
                else if (!StixTimestamp.TryParse(value.GetValue<string>(), out _, out var problem))
                {
                    context.Add(path, StixRules.Timestamp, $"'{name}': {problem}");
                }

                break;
            case Kind.Integer:
                if (value is not JsonValue n || n.GetValueKind() != JsonValueKind.Number || !TryInteger(n, out _))
                {
                    context.Add(path, StixRules.PropertyType, $"'{name}' must be an integer, found {Text(value)}");
                }

                break;
            case Kind.Boolean:
                if (value is not JsonValue b || b.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    context.Add(path, StixRules.PropertyType, $"'{name}' must be true or false, found {Text(value)}");
                }

                break;
            case Kind.Dictionary:
                if (value is not JsonObject dictionary)
                {
                    context.Add(path, StixRules.PropertyType, $"'{name}' must be a dictionary (JSON object), found {Text(value)}");
                }
                else if (dictionary.Count == 0)
                {
                    context.Add(path, StixRules.EmptyList, $"'{name}' must not be an empty dictionary (omit it instead)");
                }

                break;
            case Kind.Strings:
            case Kind.Objects:
                if (value is not JsonArray list)
                {
                    context.Add(path, StixRules.PropertyType, $"'{name}' must be a list, found {Text(value)}");
                    break;
                }

                if (list.Count == 0)
                {
                    context.Add(path, StixRules.EmptyList, $"'{name}' must not be an empty list (omit it instead)");
                }

                for (var i = 0; i < list.Count; i++)
                {
                    var ok = kind == Kind.Strings ? IsString(list[i]) : list[i] is JsonObject;
                    if (!ok)
                    {
                        context.Add($"{path}[{i}]", StixRules.PropertyType, $"entries of '{name}' must be {(kind == Kind.Strings ? "strings" : "objects")}, found {Text(list[i])}");
                    }
                }

                break;
        }
    }

    private static void CheckTimestampPrecision(StixObject stixObject, string path, string property, Context context)
    {
        if (stixObject.GetTimestamp(property) is { FractionDigits: < 3 } && stixObject.Category != StixObjectCategory.CyberObservable)
        {
            context.Add($"{path}.{property}", StixRules.TimestampPrecision, $"'{property}' must be precise to at least the millisecond (e.g. 2016-05-12T08:17:27.000Z), found '{stixObject.GetString(property)}'");
        }
    }

    private static void CheckReferences(JsonObject json, string path, string type, Context context)
    {
        foreach (var (name, value) in json)
        {
            if (value is null)
            {
                continue;
            }

            if (name.EndsWith("_ref", StringComparison.Ordinal))
            {
                CheckReference(value, $"{path}.{name}", type, name, context);
            }
            else if (name.EndsWith("_refs", StringComparison.Ordinal))
            {
                if (value is not JsonArray list)
                {
                    context.Add($"{path}.{name}", StixRules.Reference, $"'{name}' must be a list of identifiers, found {Text(value)}");
                    continue;
                }

                if (list.Count == 0 && !PropertyKinds.ContainsKey(name))
                {
                    context.Add($"{path}.{name}", StixRules.EmptyList, $"'{name}' must not be an empty list (omit it instead)");
                }

                for (var i = 0; i < list.Count; i++)
                {
                    CheckReference(list[i], $"{path}.{name}[{i}]", type, name, context);
                }
            }
        }
    }

    private static void CheckReference(JsonNode? value, string path, string type, string property, Context context)
    {
        if (!IsString(value))
        {
            context.Add(path, StixRules.Reference, $"'{property}' must hold identifiers (type--UUID), found {Text(value)}");
            return;
        }

        if (!StixIdentifier.TryParse(value!.GetValue<string>(), out var target, out var problem))
        {
            context.Add(path, StixRules.Reference, $"'{property}' must hold identifiers: {problem}");
            return;
        }

        var allowed = StixTypes.AllowedReferenceTargets(type, property);
        if (allowed is not null && !StixTypes.IsAllowedTarget(allowed, target.Type))
        {
            var rule = property == "object_marking_refs" ? StixRules.Marking : StixRules.Reference;
            context.Add(path, rule, $"'{property}' of {type} may only reference {Describe(allowed)}, found '{target}'");
        }
    }

    private static string Describe(IReadOnlyList<string> allowed) => string.Join(" or ", allowed.Select(a => a switch
    {
        "@sdo" => "domain objects",
        "@sco" => "cyber-observable objects",
        "@sdo-sco" => "domain or cyber-observable objects",
        "@sco-sro" => "cyber-observable or relationship objects",
        _ => a,
    }));

    private static void CheckMarkings(JsonObject json, string path, Context context)
    {
        if (json["granular_markings"] is not JsonArray markings)
        {
            return;
        }

        for (var i = 0; i < markings.Count; i++)
        {
            var markingPath = $"{path}.granular_markings[{i}]";
            if (markings[i] is not JsonObject marking)
            {
                continue;
            }

            var hasRef = marking.ContainsKey("marking_ref");
            var hasLang = marking.ContainsKey("lang");
            if (hasRef == hasLang)
            {
                context.Add(markingPath, StixRules.Marking, "a granular marking must have exactly one of 'marking_ref' and 'lang'");
            }

            if (hasRef)
            {
                if (!IsString(marking["marking_ref"]) || !StixIdentifier.TryParse(marking["marking_ref"]!.GetValue<string>(), out var target, out _) || target.Type != "marking-definition")
                {
                    context.Add($"{markingPath}.marking_ref", StixRules.Marking, $"'marking_ref' must be a marking-definition identifier, found {Text(marking["marking_ref"])}");
                }
            }

            if (marking["selectors"] is not JsonArray selectors || selectors.Count == 0)
            {
                context.Add($"{markingPath}.selectors", StixRules.Marking, "'selectors' must be a non-empty list of selectors");
                continue;
            }

            for (var s = 0; s < selectors.Count; s++)
            {
                if (!IsString(selectors[s]))
                {
                    context.Add($"{markingPath}.selectors[{s}]", StixRules.Marking, $"a selector must be a string, found {Text(selectors[s])}");
                    continue;
                }

                var selector = selectors[s]!.GetValue<string>();
                if (SelectorProblem(json, selector) is { } problem)
                {
                    context.Add($"{markingPath}.selectors[{s}]", StixRules.Marking, $"selector '{selector}' {problem}");
                }
            }
        }
    }

    /// <summary>Why a granular-marking selector does not select a property of the object, or null when it does.</summary>
    internal static string? SelectorProblem(JsonObject json, string selector)
    {
        if (string.IsNullOrEmpty(selector))
        {
            return "is empty";
        }

        JsonNode? current = json;
        foreach (var segment in selector.Split('.'))
        {
            if (segment.Length == 0)
            {
                return "has an empty segment";
            }

            if (segment[0] == '[')
            {
                if (segment[^1] != ']' || !int.TryParse(segment.AsSpan(1, segment.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return $"has a malformed list index '{segment}' (expected [N])";
                }

                if (current is not JsonArray array || index >= array.Count)
                {
                    return $"selects list index {index}, which does not exist in the object";
                }

                current = array[index];
            }
            else
            {
                if (current is not JsonObject o || !o.ContainsKey(segment))
                {
                    return $"selects property '{segment}', which does not exist in the object";
                }

                current = o[segment];
            }
        }

        return null;
    }

    private static void CheckExternalReferences(JsonObject json, string path, Context context)
    {
        if (json["external_references"] is not JsonArray references)
        {
            return;
        }

        for (var i = 0; i < references.Count; i++)
        {
            if (references[i] is not JsonObject reference)
            {
                continue;
            }

            var referencePath = $"{path}.external_references[{i}]";
            if (!IsString(reference["source_name"]))
            {
                context.Add($"{referencePath}.source_name", StixRules.ExternalReference, "an external reference must have a 'source_name' string");
            }

            if (!reference.ContainsKey("description") && !reference.ContainsKey("url") && !reference.ContainsKey("external_id"))
            {
                context.Add(referencePath, StixRules.ExternalReference, "an external reference must have at least one of 'description', 'url' and 'external_id'");
            }

            foreach (var property in (string[])["description", "url", "external_id"])
            {
                if (reference[property] is { } v && !IsString(v))
                {
                    context.Add($"{referencePath}.{property}", StixRules.PropertyType, $"'{property}' must be a string, found {Text(v)}");
                }
            }
        }
    }

    private static void CheckExtensions(JsonObject json, string path, string type, StixObjectCategory category, Context context)
    {
        if (json["extensions"] is JsonObject extensions)
        {
            foreach (var (key, value) in extensions)
            {
                var extensionPath = $"{path}.extensions['{key}']";
                if (value is not JsonObject extension)
                {
                    context.Add(extensionPath, StixRules.Extension, $"an extension must be a JSON object, found {Text(value)}");
                    continue;
                }

                if (key.StartsWith("extension-definition--", StringComparison.Ordinal))
                {
                    if (!StixIdentifier.TryParse(key, out _, out var problem))
                    {
                        context.Add(extensionPath, StixRules.Extension, $"extension key is not a valid identifier: {problem}");
                    }
                }
                else if (!StixTypeName.IsValid(key, out var problem))
                {
                    context.Add(extensionPath, StixRules.Extension, $"extension key must be an extension-definition identifier or an extension name: {problem}");
                }

                if (extension["extension_type"] is { } extensionType && (!IsString(extensionType) || !ExtensionTypes.Contains(extensionType.GetValue<string>())))
                {
                    context.Add($"{extensionPath}.extension_type", StixRules.Extension, $"'extension_type' must be one of {string.Join(", ", ExtensionTypes)}, found {Text(extensionType)}");
                }
            }
        }

        // Cordon's observable types are defined by extension definitions, which objects of those types must declare.
        if (CordonExtensions.ExtensionIdFor(type) is { } ownExtension
            && (json["extensions"]?[ownExtension] is not JsonObject declared || declared["extension_type"]?.GetValue<string>() != "new-sco"))
        {
            context.Add($"{path}.extensions", StixRules.Extension, $"a {type} object must declare its extension: extensions['{ownExtension}'] with \"extension_type\": \"new-sco\"");
        }

        if (type == "extension-definition" && json["extension_types"] is JsonArray types)
        {
            for (var i = 0; i < types.Count; i++)
            {
                if (IsString(types[i]) && !ExtensionTypes.Contains(types[i]!.GetValue<string>()))
                {
                    context.Add($"{path}.extension_types[{i}]", StixRules.Extension, $"extension type must be one of {string.Join(", ", ExtensionTypes)}, found {Text(types[i])}");
                }
            }
        }

        _ = category;
    }

    private static void CheckCustomPropertyNames(StixObject stixObject, string path, Context context)
    {
        foreach (var name in stixObject.CustomPropertyNames)
        {
            if (!StixTypeName.IsValidCustomPropertyName(name, out var problem))
            {
                context.Add($"{path}.{name}", StixRules.CustomPropertyName, problem);
            }
        }
    }

    private static void CheckTypeSpecific(StixObject stixObject, string path, string type, Context context)
    {
        var json = stixObject.Json;
        switch (stixObject)
        {
            case StixIndicator indicator:
                if (indicator.ValidFrom is { } from && indicator.ValidUntil is { } until && until <= from)
                {
                    context.Add($"{path}.valid_until", StixRules.ValidUntilAfterValidFrom, $"'valid_until' ({json["valid_until"]}) must be later than 'valid_from' ({json["valid_from"]})");
                }

                if (context.Options.CheckPatterns && indicator.PatternType == "stix" && indicator.Pattern is { } pattern)
                {
                    if (StixPattern.TryParse(pattern, out var error, context.Options.PatternLimits) is { } parsed)
                    {
                        CheckPatternHashes(parsed, path, context);
                    }
                    else
                    {
                        context.Add($"{path}.pattern", StixRules.Pattern, error!.Message);
                    }
                }

                break;
            case StixSighting sighting:
                CheckOrder(sighting.FirstSeen, sighting.LastSeen, path, "first_seen", "last_seen", context, allowEqual: true);
                if (json["count"] is JsonValue count && count.GetValueKind() == JsonValueKind.Number && (!TryInteger(count, out var n) || n < 0 || n > 999_999_999))
                {
                    context.Add($"{path}.count", StixRules.Range, $"'count' must be an integer from 0 to 999999999, found {count.ToJsonString()}");
                }

                break;
            case StixThreatActor or StixIntrusionSet or StixCampaign:
                CheckOrder(stixObject.GetTimestamp("first_seen"), stixObject.GetTimestamp("last_seen"), path, "first_seen", "last_seen", context, allowEqual: true);
                break;
            case StixRelationship relationship:
                CheckOrder(relationship.StartTime, relationship.StopTime, path, "start_time", "stop_time", context, allowEqual: false);
                break;
            case StixObservedData observed:
                CheckOrder(observed.FirstObserved, observed.LastObserved, path, "first_observed", "last_observed", context, allowEqual: true);
                if (json["number_observed"] is JsonValue number && number.GetValueKind() == JsonValueKind.Number && (!TryInteger(number, out var k) || k < 1 || k > 999_999_999))
                {
                    context.Add($"{path}.number_observed", StixRules.Range, $"'number_observed' must be an integer from 1 to 999999999, found {number.ToJsonString()}");
                }

                if (!json.ContainsKey("objects") && !json.ContainsKey("object_refs"))
                {
                    context.Add(path, StixRules.Required, "observed-data must have 'object_refs' (or the deprecated 'objects')");
                }

                break;
            case StixMarkingDefinition marking:
                if (json.ContainsKey("definition_type") != json.ContainsKey("definition"))
                {
                    context.Add(path, StixRules.Marking, "a marking-definition must have both 'definition_type' and 'definition', or neither");
                }

                if (!json.ContainsKey("definition_type") && json["extensions"] is not JsonObject)
                {
                    context.Add(path, StixRules.Marking, "a marking-definition must define its marking, through 'definition_type'/'definition' or an extension");
                }

                if (json.ContainsKey("modified") || json.ContainsKey("revoked"))
                {
                    context.Add(path, StixRules.Marking, "a marking-definition cannot be versioned: it must not have 'modified' or 'revoked'");
                }

                if (marking.DefinitionType == "tlp" && marking.Definition?["tlp"] is not JsonValue)
                {
                    context.Add($"{path}.definition", StixRules.Marking, "a TLP marking definition must have a 'tlp' value");
                }

                break;
            case StixIPv4Address ipv4:
                if (ipv4.Value is { } v4 && !(Patterning.IpNetwork.TryParse(v4, out var n4) && n4.Family == System.Net.Sockets.AddressFamily.InterNetwork))
                {
                    context.Add($"{path}.value", StixRules.ValueFormat, $"'{v4}' is not an IPv4 address or CIDR block");
                }

                break;
            case StixIPv6Address ipv6:
                if (ipv6.Value is { } v6 && !(Patterning.IpNetwork.TryParse(v6, out var n6) && n6.Family == System.Net.Sockets.AddressFamily.InterNetworkV6))
                {
                    context.Add($"{path}.value", StixRules.ValueFormat, $"'{v6}' is not an IPv6 address or CIDR block");
                }

                break;
            case StixEmailAddress email:
                if (email.Value is { } address && (address.Count(c => c == '@') != 1 || address.StartsWith('@') || address.EndsWith('@') || address.Any(char.IsWhiteSpace)))
                {
                    context.Add($"{path}.value", StixRules.ValueFormat, $"'{address}' is not an e-mail address (local@domain, RFC 5322 addr-spec)");
                }

                break;
            case StixFile:
                if (!json.ContainsKey("hashes") && !json.ContainsKey("name"))
                {
                    context.Add(path, StixRules.Required, "a file must have at least one of 'hashes' and 'name'");
                }

                break;
            case StixUserAccount:
                if (!json.Any(p => !StixTypes.CommonObservableProperties.Contains(p.Key)))
                {
                    context.Add(path, StixRules.Required, "a user-account must have at least one property besides the common ones");
                }

                break;
            case StixPhoneNumber phone:
                if (phone.Value is { } e164 && !E164().IsMatch(e164))
                {
                    context.Add($"{path}.value", StixRules.ValueFormat, $"'{e164}' is not an E.164 number ('+' then 2 to 15 digits, no spaces)");
                }

                break;
            case StixBankAccount bank:
                if (bank.Iban is null && bank.AccountNumber is null)
                {
                    context.Add(path, StixRules.Required, "a bank-account must have at least one of 'iban' and 'account_number'");
                }

                if (bank.Iban is { } iban && !Cordon.Core.Identifiers.IdentifierNormalizer.IsValidIban(iban))
                {
                    context.Add($"{path}.iban", StixRules.ValueFormat, $"'{iban}' is not an IBAN in electronic form (upper case, no spaces, valid check digits)");
                }

                break;
            case StixKeyedIdentifier keyed:
                if (keyed.IdentifierKind is { } kind && !KeyedIdentifierKinds.Contains(kind))
                {
                    context.Add($"{path}.identifier_kind", StixRules.ValueFormat, $"'identifier_kind' must be one of {string.Join(", ", KeyedIdentifierKinds)}, found '{kind}'");
                }

                if (keyed.HmacSha256 is { } hmac && !Sha256Hex().IsMatch(hmac))
                {
                    context.Add($"{path}.hmac_sha256", StixRules.ValueFormat, "'hmac_sha256' must be 64 lower-case hexadecimal digits");
                }

                break;
        }

        _ = type;
    }

    private static void CheckOrder(StixTimestamp? first, StixTimestamp? last, string path, string firstName, string lastName, Context context, bool allowEqual)
    {
        if (first is { } f && last is { } l && (l < f || (!allowEqual && l == f)))
        {
            context.Add($"{path}.{lastName}", StixRules.TimeOrder, $"'{lastName}' must be {(allowEqual ? "later than or equal to" : "later than")} '{firstName}'");
        }
    }

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static bool TryInteger(JsonValue value, out BigInteger result)
    {
        result = default;
        if (!value.TryGetValue<JsonElement>(out var element))
        {
            if (value.TryGetValue<long>(out var l))
            {
                result = l;
                return true;
            }

            return value.TryGetValue<int>(out var i) && (result = i) == i;
        }

        var raw = element.GetRawText();
        return !raw.Contains('.', StringComparison.Ordinal) && !raw.Contains('e', StringComparison.OrdinalIgnoreCase)
            && BigInteger.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    private static string Text(JsonNode? node) => node is null ? "null" : StixJson.Describe(node) + " " + Truncate(node.ToJsonString());

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex E164();

    [GeneratedRegex(@"^[0-9a-f]{64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Hex();

    private static Dictionary<string, Kind> BuildKinds()
    {
        var kinds = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var p in (string[])["created", "modified", "valid_from", "valid_until", "first_seen", "last_seen", "published", "start_time", "stop_time", "first_observed", "last_observed", "account_created", "account_expires", "credential_last_changed", "account_first_login", "account_last_login", "ctime", "mtime", "atime"])
        {
            kinds[p] = Kind.Timestamp;
        }

        foreach (var p in (string[])["name", "description", "pattern", "pattern_type", "pattern_version", "relationship_type", "content", "abstract", "identity_class", "contact_information", "value", "display_name", "objective", "sophistication", "resource_level", "primary_motivation", "schema", "version", "definition_type", "user_id", "account_login", "account_type", "credential", "mime_type", "name_enc", "magic_number_hex", "iban", "account_number", "bic", "currency", "phone_type", "country", "bank_country", "holder_name", "identifier_kind", "hmac_sha256", "key_id", "lang"])
        {
            kinds[p] = Kind.String;
        }

        foreach (var p in (string[])["labels", "indicator_types", "aliases", "roles", "goals", "sectors", "threat_actor_types", "secondary_motivations", "personal_motivations", "report_types", "authors", "extension_types"])
        {
            kinds[p] = Kind.Strings;
        }

        foreach (var p in (string[])["external_references", "granular_markings", "kill_chain_phases"])
        {
            kinds[p] = Kind.Objects;
        }

        foreach (var p in (string[])["count", "number_observed", "size", "confidence"])
        {
            kinds[p] = Kind.Integer;
        }

        foreach (var p in (string[])["revoked", "summary", "is_service_account", "is_privileged", "can_escalate_privs", "is_disabled", "defanged", "is_family", "is_multipart"])
        {
            kinds[p] = Kind.Boolean;
        }

        foreach (var p in (string[])["hashes", "definition", "extensions"])
        {
            kinds[p] = Kind.Dictionary;
        }

        return kinds;
    }

    private sealed class Context(StixValidationOptions options)
    {
        public StixValidationOptions Options { get; } = options;

        public List<StixValidationError> Errors { get; } = [];

        public bool Full => Errors.Count >= Options.MaxErrors;

        public void Add(string path, string rule, string message)
        {
            if (!Full)
            {
                Errors.Add(new StixValidationError(path, rule, message));
            }
        }
    }
}
