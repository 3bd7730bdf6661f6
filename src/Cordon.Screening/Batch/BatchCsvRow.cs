namespace Cordon.Screening.Batch;

/// <summary>One data row of a batch CSV.</summary>
/// <param name="Line">1-based line number in the file (the header is line 1).</param>
/// <param name="Values">Field values by lower-case column name; missing fields are empty.</param>
/// <param name="Error">Why the row's shape is wrong, or null.</param>
public sealed record BatchCsvRow(long Line, IReadOnlyDictionary<string, string> Values, string? Error)
{
    /// <summary>The value of <paramref name="column"/>, empty when the row has none.</summary>
    public string Get(string column) => Values.TryGetValue(column, out var value) ? value : string.Empty;
}
