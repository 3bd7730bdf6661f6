using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Cordon.Stix.Model;

/// <summary>
/// A STIX timestamp (STIX 2.1 section 3.2): RFC 3339 in UTC with an upper-case <c>T</c> and <c>Z</c>, with optional
/// fractional seconds. The number of fractional digits written is kept, since "precise to the millisecond" rules
/// depend on it; sub-100-nanosecond digits are kept in the text but not in <see cref="Value"/>.
/// </summary>
/// <param name="Value">The instant (UTC).</param>
/// <param name="FractionDigits">How many fractional-second digits the text had (0 when none).</param>
public readonly record struct StixTimestamp(DateTimeOffset Value, int FractionDigits) : IComparable<StixTimestamp>
{
    /// <inheritdoc/>
    public int CompareTo(StixTimestamp other) => Value.CompareTo(other.Value);

    /// <summary>Whether this instant is before <paramref name="right"/>.</summary>
    public static bool operator <(StixTimestamp left, StixTimestamp right) => left.Value < right.Value;

    /// <summary>Whether this instant is after <paramref name="right"/>.</summary>
    public static bool operator >(StixTimestamp left, StixTimestamp right) => left.Value > right.Value;

    /// <summary>Whether this instant is not after <paramref name="right"/>.</summary>
    public static bool operator <=(StixTimestamp left, StixTimestamp right) => left.Value <= right.Value;

    /// <summary>Whether this instant is not before <paramref name="right"/>.</summary>
    public static bool operator >=(StixTimestamp left, StixTimestamp right) => left.Value >= right.Value;

    /// <summary>Parses a STIX timestamp, saying precisely what is wrong when it fails.</summary>
    public static bool TryParse(string? text, out StixTimestamp timestamp, [NotNullWhen(false)] out string? problem)
    {
        timestamp = default;
        if (string.IsNullOrEmpty(text))
        {
            problem = "timestamp is empty";
            return false;
        }

        // yyyy-MM-ddTHH:mm:ss[.f+]Z, checked by shape first so the message can say which part is wrong.
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[13] != ':' || text[16] != ':')
        {
            problem = $"'{text}' is not an RFC 3339 timestamp (YYYY-MM-DDTHH:MM:SS[.s+]Z)";
            return false;
        }

        if (text[10] != 'T')
        {
            problem = $"'{text}' must separate date and time with an upper-case 'T'";
            return false;
        }

        if (text[^1] != 'Z')
        {
            problem = text.EndsWith('z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 10
                ? $"'{text}' must be in UTC and end with an upper-case 'Z'"
                : $"'{text}' must end with 'Z'";
            return false;
        }

        var fraction = 0;
        if (text.Length > 20)
        {
            if (text[19] != '.' || text.Length == 21)
            {
                problem = $"'{text}' has a malformed fractional-second part";
                return false;
            }

            fraction = text.Length - 21;
            for (var i = 20; i < text.Length - 1; i++)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    problem = $"'{text}' has a non-digit in its fractional seconds";
                    return false;
                }
            }
        }

        for (var i = 0; i < 19; i++)
        {
            if (i is 4 or 7 or 10 or 13 or 16)
            {
                continue;
            }

            if (!char.IsAsciiDigit(text[i]))
            {
                problem = $"'{text}' is not an RFC 3339 timestamp (YYYY-MM-DDTHH:MM:SS[.s+]Z)";
                return false;
            }
        }

        // .NET keeps 7 fractional digits; more are valid STIX and are truncated in Value only.
        var kept = fraction == 0 ? text[..19] : text[..(20 + Math.Min(fraction, 7))];
        var format = fraction == 0 ? "yyyy-MM-ddTHH:mm:ss" : "yyyy-MM-ddTHH:mm:ss." + new string('F', Math.Min(fraction, 7));
        if (!DateTime.TryParseExact(kept, format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            // Leap seconds (:60) are allowed by RFC 3339 but not representable; they are rare enough to reject plainly.
            problem = $"'{text}' is not a valid date and time";
            return false;
        }

        timestamp = new StixTimestamp(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)), fraction);
        problem = null;
        return true;
    }

    /// <summary>The instant a STIX timestamp stands for, or null when <paramref name="text"/> is not one (TAXII parameters and headers, versions).</summary>
    public static DateTimeOffset? TryParseInstant(string? text) => TryParse(text, out var timestamp, out _) ? timestamp.Value : null;

    /// <summary>Parses a STIX timestamp or throws <see cref="FormatException"/>.</summary>
    public static StixTimestamp Parse(string text) =>
        TryParse(text, out var t, out var problem) ? t : throw new FormatException(problem);

    /// <summary>Formats an instant as a STIX timestamp with millisecond precision (the precision STIX requires for created/modified).</summary>
    public static string FormatMilliseconds(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Formats an instant as a STIX timestamp with microsecond precision (the precision TAXII uses).</summary>
    public static string FormatMicroseconds(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
