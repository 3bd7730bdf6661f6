using System.Globalization;

namespace Cordon.Intelligence;

/// <summary>Reads ASN lists: <c>AS123 # name</c> text lines (X4BNet lists_vpn) or <c>ASN,Entity</c> CSV (bad-asn-list); blank lines and <c>#</c> comments are skipped.</summary>
internal static class AsnListFile
{
    /// <summary>Adds every ASN in <paramref name="path"/> to <paramref name="into"/>.</summary>
    /// <exception cref="IntelligenceDataException">The file is missing or a line holds no valid ASN.</exception>
    public static void Read(string path, HashSet<long> into)
    {
        using (var text = IntelligenceCsv.OpenText(path, "the ASN list"))
        {
            var atStart = true;
            foreach (var (line, fields) in IntelligenceCsv.Records(text, path, strictQuoting: false))
            {
                var header = atStart;
                atStart = false;
                // The first field starts with the ASN: "AS123 # name", "123,Entity" or "\"123\",\"Entity\"". The rest is a label.
                var first = fields[0];
                var end = first.AsSpan().IndexOfAny(' ', '\t', '#');
                var token = end < 0 ? first : first[..end];
                if (header && token.Equals("asn", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // header row
                }

                into.Add(ParseAsn(token) ?? throw new IntelligenceDataException(path, line, "not an ASN: '" + token + "'"));
            }
        }
    }

    /// <summary>Parses <c>123</c>, <c>AS123</c> or <c>as123</c>; null when not a valid 32-bit ASN.</summary>
    public static long? ParseAsn(string token)
    {
        var t = token.Trim();
        if (t.StartsWith("AS", StringComparison.OrdinalIgnoreCase))
        {
            t = t[2..];
        }

        return t.Length > 0 && t.All(char.IsAsciiDigit)
            && uint.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }
}
