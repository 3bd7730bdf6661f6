using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Stix.Model;
using Cordon.Stix.Patterning;

namespace Cordon.Stix.Validation;

/// <summary>
/// The MUST rules of STIX 2.1 on language tags, character-set names, hash values, identifier versions, the
/// email-message MIME structure, timestamps inside observables and their extensions, and hash values inside patterns
/// (issue 18, the rules the OASIS validator's test suite checks that were still accepted).
/// </summary>
public static partial class StixValidator
{
    /// <summary>
    /// Timestamp properties of cyber-observable types (section 6) beyond the common ones checked for every type, and those
    /// nested inside a dictionary or a predefined extension of the type: (type, container or null) → properties.
    /// </summary>
    private static readonly Dictionary<(string Type, string? Container), string[]> ObservableTimestamps = new()
    {
        [("email-message", null)] = ["date"],
        [("process", null)] = ["created_time"],
        [("windows-registry-key", null)] = ["modified_time"],
        [("x509-certificate", null)] = ["validity_not_before", "validity_not_after"],
        [("x509-certificate", "x509_v3_extensions")] = ["private_key_usage_period_not_before", "private_key_usage_period_not_after"],
        [("file", "windows-pebinary-ext")] = ["time_date_stamp"],
    };

    /// <summary>
    /// Observable types whose ID contributing properties are all optional, so that an object may have none of them (other
    /// types require one, and an object without it is refused for that).
    /// </summary>
    private static readonly HashSet<string> OptionalContributorTypes = new(StringComparer.Ordinal)
    {
        "artifact", "email-message", "user-account", "windows-registry-key", "x509-certificate",
    };

    private static readonly Lazy<FrozenSet<string>> CharacterSets = new(LoadCharacterSets);

    private static void CheckObservableMusts(JsonObject json, string path, string type, Context context)
    {
        CheckLanguageTags(json, path, type, context);
        CheckHashValues(json, path, context, depth: 0);

        // Section 6: *_enc names a character set by its IANA registry name (Preferred MIME Name where one exists).
        foreach (var (name, value) in json)
        {
            if (name.EndsWith("_enc", StringComparison.Ordinal) && value is JsonValue v && IsString(v) && !CharacterSets.Value.Contains(v.GetValue<string>()))
            {
                context.Add($"{path}.{name}", StixRules.ValueFormat, $"'{name}' must be a character set of the IANA registry, by its Preferred MIME Name (e.g. UTF-8, ISO-8859-2, US-ASCII), found '{v.GetValue<string>()}'");
            }
        }

        CheckUuidVersion(json, path, type, context);
        CheckObservableTimestamps(json, path, type, context);
        if (type == "email-message")
        {
            CheckEmailMessage(json, path, context);
        }
    }

    private static void CheckLanguageTags(JsonObject json, string path, string type, Context context)
    {
        if (json["lang"] is JsonValue lang && IsString(lang) && !LanguageTag.IsWellFormed(lang.GetValue<string>()))
        {
            context.Add($"{path}.lang", StixRules.ValueFormat, $"'lang' must be an RFC 5646 language tag (e.g. en, en-US), found '{lang.GetValue<string>()}'");
        }

        if (json["granular_markings"] is JsonArray markings)
        {
            for (var i = 0; i < markings.Count; i++)
            {
                if (markings[i] is JsonObject marking && marking["lang"] is JsonValue markingLang && IsString(markingLang) && !LanguageTag.IsWellFormed(markingLang.GetValue<string>()))
                {
                    context.Add($"{path}.granular_markings[{i}].lang", StixRules.ValueFormat, $"a granular marking's 'lang' must be an RFC 5646 language tag, found '{markingLang.GetValue<string>()}'");
                }
            }
        }

        if (type == "software" && json["languages"] is JsonArray languages)
        {
            for (var i = 0; i < languages.Count; i++)
            {
                if (!IsString(languages[i]) || !LanguageTag.IsWellFormed(languages[i]!.GetValue<string>()))
                {
                    context.Add($"{path}.languages[{i}]", StixRules.ValueFormat, $"software 'languages' entries must be RFC 5646 language tags, found {Text(languages[i])}");
                }
            }
        }

        // Section 7.1: contents maps language tags to dictionaries of translated properties.
        if (type == "language-content" && json["contents"] is JsonObject contents)
        {
            foreach (var (tag, translation) in contents)
            {
                var tagPath = $"{path}.contents['{tag}']";
                if (!LanguageTag.IsWellFormed(tag))
                {
                    context.Add(tagPath, StixRules.ValueFormat, $"keys of 'contents' must be RFC 5646 language tags (e.g. de, fr-CA), found '{tag}'");
                }

                if (translation is not JsonObject properties)
                {
                    context.Add(tagPath, StixRules.PropertyType, $"each language in 'contents' must map to a dictionary of translated properties, found {Text(translation)}");
                    continue;
                }

                foreach (var property in properties.Select(p => p.Key).Where(p => !PropertyName().IsMatch(p)))
                {
                    context.Add($"{tagPath}.{property}", StixRules.ValueFormat, $"'{property}' in 'contents' must be a property name (3 to 250 of a-z, 0-9, '_')");
                }
            }
        }
    }

