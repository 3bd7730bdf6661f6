using System.Globalization;
using System.Text.Json;

namespace Cordon.Risk;

/// <summary>JSON paths (<c>$.a.b[2]</c>) as used in errors and evidence.</summary>
internal static class JsonPaths
{
    public static string Child(string parent, string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return parent + "." + name;
    }

    public static string Item(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Converts a JSON pointer (<c>/sessions/2/ip</c>) into a path (<c>$.sessions[2].ip</c>).</summary>
    public static string FromPointer(string pointer)
    {
        if (string.IsNullOrEmpty(pointer) || pointer == "/" || pointer == "#")
        {
            return "$";
        }

        var path = "$";
        foreach (var raw in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path = token.Length > 0 && token.All(char.IsAsciiDigit) ? path + "[" + token + "]" : Child(path, token);
        }

        return path;
    }

    /// <summary>Finds the value at a path produced by <see cref="FromPointer"/>; null when absent.</summary>
    public static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(path[(i + 1)..end], out current))
                {
                    return null;
                }

                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    return null;
                }

                var inner = path[(i + 1)..end];
                if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                    {
                        return null;
                    }

                    current = current[index];
                }
                else
                {
                    return null;
                }

                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
