using System.Text.Json;

namespace Cordon.Lists;

/// <summary>
/// Reads a file of JSON records, one object per line (FollowTheMoney, Senzing JSONL) or one JSON array of objects
/// (Senzing's array form), without ever holding more than one record's tree.
/// </summary>
internal static class JsonLines
{
    /// <summary>Longest line accepted: real entity lines are under 100 KB; a hostile file must not build one huge tree.</summary>
    public const int MaxLineBytes = 4 << 20;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>True when the first non-blank byte of <paramref name="file"/> opens an array (<c>[</c>).</summary>
    public static bool IsArray(SourceFile file)
    {
        foreach (var b in file.Content.Span)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'[';
        }

        return false;
    }

    /// <summary>
    /// The records of the file with their 1-based line numbers (0 for the items of an array file, whose lines say nothing).
    /// A line that is not a JSON object yields a null element and the parser's reason, so that the reader can skip and
    /// report it.
    /// </summary>
    /// <exception cref="ListFormatException">A JSON array file is malformed as a whole.</exception>
    public static IEnumerable<(long Line, JsonElement? Record, string? Error)> Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return IsArray(file) ? ReadArray(file) : ReadLines(file);
    }

    private static IEnumerable<(long Line, JsonElement? Record, string? Error)> ReadLines(SourceFile file)
    {
        var content = file.Content;
        long line = 0;
        var start = 0;
        while (start < content.Length)
        {
            line++;
            var rest = content.Span[start..];
            var end = rest.IndexOf((byte)'\n');
            var length = end < 0 ? rest.Length : end;
            var slice = content.Slice(start, length);
            start += length + 1;
            if (slice.Span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', 0xEF, 0xBB, 0xBF]).IsEmpty)
            {
                continue;
            }

            if (length > MaxLineBytes)
            {
                yield return (line, null, $"the line is longer than {MaxLineBytes:N0} bytes, the limit for one record");
                continue;
            }

            JsonElement? record = null;
            string? error = null;
            try
            {
                using var doc = JsonDocument.Parse(slice, Options);
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    record = doc.RootElement.Clone();
                }
                else
                {
                    error = $"the line holds a JSON {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object";
                }
            }
            catch (JsonException e)
            {
                error = "the line is not valid JSON: " + e.Message;
            }

            yield return (line, record, error);
        }
    }

    private static IEnumerable<(long Line, JsonElement? Record, string? Error)> ReadArray(SourceFile file)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(file.Content, Options);
        }
        catch (JsonException e)
        {
            throw new ListFormatException(file.Name, e.LineNumber + 1, "the JSON is malformed or truncated: " + e.Message, e);
        }

        using (doc)
        {
            long index = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                index++;
                yield return item.ValueKind == JsonValueKind.Object
                    ? (0, item.Clone(), null)
                    : (0, null, $"item {index} of the array is not an object");
            }
        }
    }
}
