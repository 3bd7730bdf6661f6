using System.Text;
using CsvHelper;

namespace Cordon.Lists;

/// <summary>
/// Opens list CSV files the same way for every reader: streamed from the file's bytes (never copied into one string),
/// UTF-8 or, for bytes that are not valid UTF-8, Latin-1 as older OFAC and BIS files were written; and with a bound on
/// a record's size, so that a field that never ends (a missing closing quote, or a hostile 200 MB field) is refused
/// with its line and the limit instead of being buffered whole.
/// </summary>
internal static class ListCsv
{
    /// <summary>Largest record accepted, in bytes: the longest records of the official files (OFAC remarks) are under 10 KB.</summary>
    public const int MaxRecordBytes = 1 << 20;

    /// <summary>A reader over <paramref name="file"/> with <paramref name="options"/>, the record bound and the file's encoding.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">The reader's options (separator, header, strictness).</param>
    /// <param name="trimEnd">Trailing bytes that are not data, such as OFAC's DOS end-of-file mark (Ctrl-Z).</param>
    public static CsvReader Open(SourceFile file, CsvReaderOptions options, byte? trimEnd = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var content = file.Content;
        while (trimEnd is { } mark && content.Length > 0 && content.Span[^1] == mark)
        {
            content = content[..^1];
        }

        var encoding = System.Text.Unicode.Utf8.IsValid(content.Span) ? Encoding.UTF8 : Encoding.Latin1;
        var stream = SourceFileXml.Open(file with { Content = content });
        return CsvReader.Create(stream, options with { MaxRecordSize = MaxRecordBytes, Encoding = encoding }, leaveOpen: false);
    }

    /// <summary>The error for a CSV the reader refused: an over-long record names the limit; anything else is malformed.</summary>
    /// <param name="file">The file.</param>
    /// <param name="ex">The reader's error.</param>
    /// <param name="malformed">How to describe malformed content for this format.</param>
    public static ListFormatException Refusal(SourceFile file, CsvFormatException ex, string malformed)
    {
        ArgumentNullException.ThrowIfNull(ex);
        long? line = ex.LineNumber > 0 ? ex.LineNumber : null;
        return ex.Message.Contains(nameof(CsvReaderOptions.MaxRecordSize), StringComparison.Ordinal)
            ? new ListFormatException(file.Name, line, $"a record is longer than {MaxRecordBytes:N0} bytes, the limit for list files (a field without its closing quote?): refused", ex)
            : new ListFormatException(file.Name, line, malformed + ex.Message, ex);
    }
}
