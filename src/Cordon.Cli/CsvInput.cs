using System.Globalization;
using CsvHelper;

namespace Cordon.Cli;

/// <summary>
/// Reads a batch CSV whose columns are a contract: required and optional columns by name, any order.
/// A wrong header stops before any work; a bad row is reported by line and skipped.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private readonly CsvReader _csv;
    private readonly string _file;
    private readonly FileStream _stream;

    private CsvInput(string file, FileStream stream, CsvReader csv, IReadOnlyDictionary<string, int> columns)
    {
        _file = file;
        _stream = stream;
        _csv = csv;
        Columns = columns;
    }

    /// <summary>How much of the file has been read, 0 to 1 (approximate: the reader buffers ahead).</summary>
    public double Fraction => _stream.Length == 0 ? 1 : Math.Min(1, (double)_stream.Position / _stream.Length);

    /// <summary>
    /// Largest row read, in bytes: far above any real row (an oversized name is then refused row by row),
    /// low enough that a broken file cannot exhaust memory.
    /// </summary>
    public const int MaxRecordSize = 64 << 20;

    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>Opens <paramref name="file"/> and checks its header.</summary>
    /// <exception cref="UserInputException">Missing file, empty file, missing or unknown or repeated column.</exception>
    public static CsvInput Open(string file, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        if (!File.Exists(file))
        {
            throw new UserInputException($"{file}: no such file.");
        }

        var stream = File.OpenRead(file);
        var csv = CsvReader.Create(stream, new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = MaxRecordSize,
        });
        try
        {
            string[] header;
            try
            {
                header = csv.Headers.ToArray();
            }
            catch (CsvFormatException e)
            {
                throw new UserInputException($"{file}, line 1: the header is malformed ({e.Message}).");
            }

            if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
            {
                throw new UserInputException($"{file}: the file is empty; expected a header line with columns {string.Join(",", required)}.");
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var name = header[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
                if (!required.Contains(name) && !optional.Contains(name))
                {
                    throw new UserInputException(
                        $"{file}, line 1: unknown column '{header[i]}'; the columns are {string.Join(",", required)} (required) and {string.Join(",", optional)} (optional).");
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

            return new CsvInput(file, stream, csv, columns);
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
            var line = _csv.LineNumber;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            string? error = null;
            if (_csv.FieldCount > Columns.Count)
            {
                error = $"{_csv.FieldCount} fields where the header has {Columns.Count}";
            }

            foreach (var (name, index) in Columns)
            {
                values[name] = index < _csv.FieldCount ? _csv.GetString(index) : string.Empty;
            }

            yield return new CsvRow(line, values, error);
        }
    }

    /// <summary>
    /// Set when the file turned out to be malformed part-way: reading stopped there, and the rows before it
    /// were still handed out so that their results are written.
    /// </summary>
    public string? StoppedBecause { get; private set; }

    private bool ReadSafely()
    {
        try
        {
            return _csv.Read();
        }
        catch (CsvFormatException e)
        {
            StoppedBecause = $"{_file}, line {(e.LineNumber > 0 ? e.LineNumber : _csv.LineNumber)}: the CSV is malformed ({e.Message}); reading stopped there, the rows before it were processed.";
            return false;
        }
    }

    /// <summary>Throws when reading stopped on malformed input, after the rows before it have been processed.</summary>
    public void ThrowIfStopped()
    {
        if (StoppedBecause is not null)
        {
            throw new UserInputException(StoppedBecause);
        }
    }

    public void Dispose() => _csv.Dispose();
}