    /// <summary>Hash dictionaries anywhere in the object (hashes, file_header_hashes, in extensions and their lists): names of 3–250 characters, values of the algorithm's form.</summary>
    private static void CheckHashValues(JsonNode? node, string path, Context context, int depth)
    {
        // Objects are bounded by the reader's depth limit; this bound only keeps the walk cheap on odd input.
        if (depth > 16)
        {
            return;
        }

        switch (node)
        {
            case JsonObject json:
                foreach (var (name, value) in json)
                {
                    var childPath = PropertyPath(path, name);
                    if ((name == "hashes" || name.EndsWith("_hashes", StringComparison.Ordinal)) && value is JsonObject hashes)
                    {
                        foreach (var (algorithm, hash) in hashes)
                        {
                            if (algorithm.Length is < 3 or > 250)
                            {
                                context.Add(childPath, StixRules.ValueFormat, $"hash algorithm name '{algorithm}' must have 3 to 250 characters");
                            }
                            else if (hash is JsonValue h && IsString(h) && HashValues.Problem(algorithm, h.GetValue<string>()) is { } problem)
                            {
                                context.Add(PropertyPath(childPath, algorithm), StixRules.ValueFormat, problem);
                            }
                        }
                    }
                    else
                    {
                        CheckHashValues(value, childPath, context, depth + 1);
                    }
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    CheckHashValues(list[i], $"{path}[{i}]", context, depth + 1);
                }

                break;
        }
    }

    /// <summary>
    /// Section 2.9: an SCO whose type has ID contributing properties, none of which is present, has a UUIDv4 id (it cannot be
    /// derived); a process has no ID contributing properties and always has a UUIDv4 id.
    /// </summary>
    private static void CheckUuidVersion(JsonObject json, string path, string type, Context context)
    {
        if (json["id"] is not JsonValue idValue || !IsString(idValue) || !StixIdentifier.TryParse(idValue.GetValue<string>(), out var id, out _) || id.Uuid[14] == '4')
        {
            return;
        }

        if (type == "process")
        {
            context.Add($"{path}.id", StixRules.Identifier, $"a process has no ID contributing properties, so its id must be a UUIDv4 (version digit 4), found version {id.Uuid[14]}");
        }
        else if (OptionalContributorTypes.Contains(type) && ScoIdentifiers.ContributingPropertiesOf(type) is { } contributing && !contributing.Any(json.ContainsKey))
        {
            context.Add($"{path}.id", StixRules.Identifier, $"this {type} has none of its ID contributing properties ({string.Join(", ", contributing)}), so its id must be a UUIDv4, found version {id.Uuid[14]}");
        }
    }

    private static void CheckObservableTimestamps(JsonObject json, string path, string type, Context context)
    {
        foreach (var ((ownerType, container), properties) in ObservableTimestamps)
        {
            if (ownerType != type)
            {
                continue;
            }

            var (holder, holderPath) = container is null ? (json, path)
                : json[container] is JsonObject nested ? (nested, $"{path}.{container}")
                : json["extensions"]?[container] is JsonObject extension ? (extension, $"{path}.extensions['{container}']")
                : ((JsonObject?)null, path);
            foreach (var property in properties)
            {
                if (holder?[property] is { } value)
                {
                    CheckKind(value, Kind.Timestamp, $"{holderPath}.{property}", property, context);
                }
            }
        }
    }

