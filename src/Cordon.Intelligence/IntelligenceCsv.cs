using CsvHelper;

namespace Cordon.Intelligence;

/// <summary>
/// Reads the CSV of the intelligence data files (ASN ranges, ASN lists, indicator files) with CsvHelper: RFC 4180
/// quoting, <c>#</c> comment lines and blank lines skipped, spaces around fields trimmed, and a malformed record refused
/// with its file and line rather than read on into the next rows.
/// </summary>
internal static class IntelligenceCsv
{
    // The longest legitimate row (an indicator with its context) is well under a kilobyte; a quote that never closes
    // must not buffer a whole file as one field.
    private const int MaxRecordChars = 64 * 1024;

    private static readonly CsvReaderOptions Strict = new()
    {
        HasHeader = false,
        CommentPrefix = '#',
        SkipEmptyLines = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MaxRecordSize = MaxRecordChars,
    };

    // ASN text lists carry a free-text label after the number ("AS15497 # COLOCALL … "ColoCALL", UA"): a quote inside it is
    // text, not broken CSV.
    private static readonly CsvReaderOptions Lenient = Strict with { MalformedData = CsvMalformedDataHandling.Recover };

    /// <summary>Opens <paramref name="path"/> as text, or explains why it cannot be read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for the message ("the ASN list").</param>
    /// <exception cref="IntelligenceDataException">The file is missing or unreadable.</exception>
    public static StreamReader OpenText(string path, string what)
    {
        try
        {
            return File.OpenText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new IntelligenceDataException(path, null, $"cannot read {what}: " + e.Message, e);
        }
    }

    /// <summary>The records of <paramref name="text"/>, each with the 1-based line it starts on.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file, for error messages.</param>
    /// <param name="strictQuoting">Whether a quote out of place is an error (data files) or text (free-text labels).</param>
    /// <exception cref="IntelligenceDataException">A record breaks the quoting rules (e.g. a quote that is never closed) or is too long.</exception>
    public static IEnumerable<(int Line, string[] Fields)> Records(TextReader text, string path, bool strictQuoting = true)
    {
        using var csv = CsvReader.Create(text, strictQuoting ? Strict : Lenient, leaveOpen: true);
        while (Next(csv, path))
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            yield return ((int)csv.LineNumber, fields);
        }
    }

    private static bool Next(CsvReader csv, string path)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            int? line = e.LineNumber > 0 ? (int)e.LineNumber : null;
            var reason = e.Message.Contains(nameof(CsvReaderOptions.MaxRecordSize), StringComparison.Ordinal)
                ? $"a record is longer than {MaxRecordChars:N0} characters (a quote that is never closed?)"
                : "unterminated quote or malformed quoting: " + e.Message;
            throw new IntelligenceDataException(path, line, reason, e);
        }
    }
}
