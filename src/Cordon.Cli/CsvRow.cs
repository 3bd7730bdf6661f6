namespace Cordon.Cli;

/// <summary>One data row of a batch CSV.</summary>
/// <param name="Line">1-based line number in the file (the header is line 1).</param>
/// <param name="Values">Field values by lower-case column name; missing fields are empty.</param>
/// <param name="Error">Why the row's shape is wrong, or null.</param>
internal sealed record CsvRow(long Line, IReadOnlyDictionary<string, string> Values, string? Error)
{
    public string Get(string column) => Values.TryGetValue(column, out var value) ? value : string.Empty;
}
