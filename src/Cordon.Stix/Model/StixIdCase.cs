using System.Text.Json;

namespace Cordon.Stix.Model;

/// <summary>
/// The one place where STIX identifiers received from outside get their canonical case. RFC 4122 reads the hexadecimal
/// digits of a UUID case-insensitively, so <c>marking-definition--E828B379-…</c> is TLP:RED exactly as
/// <c>marking-definition--e828b379-…</c> is; everything after this point (identity, comparisons, marking look-ups, storage
/// keys) compares identifiers ordinally, so the UUID part is lower-cased here, on input, before anything reads it. The
/// type part is left as written: STIX type names are lower-case by definition, and one that is not is refused later.
/// </summary>
public static class StixIdCase
{
    /// <summary>Deepest nesting <see cref="Normalize(JsonElement)"/> rewrites (real STIX objects nest a few levels).</summary>
    public const int MaxDepth = 1000;

    /// <summary>
    /// <paramref name="text"/> with the UUID of a <c>type--uuid</c> identifier lower-cased; any other text is returned
    /// unchanged (and then fails whatever check expects an identifier).
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsLowering(text, out var uuidStart) ? string.Concat(text.AsSpan(0, uuidStart), text[uuidStart..].ToLowerInvariant()) : text;
    }

    /// <summary>
    /// Whether some identifier in <paramref name="element"/> (the value of an <c>id</c>, <c>*_ref</c> or <c>*_refs</c>
    /// property at any depth, or a property name that is itself an identifier, as the keys of <c>extensions</c> are) has
    /// upper-case hexadecimal digits in its UUID.
    /// </summary>
    /// <param name="element">A parsed element; its depth is bounded by the parser's <c>MaxDepth</c>, so recursion is too.</param>
    public static bool HasUpperCaseIds(JsonElement element) => Scan(element, identifierValues: false);

    /// <summary>
    /// <paramref name="element"/> rewritten as UTF-8 JSON with every identifier of <see cref="HasUpperCaseIds"/> lower-cased in
    /// its UUID; every other token as it was, in the same order.
    /// </summary>
    public static byte[] Normalize(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StixJson.WriteOptions.Encoder, SkipValidation = true, MaxDepth = MaxDepth }))
        {
            Write(writer, element, identifierValues: false);
        }

        return buffer.ToArray();
    }

    /// <summary>Whether the values of property <paramref name="name"/> are STIX identifiers.</summary>
    public static bool IsIdentifierProperty(string name) =>
        name == "id" || name.EndsWith("_ref", StringComparison.Ordinal) || name.EndsWith("_refs", StringComparison.Ordinal);

    private static bool NeedsLowering(string text, out int uuidStart)
    {
        uuidStart = text.IndexOf("--", StringComparison.Ordinal) + 2;
        if (uuidStart < 2 || text.Length - uuidStart != 36)
        {
            return false;
        }

        var upper = false;
        for (var i = uuidStart; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '-')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            upper |= char.IsAsciiLetterUpper(c);
        }

        return upper;
    }

    private static bool Scan(JsonElement element, bool identifierValues)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return identifierValues && NeedsLowering(element.GetString()!, out _);
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Scan(item, identifierValues))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (NeedsLowering(property.Name, out _) || Scan(property.Value, IsIdentifierProperty(property.Name)))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, bool identifierValues)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when identifierValues:
                writer.WriteStringValue(Normalize(element.GetString()!));
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, identifierValues);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(Normalize(property.Name));
                    Write(writer, property.Value, IsIdentifierProperty(property.Name));
                }

                writer.WriteEndObject();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
