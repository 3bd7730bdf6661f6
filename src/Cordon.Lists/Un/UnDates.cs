using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cordon.Core;

namespace Cordon.Lists.Un;

/// <summary>Reads the UN list's dates of birth, which are exact, approximate, ranges or free text.</summary>
internal static partial class UnDates
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Maps one <c>INDIVIDUAL_DATE_OF_BIRTH</c>; null when it states nothing.</summary>
    public static PartialDate? FromElement(XElement e)
    {
        var kind = UnXmlReader.Text(e, "TYPE_OF_DATE")?.ToUpperInvariant();
        var note = UnXmlReader.Text(e, "NOTE");
        var approximate = kind == "APPROXIMATELY" || (note?.Contains("approx", StringComparison.OrdinalIgnoreCase) ?? false);

        if (UnXmlReader.Text(e, "FROM_YEAR") is { } from && UnXmlReader.Text(e, "TO_YEAR") is { } to)
        {
            return new PartialDate(WithNote($"{from} to {to}", note), Year(from), YearTo: Year(to), Approximate: approximate);
        }

        if (UnXmlReader.Text(e, "DATE") is { } date)
        {
            var parsed = FromText(date);
            return parsed is null ? new PartialDate(WithNote(date, note), null) : parsed with { Text = WithNote(date, note), Approximate = approximate };
        }

        if (UnXmlReader.Text(e, "YEAR") is { } year)
        {
            // A month is sometimes given only in the note ("Sep.") beside the year.
            return new PartialDate(WithNote(year, note), Year(year), Month(note), Approximate: approximate);
        }

        if (note is not null)
        {
            // Free text such as "Nov. 1973" or "24/06/1402 (Hijri Calendar)": keep the text, read a
            // Gregorian year and month only when they are plainly there.
            var match = YearPattern().Match(note);
            return match.Success
                ? new PartialDate(note, Year(match.Value), Month(note), Approximate: approximate || note.StartsWith("Between", StringComparison.OrdinalIgnoreCase))
                : new PartialDate(note, null, Approximate: approximate);
        }

        return null;
    }

    /// <summary>Reads <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>; null for anything else.</summary>
    public static PartialDate? FromText(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return PartialDate.Of(day);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new PartialDate(text, month.Year, month.Month);
        }

        return text.Length == 4 && Year(text) is { } year ? new PartialDate(text, year) : null;
    }

    private static string WithNote(string text, string? note) => note is null ? text : $"{text} ({note})";

    private static int? Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1800 and < 2200 ? y : null;

    private static int? Month(string? text)
    {
        if (text is null)
        {
            return null;
        }

        int? found = null;
        foreach (Match word in WordPattern().Matches(text))
        {
            var index = Array.IndexOf(MonthNames, word.Value.Length >= 3 ? word.Value[..3].ToLowerInvariant() : word.Value);
            if (index >= 0)
            {
                if (found is not null)
                {
                    // "Between Aug. and Sep. 1977": no single month.
                    return null;
                }

                found = index + 1;
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b(18|19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
