using System.Globalization;
using Cordon.Core;

namespace Cordon.Lists.UsCsl;

/// <summary>Reads the CSL's dates: <c>1973-03-25</c>, <c>1969</c>, <c>circa 1970</c>, <c>1968 to 1970</c>, <c>16 Jan 2017</c>.</summary>
internal static class CslDates
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "d MMM yyyy", "dd MMM yyyy"];
    private static readonly string[] MonthFormats = ["yyyy-MM", "MMM yyyy"];

    public static PartialDate Parse(string text)
    {
        var approximate = false;
        var value = text;
        if (value.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
        {
            approximate = true;
            value = value[6..].Trim();
        }

        var range = value.Split(" to ", 2, StringSplitOptions.TrimEntries);
        if (range.Length == 2 && Year(range[0]) is { } from && Year(range[1]) is { } to)
        {
            return new PartialDate(text, from, YearTo: to, Approximate: approximate);
        }

        // "01 Jan 2015 to 31 Dec 2015": a span of days, which PartialDate holds as a span of years.
        if (range.Length == 2
            && DateOnly.TryParseExact(range[0], DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && DateOnly.TryParseExact(range[1], DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            return new PartialDate(text, first.Year, YearTo: last.Year == first.Year ? null : last.Year, Approximate: true);
        }

        if (DateOnly.TryParseExact(value, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new PartialDate(text, day.Year, day.Month, day.Day, Approximate: approximate);
        }

        if (DateOnly.TryParseExact(value, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new PartialDate(text, month.Year, month.Month, Approximate: approximate);
        }

        return new PartialDate(text, Year(value), Approximate: approximate);
    }

    private static int? Year(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
}
