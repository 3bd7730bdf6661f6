using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Cordon.Stix.Model;

/// <summary>
/// A STIX identifier <c>object-type--UUID</c> (STIX 2.1 section 2.9). The UUID is kept in its original text so
/// that an identifier is reproduced exactly as it was received.
/// </summary>
/// <param name="Type">The object type before <c>--</c>.</param>
/// <param name="Uuid">The UUID after <c>--</c>, as written.</param>
public readonly record struct StixIdentifier(string Type, string Uuid)
{
    /// <summary>The identifier text, <c>type--uuid</c>.</summary>
    public override string ToString() => Type + "--" + Uuid;

    /// <summary>
    /// Parses an identifier. The type must follow the STIX type-name rules and the UUID must be an RFC 4122 UUID
    /// (8-4-4-4-12 hexadecimal digits, variant bits <c>10</c>).
    /// </summary>
    /// <param name="text">The candidate identifier.</param>
    /// <param name="identifier">The parsed identifier when valid.</param>
    /// <param name="problem">Why it is not valid, otherwise null.</param>
    public static bool TryParse(string? text, out StixIdentifier identifier, [NotNullWhen(false)] out string? problem)
    {
        identifier = default;
        if (string.IsNullOrEmpty(text))
        {
            problem = "identifier is empty";
            return false;
        }

        var separator = text.IndexOf("--", StringComparison.Ordinal);
        if (separator < 0)
        {
            problem = $"'{text}' is not of the form type--UUID";
            return false;
        }

        var type = text[..separator];
        var uuid = text[(separator + 2)..];
        if (!StixTypeName.IsValid(type, out var typeProblem))
        {
            problem = $"'{text}': {typeProblem}";
            return false;
        }

        if (!IsRfc4122Uuid(uuid, out var uuidProblem))
        {
            problem = $"'{text}': {uuidProblem}";
            return false;
        }

        identifier = new StixIdentifier(type, uuid);
        problem = null;
        return true;
    }

    /// <summary>Parses an identifier or throws <see cref="FormatException"/> saying why it is invalid.</summary>
    public static StixIdentifier Parse(string text) =>
        TryParse(text, out var id, out var problem) ? id : throw new FormatException(problem);

    /// <summary>Whether <paramref name="uuid"/> is an RFC 4122 UUID in its canonical 8-4-4-4-12 text form.</summary>
    public static bool IsRfc4122Uuid(string uuid, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(uuid);
        if (uuid.Length != 36 || uuid[8] != '-' || uuid[13] != '-' || uuid[18] != '-' || uuid[23] != '-')
        {
            problem = "the UUID part is not in 8-4-4-4-12 form";
            return false;
        }

        for (var i = 0; i < uuid.Length; i++)
        {
            if (i is 8 or 13 or 18 or 23)
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(uuid[i]))
            {
                problem = $"the UUID part has a non-hexadecimal character '{uuid[i]}'";
                return false;
            }
        }

        var variant = int.Parse(uuid.AsSpan(19, 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if ((variant & 0b1100) != 0b1000)
        {
            problem = "the UUID is not an RFC 4122 UUID (variant bits must be 10)";
            return false;
        }

        problem = null;
        return true;
    }
}
