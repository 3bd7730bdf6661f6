using System.Globalization;
using Cordon.Storage;

namespace Cordon.Accounts;

/// <summary>
/// CSV for people who open it in a spreadsheet: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) neutralised with a leading apostrophe,
/// as OWASP's CSV injection guidance recommends. Audit rows carry user-chosen text (user names, targets), hence the care.
/// </summary>
public static class SpreadsheetCsv
{
    /// <summary>The columns of an audit export, in order.</summary>
    public static IReadOnlyList<string> AuditColumns { get; } =
        ["id", "at", "organisation", "user_id", "user_name", "api_key", "action", "target_type", "target_id", "outcome", "details", "remote_address"];

    /// <summary><paramref name="value"/> made inert for spreadsheets (not yet quoted).</summary>
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    /// <summary>One cell: neutralised, then quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string? value)
    {
        var text = Neutralise(value);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Writes one CSV line of cells.</summary>
    public static void WriteLine(TextWriter writer, IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', cells.Select(Cell)));
        writer.Write("\r\n");
    }

    /// <summary>Writes the header and one line per audit row.</summary>
    public static async Task WriteAuditAsync(TextWriter writer, IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        WriteLine(writer, AuditColumns);
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            WriteLine(writer,
            [
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                e.OrganisationId,
                e.UserId,
                e.UserName,
                e.ApiKeyId,
                e.Action,
                e.TargetType,
                e.TargetId,
                e.Outcome,
                e.DetailsJson,
                e.RemoteAddress,
            ]);
        }

        await writer.FlushAsync(cancellationToken);
    }
}
