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
            var line = lines[i];
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            string token;
            if (text.Contains(',', StringComparison.Ordinal) || text.StartsWith('"'))
            {
                var fields = CsvLine.Split(text) ?? throw new IntelligenceDataException(path, i + 1, "unterminated quote");
                token = fields[0].Trim();
                if (i == 0 && token.Equals("asn", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
            }
            else
            {
                token = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
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
