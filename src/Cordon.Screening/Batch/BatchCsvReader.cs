using System.Globalization;
using CsvHelper;

namespace Cordon.Screening.Batch;

/// <summary>
/// Reads a batch CSV whose columns are a contract: required and optional columns by name, any order. The one reader of
/// batch files, for <c>cordon screen</c>, <c>cordon watch add</c> and the workspace's uploads alike.
/// A wrong header stops before any work; a bad row is reported by line and skipped.
/// </summary>
public sealed class BatchCsvReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly string _file;
    private readonly Stream _stream;

    private BatchCsvReader(string file, Stream stream, CsvReader csv, IReadOnlyDictionary<string, int> columns)
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

    /// <summary>Column positions by lower-case name.</summary>
    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>Opens <paramref name="file"/> and checks its header.</summary>
    /// <exception cref="BatchInputException">Missing file, empty file, missing or unknown or repeated column.</exception>
    public static BatchCsvReader OpenFile(string file, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file))
        {
            throw new BatchInputException($"{file}: no such file.");
        }

        return Open(file, File.OpenRead(file), required, optional, MaxRecordSize);
    }

    /// <summary>Reads <paramref name="stream"/> (named <paramref name="name"/> in every message) and checks its header.</summary>
    /// <param name="name">The file name shown in messages.</param>
    /// <param name="stream">The content; disposed with the reader.</param>
    /// <param name="required">Columns that must be present.</param>
    /// <param name="optional">Columns that may be present.</param>
    /// <param name="maxRecordSize">Largest row read, in bytes.</param>
    /// <exception cref="BatchInputException">Empty content, missing or unknown or repeated column.</exception>
    public static BatchCsvReader Open(string name, Stream stream, IReadOnlyList<string> required, IReadOnlyList<string> optional, int maxRecordSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(optional);
        var file = name;
        var csv = CsvReader.Create(stream, new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = maxRecordSize,
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
                throw new BatchInputException($"{file}, line 1: the header is malformed ({e.Message}).");
            }

            if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
            {
                throw new BatchInputException($"{file}: the file is empty; expected a header line with columns {string.Join(",", required)}.");
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var column = header[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
                if (!required.Contains(column) && !optional.Contains(column))
                {
                    throw new BatchInputException(
                        $"{file}, line 1: unknown column '{header[i]}'; the columns are {string.Join(",", required)} (required) and {string.Join(",", optional)} (optional).");
                }

                if (!columns.TryAdd(column, i))
                {
                    throw new BatchInputException($"{file}, line 1: column '{column}' appears twice.");
                }
            }

            var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
            if (missing.Count > 0)
            {
                throw new BatchInputException($"{file}, line 1: missing required column(s) {string.Join(", ", missing)}; the header must include {string.Join(",", required)}.");
            }

            return new BatchCsvReader(file, stream, csv, columns);
        }
        catch
        {
            csv.Dispose();
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the rows one by one; each is the line number and the fields by column name.</summary>
    public IEnumerable<BatchCsvRow> Rows()
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

            yield return new BatchCsvRow(line, values, error);
        }
    }

    /// <summary>
    /// Where and why the file turned out to be malformed part-way (file, line, reason), or null: reading stopped there,
    /// and the rows before it were still handed out.
    /// </summary>
    public string? Malformed { get; private set; }

    /// <summary>
    /// Set when the file turned out to be malformed part-way: reading stopped there, and the rows before it
    /// were still handed out so that their results are written.
    /// </summary>
    public string? StoppedBecause => Malformed is null ? null : Malformed + "; reading stopped there, the rows before it were processed.";

    private bool ReadSafely()
    {
        try
        {
            return _csv.Read();
        }
        catch (CsvFormatException e)
        {
            Malformed = $"{_file}, line {(e.LineNumber > 0 ? e.LineNumber : _csv.LineNumber)}: the CSV is malformed ({e.Message})";
            return false;
        }
    }

    /// <summary>Throws when reading stopped on malformed input, after the rows before it have been processed.</summary>
    public void ThrowIfStopped()
    {
        if (StoppedBecause is not null)
        {
            throw new BatchInputException(StoppedBecause);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _csv.Dispose();
        _stream.Dispose();
    }
}
