using System.Globalization;

namespace Cordon.Intelligence;

/// <summary>Reads ASN lists: <c>AS123 # name</c> text lines (X4BNet lists_vpn) or <c>ASN,Entity</c> CSV (bad-asn-list); blank lines and <c>#</c> comments are skipped.</summary>
internal static class AsnListFile
{
    /// <summary>Adds every ASN in <paramref name="path"/> to <paramref name="into"/>.</summary>
    /// <exception cref="IntelligenceDataException">The file is missing or a line holds no valid ASN.</exception>
    public static void Read(string path, HashSet<long> into)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new IntelligenceDataException(path, null, "cannot read the ASN list: " + e.Message, e);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            // The first field is the ASN: "AS123 # name", "123,Entity" or "\"123\",\"Entity\"". The rest (which may hold '#' or ',') is a label.
            string token;
            if (text[0] == '"')
            {
                var fields = CsvLine.Split(text) ?? throw new IntelligenceDataException(path, i + 1, "unterminated quote");
                token = fields[0].Trim();
            }
            else
            {
                var end = text.IndexOfAny([' ', '\t', ',', '#']);
                token = end < 0 ? text : text[..end];
            }

            if (i == 0 && token.Equals("asn", StringComparison.OrdinalIgnoreCase))
            {
                continue; // header row
            }

            into.Add(ParseAsn(token) ?? throw new IntelligenceDataException(path, i + 1, "not an ASN: '" + token + "'"));
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
