using System.Globalization;
using Cordon.Core.Export;
using Cordon.Matching;

namespace Cordon.Screening.Batch;

/// <summary>
/// The one contract of batch screening files, for <c>cordon screen</c> and the workspace alike: the input columns, the
/// result and error columns, and how a result row is written (every cell through <see cref="CsvCells"/>, so a name such
/// as <c>=HYPERLINK(…)</c> reaches a spreadsheet as text, never as a formula).
/// </summary>
public static class ScreeningCsv
{
    /// <summary>Input columns that must be present.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["id", "name"];

    /// <summary>Input columns that may be present.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["type", "date_of_birth", "nationality"];

    /// <summary>Result columns: the query's id and name, then one row per match.</summary>
    public static readonly IReadOnlyList<string> ResultColumns = ["id", "name", "rank", "score", "list", "entity_id", "matched_name", "primary_name"];

    /// <summary>Columns of the rejected-rows file.</summary>
    public static readonly IReadOnlyList<string> ErrorColumns = ["line", "id", "error"];

    /// <summary>The subject fields of an input row.</summary>
    public static SubjectInput Input(BatchCsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new SubjectInput { Name = row.Get("name"), Type = row.Get("type"), DateOfBirth = row.Get("date_of_birth"), Nationality = row.Get("nationality") };
    }

    /// <summary>The CSV line (no terminator) of the match ranked <paramref name="rank"/> (1-based) for a query.</summary>
    public static string ResultLine(string id, string queryName, int rank, ScreeningMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return CsvCells.Line(
        [
            id,
            queryName,
            rank.ToString(CultureInfo.InvariantCulture),
            match.Score.ToString("0.0000", CultureInfo.InvariantCulture),
            match.Entity.ListId,
            match.Entity.SourceId,
            match.MatchedName,
            match.Entity.PrimaryName,
        ]);
    }

    /// <summary>The CSV line (no terminator) of a rejected row.</summary>
    public static string ErrorLine(long line, string id, string error) =>
        CsvCells.Line([line.ToString(CultureInfo.InvariantCulture), id, error]);
}
