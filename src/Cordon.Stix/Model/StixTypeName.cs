using System.Diagnostics.CodeAnalysis;

namespace Cordon.Stix.Model;

/// <summary>Rules for STIX type names and property names (STIX 2.1 sections 3.1 and 11).</summary>
public static class StixTypeName
{
    /// <summary>
    /// A type name has 3 to 250 characters, only lower-case ASCII letters, digits and hyphens, does not start or end
    /// with a hyphen and has no <c>--</c> (it would be ambiguous in an identifier).
    /// </summary>
    public static bool IsValid(string? type, [NotNullWhen(false)] out string? problem)
    {
        if (type is null || type.Length < 3 || type.Length > 250)
        {
            problem = $"type name '{type}' must have 3 to 250 characters";
            return false;
        }

        foreach (var c in type)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                problem = $"type name '{type}' may contain only lower-case ASCII letters, digits and '-'";
                return false;
            }
        }

        if (type[0] == '-' || type[^1] == '-' || type.Contains("--", StringComparison.Ordinal))
        {
            problem = $"type name '{type}' must not start or end with '-' or contain '--'";
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>A custom property name has 3 to 250 characters: lower-case ASCII letters, digits and '_'.</summary>
    public static bool IsValidCustomPropertyName(string name, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 3 || name.Length > 250)
        {
            problem = $"custom property name '{name}' must have 3 to 250 characters";
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                problem = $"custom property name '{name}' may contain only lower-case ASCII letters, digits and '_'";
                return false;
            }
        }

        if (!char.IsAsciiLetterLower(name[0]))
        {
            problem = $"custom property name '{name}' must begin with a letter";
            return false;
        }

        problem = null;
        return true;
    }
}
