namespace Cordon.Lists.Ofac;

/// <summary>One parsed CSV line with where it came from.</summary>
/// <param name="Fields">The fields, unquoted, with OFAC's <c>-0-</c> placeholders still in place.</param>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Raw">The line as written, without its line break.</param>
internal sealed record OfacCsvRecord(string[] Fields, long Line, string Raw);
