using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace Cordon.Stix.Model;

/// <summary>
/// Finds JSON text that parses but cannot be read as a string: bytes that are not UTF-8, and <c>\u</c> escapes that leave
/// half of a surrogate pair. System.Text.Json accepts both while parsing and throws <see cref="InvalidOperationException"/>
/// only when the string is read (even by <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>), so readers of
/// outside input check a document once, up front, and refuse it with the path instead.
/// </summary>
public static class JsonText
{
    /// <summary>The first string or property name in <paramref name="element"/> that does not decode, or null when all do.</summary>
    /// <param name="element">A parsed element (its depth is bounded by the parser's <c>MaxDepth</c>, so recursion is too).</param>
    /// <param name="path">Path of <paramref name="element"/>, prefixed to the path reported.</param>
    public static UndecodableText? FindUndecodable(JsonElement element, string path = "$")
    {
        var found = Find(element);
        return found is null ? null : new UndecodableText(path + found.Value.RelativePath, found.Value.Reason);
    }

    // The path is built on the way back up, so a document whose text is all sound costs no string at all.
    private static (string RelativePath, string Reason)? Find(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Problem(JsonMarshal.GetRawUtf8Value(element), element.GetString) is { } reason ? (string.Empty, "the string " + reason) : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item) is { } inner)
                    {
                        return ("[" + index.ToString(CultureInfo.InvariantCulture) + "]" + inner.RelativePath, inner.Reason);
                    }

                    index++;
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (Problem(JsonMarshal.GetRawUtf8PropertyName(property), () => property.Name) is { } nameReason)
                    {
                        return (string.Empty, "a property name " + nameReason);
                    }

                    if (Find(property.Value) is { } inner)
                    {
                        return (Child(property.Name) + inner.RelativePath, inner.Reason);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string? Problem(ReadOnlySpan<byte> raw, Func<string?> decode)
    {
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return Utf8.IsValid(raw) ? null : "is not valid UTF-8";
        }

        try
        {
            decode();
            return null;
        }
        catch (InvalidOperationException)
        {
            return Utf8.IsValid(raw) ? "has a \\u escape that leaves half of a surrogate pair unpaired" : "is not valid UTF-8";
        }
    }

    private static string Child(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return "." + name;
    }
}
