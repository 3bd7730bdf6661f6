using System.Globalization;
using Cordon.Core.Export;
using Cordon.Core;

namespace Cordon.Accounts;

/// <summary>
/// The audit log as CSV for people who open it in a spreadsheet: audit rows carry user-chosen text (user names, targets),
/// so every cell goes through <see cref="CsvCells"/>, which neutralises formulas and quotes as RFC 4180 requires.
/// </summary>
public static class AuditCsv
{
    /// <summary>The columns of an audit export, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "at", "organisation", "user_id", "user_name", "api_key", "action", "target_type", "target_id", "outcome", "details", "remote_address"];

    /// <summary>Writes the header and one line per audit row.</summary>
    public static async Task WriteAsync(TextWriter writer, IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        await CsvCells.WriteLineAsync(writer, Columns);
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            await CsvCells.WriteLineAsync(writer,
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
