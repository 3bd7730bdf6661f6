using System.Text;

namespace Cordon.Core.Export;

/// <summary>
/// Writes CSV fields that are safe to open in a spreadsheet: every export of Cordon (screening results, audit log,
/// case lists) goes through here. A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return is read by spreadsheet programs as a formula (CSV injection, OWASP), so it gets a leading apostrophe;
/// fields holding a comma, a quote or a line break are quoted as RFC 4180 requires.
/// </summary>
public static class CsvCells
{
    /// <summary>The value with a leading apostrophe when a spreadsheet would take it for a formula; empty for null.</summary>
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    /// <summary>One CSV field: neutralised, then quoted when it holds a comma, a quote or a line break.</summary>
    public static string Field(string? value)
    {
        var safe = Neutralise(value);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>A CSV line of <paramref name="values"/> (no line terminator).</summary>
    public static string Line(IEnumerable<string?> values) => string.Join(',', values.Select(Field));

    /// <summary>Writes a CSV line of <paramref name="values"/> followed by CRLF.</summary>
    public static async Task WriteLineAsync(TextWriter writer, IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder(Line(values)).Append("\r\n");
        await writer.WriteAsync(line.ToString());
    }
}
