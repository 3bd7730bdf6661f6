using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cordon.Stix.Model;

/// <summary>
/// Reading and writing STIX JSON with System.Text.Json. Objects are kept as <see cref="JsonObject"/> trees, which keep
/// property order and every property (custom or unknown), so a parse and serialise round trip loses nothing.
/// </summary>
public static class StixJson
{
    /// <summary>Writer options: compact, no escaping of characters that JSON does not require to be escaped.</summary>
    public static JsonSerializerOptions WriteOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Writer options with indentation, for files meant to be read by people.</summary>
    public static JsonSerializerOptions IndentedWriteOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Parses UTF-8 JSON text into a JSON object, enforcing <paramref name="limits"/>.</summary>
    /// <exception cref="StixFormatException">Malformed JSON, too large, too deep, or not a JSON object.</exception>
    public static JsonObject ParseObject(ReadOnlySpan<byte> utf8, StixReadLimits? limits = null)
    {
        limits ??= StixReadLimits.Default;
        if (utf8.Length > limits.MaxBytes)
        {
            throw new StixFormatException($"input is {utf8.Length:N0} bytes, more than the limit of {limits.MaxBytes:N0} bytes");
        }

        // A UTF-8 byte order mark is not JSON, but editors on Windows write one; it says nothing, so it is skipped.
        if (utf8.StartsWith(Utf8ByteOrderMark))
        {
            utf8 = utf8[Utf8ByteOrderMark.Length..];
        }

        // Duplicate names are refused while parsing: STIX objects are JSON objects with unique property names.
        var options = new JsonDocumentOptions { MaxDepth = limits.MaxDepth, AllowDuplicateProperties = false, CommentHandling = JsonCommentHandling.Disallow };
        JsonElement root;
        try
        {
            try
            {
                root = JsonElement.Parse(utf8, options);
            }
            catch (InvalidOperationException)
            {
                // The duplicate check reads every property name, and one of them does not decode: parse again without
                // the check so that the text check below names it.
                root = JsonElement.Parse(utf8, options with { AllowDuplicateProperties = true });
            }
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : string.Empty;
            var depth = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? $" (nesting limit {limits.MaxDepth})" : string.Empty;
            throw new StixFormatException($"malformed JSON{where}{depth}: {e.Message}", e.Path ?? "$", e);
        }

        if (JsonText.FindUndecodable(root) is { } undecodable)
        {
            throw new StixFormatException($"malformed JSON text at {undecodable.Path}: {undecodable.Reason}", undecodable.Path);
        }

        return root.ValueKind == JsonValueKind.Object
            ? JsonObject.Create(root, new JsonNodeOptions { PropertyNameCaseInsensitive = false })!
            : throw new StixFormatException($"expected a JSON object, found {Describe(root)}");
    }

    /// <summary>Parses JSON text into a JSON object, enforcing <paramref name="limits"/>.</summary>
    /// <exception cref="StixFormatException">Malformed JSON, too large, too deep, or not a JSON object.</exception>
    public static JsonObject ParseObject(string json, StixReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= StixReadLimits.Default;
        if ((long)json.Length > limits.MaxBytes)
        {
            throw new StixFormatException($"input is at least {json.Length:N0} bytes, more than the limit of {limits.MaxBytes:N0} bytes");
        }

        return ParseObject(Encoding.UTF8.GetBytes(json), limits);
    }

    /// <summary>Reads a stream to its end (at most <see cref="StixReadLimits.MaxBytes"/>) and parses one JSON object.</summary>
    /// <exception cref="StixFormatException">Too large, malformed, too deep, or not a JSON object.</exception>
    public static async Task<JsonObject> ParseObjectAsync(Stream stream, StixReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= StixReadLimits.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                throw new StixFormatException($"input is more than the limit of {limits.MaxBytes:N0} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return ParseObject(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), limits);
    }

    /// <summary>Serialises a node compactly, keeping property order.</summary>
    public static string Serialize(JsonNode node, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(indented ? IndentedWriteOptions : WriteOptions);
    }

    /// <summary>Serialises a node as UTF-8 bytes, keeping property order.</summary>
    public static byte[] SerializeToUtf8(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WriteOptions.Encoder }))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a value",
    };

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "a value",
    };
}
