namespace Cordon.Matching.Evaluation;

/// <summary>One record of an evaluation CSV file and the 1-based line it starts on.</summary>
/// <param name="Line">The line the record starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
internal sealed record CsvRow(long Line, IReadOnlyList<string> Fields);
