using System.Text;

namespace Cordon.Matching.Evaluation;

/// <summary>
/// A minimal RFC 4180 reader for the evaluation files: comma-separated, double-quoted fields with doubled quotes,
/// quoted line breaks allowed, first row is the header. Rows are returned with the line they start on.
/// </summary>
internal sealed class EvaluationCsv
{
    private readonly string file;
    private readonly Dictionary<string, int> columns;

    private EvaluationCsv(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        this.file = file;
        Header = header;
        Rows = rows;
        columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static EvaluationCsv Parse(string file, TextReader reader, IReadOnlyList<string> requiredColumns)
    {
        var records = ReadRecords(file, reader);
        if (records.Count == 0)
        {
            throw new EvaluationFileException(file, null, null, "the file is empty; expected a header row with " + string.Join(",", requiredColumns));
        }

        var header = records[0].Fields;
        if (header.Count > 0 && header[0].Length > 0 && header[0][0] == '\uFEFF')
        {
            var copy = header.ToList();
            copy[0] = copy[0][1..];
            header = copy;
        }

        var csv = new EvaluationCsv(file, header, records.Skip(1).Where(r => !(r.Fields.Count == 1 && r.Fields[0].Length == 0)).ToList());
        foreach (var required in requiredColumns)
        {
            if (!csv.columns.ContainsKey(required))
            {
                throw new EvaluationFileException(file, 1, required, "the header has no column '" + required + "' (header: " + string.Join(",", header) + ")");
            }
        }

        foreach (var row in csv.Rows)
        {
            if (row.Fields.Count != header.Count)
            {
                throw new EvaluationFileException(file, row.Line, null, $"expected {header.Count} fields as in the header, found {row.Fields.Count}");
            }
        }

        return csv;
    }

    public string Get(CsvRow row, string column) => row.Fields[columns[column]].Trim();

    public string Required(CsvRow row, string column)
    {
        var value = Get(row, column);
        return value.Length == 0 ? throw Error(row, column, "the value is empty") : value;
    }

    public EvaluationFileException Error(CsvRow row, string column, string reason) => new(file, row.Line, column, reason);

    private static List<CsvRow> ReadRecords(string file, TextReader reader)
    {
        var records = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        var inQuotes = false;
        var quotedField = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    break;
                case '"':
                    throw new EvaluationFileException(file, line, null, "a quote inside an unquoted field; quote the whole field and double the inner quotes");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    records.Add(new CsvRow(recordLine, fields));
                    fields = [];
                    line++;
                    recordLine = line;
                    any = false;
                    break;
                default:
                    if (quotedField)
                    {
                        throw new EvaluationFileException(file, line, null, "text after the closing quote of a field");
                    }

                    field.Append(ch);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new EvaluationFileException(file, recordLine, null, "a quoted field is not closed before the end of the file");
        }

        if (any)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRow(recordLine, fields));
        }

        return records;
    }
}