    // Section 6.5: the body of a message is either plain (body) or MIME parts (body_multipart), as is_multipart says.
    private static void CheckEmailMessage(JsonObject json, string path, Context context)
    {
        var multipart = json["is_multipart"] is JsonValue m && m.GetValueKind() == JsonValueKind.True;
        if (json["is_multipart"] is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            if (multipart && json.ContainsKey("body"))
            {
                context.Add($"{path}.body", StixRules.Required, "'body' must not be given when 'is_multipart' is true (use 'body_multipart')");
            }

            if (!multipart && json.ContainsKey("body_multipart"))
            {
                context.Add($"{path}.body_multipart", StixRules.Required, "'body_multipart' must not be given when 'is_multipart' is false (use 'body')");
            }
        }

        if (json["body_multipart"] is not JsonArray parts)
        {
            return;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var partPath = $"{path}.body_multipart[{i}]";
            if (parts[i] is not JsonObject part)
            {
                context.Add(partPath, StixRules.PropertyType, $"entries of 'body_multipart' must be MIME parts (objects), found {Text(parts[i])}");
                continue;
            }

            if (!part.ContainsKey("body") && !part.ContainsKey("body_raw_ref"))
            {
                context.Add(partPath, StixRules.Required, "a MIME part must have 'body' or 'body_raw_ref'");
            }

            if (part["body_raw_ref"] is { } raw)
            {
                if (!IsString(raw) || !StixIdentifier.TryParse(raw.GetValue<string>(), out var target, out _) || target.Type is not ("artifact" or "file"))
                {
                    context.Add($"{partPath}.body_raw_ref", StixRules.Reference, $"'body_raw_ref' must reference an artifact or a file, found {Text(raw)}");
                }
            }
        }
    }

    /// <summary>Hash values compared in a STIX pattern (<c>file:hashes.'SHA-256' = '…'</c>) must have their algorithm's form.</summary>
    private static void CheckPatternHashes(StixPattern pattern, string path, Context context)
    {
        foreach (var test in PropertyTests(pattern.Root))
        {
            var steps = test.Path.Steps;
            if (steps.Count < 2 || steps[^1].Property is not { } algorithm || steps[^2].Property is not { } container
                || !(container == "hashes" || container.EndsWith("_hashes", StringComparison.Ordinal))
                || test.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual or ComparisonOperator.In))
            {
                continue;
            }

            foreach (var literal in test.Values.Where(v => v.Kind is PatternLiteralKind.QuotedString or PatternLiteralKind.Hex))
            {
                if (HashValues.Problem(algorithm, literal.Text) is { } problem)
                {
                    context.Add($"{path}.pattern", StixRules.Pattern, $"{test.Path}: {problem} (at position {literal.Position})");
                }
            }
        }
    }

    private static IEnumerable<PropertyTest> PropertyTests(ObservationExpression expression)
    {
        var pending = new Stack<object>([expression]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case ObservationComparison comparison:
                    pending.Push(comparison.Comparison);
                    break;
                case ObservationBinary binary:
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    break;
                case WithinQualifier within:
                    pending.Push(within.Inner);
                    break;
                case RepeatsQualifier repeats:
                    pending.Push(repeats.Inner);
                    break;
                case StartStopQualifier startStop:
                    pending.Push(startStop.Inner);
                    break;
                case ComparisonAnd and:
                    pending.Push(and.Right);
                    pending.Push(and.Left);
                    break;
                case ComparisonOr or:
                    pending.Push(or.Right);
                    pending.Push(or.Left);
                    break;
                case PropertyTest test:
                    yield return test;
                    break;
            }
        }
    }

    private static string PropertyPath(string path, string name) =>
        PathName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name}']";

    private static FrozenSet<string> LoadCharacterSets()
    {
        using var stream = typeof(StixValidator).Assembly.GetManifestResourceStream("Cordon.Stix.Validation.character-sets.txt")
            ?? throw new InvalidOperationException("embedded resource Cordon.Stix.Validation.character-sets.txt is missing from the build");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                names.Add(line.Trim());
            }
        }

        // The registry: "no distinction is made between use of upper and lower case letters".
        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^[a-z0-9_]{3,250}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyName();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex PathName();
}
