namespace Cordon.Intelligence;

/// <summary>Reads files of CIDR ranges, one per line, with <c>#</c> comments.</summary>
internal static class CidrListFile
{
    /// <summary>Adds the ranges in <paramref name="path"/> to <paramref name="into"/>.</summary>
    /// <exception cref="IntelligenceDataException">The file is missing or a line is not a CIDR range.</exception>
    public static void Read(string path, List<IpRange> into)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new IntelligenceDataException(path, null, "cannot read the CIDR list: " + e.Message, e);
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

            into.Add(IpAddressMath.ParseCidr(text) ?? throw new IntelligenceDataException(path, i + 1, "not a CIDR range: '" + text + "'"));
        }
    }
}
