using System.Globalization;
using System.Text;
using CsvHelper;

namespace Cordon.Lists.Ofac;

/// <summary>Parses and recognises the legacy OFAC CSV files (no header, <c>-0-</c> for empty, a trailing Ctrl-Z).</summary>
internal static class OfacCsvFile
{
    /// <summary>The column count of each file kind.</summary>
    public static int ColumnsOf(OfacCsvRole role) => role switch
    {
        OfacCsvRole.Primary => 12,
        OfacCsvRole.Address => 6,
        OfacCsvRole.Alias => 5,
        _ => 2,
    };

    /// <summary>True when the field is OFAC's empty placeholder. "-0" appears once, truncated at the very end of a 2019 file.</summary>
    public static bool IsEmpty(string field)
    {
        var t = field.AsSpan().Trim();
        return t.Length == 0 || t.SequenceEqual("-0-") || t.SequenceEqual("-0");
    }

    /// <summary>The field trimmed, or null for the empty placeholder.</summary>
    public static string? Value(string field) => IsEmpty(field) ? null : field.Trim();

    /// <summary>Which OFAC CSV file this is, judged from its first line; null when it is none of them.</summary>
    public static OfacCsvRole? Sniff(SourceFile file)
    {
        var line = SourceFileText.FirstLine(file);
        if (line is null)
        {
            return null;
        }

        var fields = SplitLine(line);
        if (fields is null || fields.Count < 2 || !IsId(fields[0]))
        {
            return null;
        }

        return fields.Count switch
        {
            12 => OfacCsvRole.Primary,
            6 when IsId(fields[1]) => OfacCsvRole.Address,
            5 when IsId(fields[1]) && fields[2].Trim() is "aka" or "fka" or "nka" => OfacCsvRole.Alias,
            2 => OfacCsvRole.Comments,
            _ => null,
        };
    }

    /// <summary>Reads every record of <paramref name="file"/>, insisting on <paramref name="columns"/> fields each.</summary>
    /// <exception cref="ListFormatException">Wrong column count, an unterminated quote, or stray quotes; names the line.</exception>
    public static List<OfacCsvRecord> Read(SourceFile file, int columns)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
        };

        var records = new List<OfacCsvRecord>();
        // OFAC ends its files with a DOS end-of-file mark (Ctrl-Z) that is not data.
        using var csv = ListCsv.Open(file, options, trimEnd: 0x1A);
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException e)
            {
                throw ListCsv.Refusal(file, e, "broken CSV quoting (the file may be truncated or damaged): ");
            }

            if (!more)
            {
                break;
            }

            var at = csv.LineNumber;
            if (csv.FieldCount == 1 && csv.GetString(0).Trim().Length == 0)
            {
                continue;
            }

            if (csv.FieldCount != columns)
            {
                throw new ListFormatException(file.Name, at, $"expected {columns} columns but found {csv.FieldCount}");
            }

            var fields = new string[columns];
            for (var i = 0; i < columns; i++)
            {
                fields[i] = csv.GetString(i);
            }

            if (!IsId(fields[0]))
            {
                throw new ListFormatException(file.Name, at, $"the first column must be the entry number, found '{Shorten(fields[0])}'");
            }

            records.Add(new OfacCsvRecord(fields, at, Encoding.UTF8.GetString(csv.RawRecord)));
        }

        return records;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private static bool IsId(string s)
    {
        var t = s.AsSpan().Trim();
        if (t.Length == 0 || t.Length > 12)
        {
            return false;
        }

        foreach (var c in t)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // A quote-aware split of one line, enough to recognise the file without a full parse.
    private static List<string>? SplitLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(current.ToString());
        return fields;
    }
}
