using System.Globalization;
using Cordon.Core;

namespace Cordon.Lists.Ofac;

/// <summary>
/// Reads OFAC's date notations into <see cref="PartialDate"/>: <c>14 Nov 1966</c>, <c>Nov 1966</c>, <c>1966</c>,
/// <c>circa 1970</c>, <c>1968 to 1970</c>, <c>01 Jan 1968 to 31 Dec 1970</c>, <c>circa 1960-1962</c>, <c>1966-11-14</c>.
/// </summary>
public static class OfacDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Parses <paramref name="text"/>. Never fails: what cannot be read is returned with only <see cref="PartialDate.Text"/> set,
    /// so the date as written is still shown to the analyst.
    /// </summary>
    /// <param name="text">The date as written, without the "DOB" label.</param>
    /// <returns>The date; <see cref="PartialDate.Year"/> is null when nothing could be read.</returns>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var written = text.Trim().TrimEnd('.').Trim();
        var rest = written;
        var approximate = false;
        foreach (var prefix in (string[])["circa ", "approximately ", "approx. ", "about "])
        {
            if (rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                approximate = true;
                rest = rest[prefix.Length..].Trim();
                break;
            }
        }

        string from;
        string? to = null;
        var toAt = rest.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (toAt > 0)
        {
            from = rest[..toAt];
            to = rest[(toAt + 4)..];
        }
        else if (rest.Length == 9 && rest[4] == '-' && IsYear(rest[..4]) && IsYear(rest[5..]))
        {
            from = rest[..4];
            to = rest[5..];
        }
        else
        {
            from = rest;
        }

        var start = ParseOne(from);
        if (start is null)
        {
            return new PartialDate(written, null, Approximate: approximate);
        }

        var (y, m, d) = start.Value;
        if (to is null)
        {
            return new PartialDate(written, y, m, d, Approximate: approximate);
        }

        var end = ParseOne(to);
        if (end is null)
        {
            return new PartialDate(written, null, Approximate: approximate);
        }

        var (y2, m2, d2) = end.Value;
        if (y2 != y)
        {
            return new PartialDate(written, y, YearTo: y2, Approximate: approximate);
        }

        // A range inside one year keeps only what both ends agree on.
        var month = m == m2 ? m : null;
        var day = month is not null && d == d2 ? d : null;
        return new PartialDate(written, y, month, day, Approximate: approximate);
    }

    private static bool IsYear(string s) =>
        s.Length == 4 && s.All(char.IsAsciiDigit);

    private static (int Year, int? Month, int? Day)? ParseOne(string text)
    {
        var t = text.Trim().TrimEnd('.', ',');
        if (t.Length == 10 && t[4] == '-' && t[7] == '-' &&
            DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return (iso.Year, iso.Month, iso.Day);
        }

        var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts.Length)
        {
            case 1 when IsYear(parts[0]):
                return (Year(parts[0]), null, null);
            case 2 when IsYear(parts[1]) && MonthOf(parts[0]) is { } month:
                return (Year(parts[1]), month, null);
            case 3 when IsYear(parts[2]) && MonthOf(parts[1]) is { } month &&
                        int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day) &&
                        Year(parts[2]) >= 1 && day >= 1 && day <= DateTime.DaysInMonth(Year(parts[2]), month):
                return (Year(parts[2]), month, day);
            default:
                return null;
        }
    }

    private static int Year(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? MonthOf(string s)
    {
        if (s.Length < 3)
        {
            return null;
        }

        var prefix = s[..3].ToLowerInvariant();
        var index = Array.IndexOf(Months, prefix);
        if (index < 0)
        {
            return null;
        }

        // "Sept" and "September" are fine; "Marchx" is not a month.
        var full = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[index];
        var word = s.TrimEnd('.');
        return full.StartsWith(word, StringComparison.OrdinalIgnoreCase) || word.Equals("sept", StringComparison.OrdinalIgnoreCase)
            ? index + 1
            : null;
    }
}
