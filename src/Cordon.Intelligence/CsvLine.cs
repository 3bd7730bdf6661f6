namespace Cordon.Intelligence;

/// <summary>Splits one CSV line (RFC 4180 quoting, spaces before a quoted field tolerated).</summary>
internal static class CsvLine
{
    /// <summary>Splits <paramref name="line"/> into fields; returns null when a quote is not closed.</summary>
    public static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var i = 0;
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            sb.Clear();
            var j = i;
            while (j < line.Length && line[j] == ' ')
            {
                j++;
            }

            if (j < line.Length && line[j] == '"')
            {
                j++;
                var closed = false;
                while (j < line.Length)
                {
                    if (line[j] == '"')
                    {
                        if (j + 1 < line.Length && line[j + 1] == '"')
                        {
                            sb.Append('"');
                            j += 2;
                            continue;
                        }

                        closed = true;
                        j++;
                        break;
                    }

                    sb.Append(line[j]);
                    j++;
                }

                if (!closed)
                {
                    return null;
                }

                while (j < line.Length && line[j] != ',')
                {
                    j++;
                }

                fields.Add(sb.ToString());
            }
            else
            {
                var end = line.IndexOf(',', i);
                if (end < 0)
                {
                    end = line.Length;
                }

                fields.Add(line[i..end].Trim());
                j = end;
            }

            if (j >= line.Length)
            {
                return fields;
            }

            i = j + 1;
        }
    }
}
