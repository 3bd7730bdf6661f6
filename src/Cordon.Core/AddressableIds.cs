namespace Cordon.Core;

/// <summary>
/// The rule for ids that callers choose and Cordon later names in a URL path (watch subjects, application records, and the
/// cases opened on them): an id must be reachable, and so erasable, through the REST API and the workspace. A '/' or '\'
/// splits or is refused in a path segment, '.' and '..' are removed from paths by HTTP clients and servers, and control
/// characters cannot be sent; such ids are refused when they are first given, with the reason, rather than stored unreachable.
/// </summary>
public static class AddressableIds
{
    /// <summary>Longest id, in characters (the application record schema's limit).</summary>
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="id"/> cannot be used as an id, or null when it can.</summary>
    public static string? Problem(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "the id is empty";
        }

        if (id.Length > MaxLength)
        {
            return $"the id has {id.Length} characters; at most {MaxLength} are allowed";
        }

        if (id.Contains('/', StringComparison.Ordinal) || id.Contains('\\', StringComparison.Ordinal))
        {
            return $"the id '{Shown(id)}' contains '/' or '\\', which cannot be named in a URL path (it could not be read or erased later)";
        }

        if (id is "." or "..")
        {
            return $"the id '{id}' is removed from URL paths by HTTP clients and servers (it could not be read or erased later)";
        }

        if (id.Any(char.IsControl))
        {
            return "the id contains a control character (a line break, tab or NUL, for instance)";
        }

        if (id != id.Trim())
        {
            return $"the id '{Shown(id)}' starts or ends with white space";
        }

        return null;
    }

    private static string Shown(string id) => id.Length <= 80 ? id : id[..80] + "…";
}
