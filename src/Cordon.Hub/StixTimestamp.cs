using System.Globalization;
using System.Text.RegularExpressions;

namespace Cordon.Hub;

/// <summary>STIX and TAXII timestamps: RFC 3339 in UTC with a literal 'Z' (STIX 2.1 section 3.2).</summary>
public static partial class StixTimestamp
{
    /// <summary>Parses a STIX timestamp; null when the text is not one.</summary>
    public static DateTimeOffset? TryParse(string? text)
    {
        if (text is null || !Shape().IsMatch(text))
        {
            return null;
        }

        // .NET parses at most 7 fractional digits; STIX allows more, which add nothing a store of microseconds keeps.
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var normalised = dot < 0 ? text : text[..Math.Min(text.Length - 1, dot + 8)] + "Z";
        return DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
    }

    /// <summary>TAXII's form: UTC with exactly six fractional digits (TAXII 2.1 section 3.2).</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
