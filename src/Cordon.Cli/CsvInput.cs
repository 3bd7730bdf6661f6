using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Cordon.Cli;

/// <summary>
/// Reads a batch CSV whose columns are a contract: required and optional columns by name, any order.
/// A wrong header stops before any work; a bad row is reported by line and skipped.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private readonly CsvReader _csv;
    private readonly string _file;

    private CsvInput(string file, CsvReader csv, IReadOnlyDictionary<string, int> columns)
    {
        _file = file;
        _csv = csv;
        Columns = columns;
    }

    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>Opens <paramref name="file"/> and checks its header.</summary>
    /// <exception cref="UserInputException">Missing file, empty file, missing or unknown or repeated column.</exception>
    public static CsvInput Open(string file, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        if (!File.Exists(file))
        {
            throw new UserInputException($"{file}: no such file.");
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || csv.HeaderRecord.Length == 0)
            {
                throw new UserInputException($"{file}: the file is empty; expected a header line with columns {string.Join(",", required)}.");
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < csv.HeaderRecord.Length; i++)
            {
                var name = csv.HeaderRecord[i].Trim().ToLowerInvariant();
                if (!required.Contains(name) && !optional.Contains(name))
                {
                    throw new UserInputException(
                        $"{file}, line 1: unknown column '{csv.HeaderRecord[i]}'; the columns are {string.Join(",", required)} (required) and {string.Join(",", optional)} (optional).");
                }

                if (!columns.TryAdd(name, i))
                {
                    throw new UserInputException($"{file}, line 1: column '{name}' appears twice.");
                }
            }

            var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
            if (missing.Count > 0)
            {
                throw new UserInputException($"{file}, line 1: missing required column(s) {string.Join(", ", missing)}; the header must include {string.Join(",", required)}.");
            }

            return new CsvInput(file, csv, columns);
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    /// <summary>Reads the rows one by one; each is the line number and the fields by column name.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (ReadSafely())
        {
            var line = _csv.Parser.RawRow;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            string? error = null;
            if (_csv.Parser.Count > Columns.Count)
            {
                error = $"{_csv.Parser.Count} fields where the header has {Columns.Count}";
            }

            foreach (var (name, index) in Columns)
            {
                values[name] = index < _csv.Parser.Count ? _csv.GetField(index) ?? string.Empty : string.Empty;
            }

            yield return new CsvRow(line, values, error);
        }
    }

    private bool ReadSafely()
    {
        try
        {
            return _csv.Read();
        }
        catch (CsvHelperException e)
        {
            throw new UserInputException($"{_file}, line {_csv.Parser.RawRow}: the CSV is malformed ({e.GetType().Name}); rows before it were processed.");
        }
    }

    public void Dispose() => _csv.Dispose();
}
