using System.Globalization;
using Cordon.Core;

namespace Cordon.Lists;

/// <summary>Dates written as ISO 8601 prefixes, as FollowTheMoney and Senzing write them: <c>1971</c>, <c>1971-01</c>, <c>1971-01-22</c>.</summary>
internal static class IsoDates
{
    /// <summary>The date with the precision it is written in; other text is kept without numbers.</summary>
    /// <param name="text">The date as written (a time part after <c>T</c> is ignored).</param>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        var cut = value.IndexOf('T', StringComparison.Ordinal);
        var parts = (cut > 0 ? value[..cut] : value).Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !Number(parts[0], 1800, 2200, out var year))
        {
            return new PartialDate(text, null);
        }

        if (parts.Length == 1)
        {
            return new PartialDate(text, year);
        }

        if (!Number(parts[1], 1, 12, out var month))
        {
            return new PartialDate(text, year);
        }

        return parts.Length == 3 && Number(parts[2], 1, DateTime.DaysInMonth(year, month), out var day)
            ? new PartialDate(text, year, month, day)
            : new PartialDate(text, year, month);
    }

    /// <summary>The day, when <paramref name="text"/> names one exactly.</summary>
    public static DateOnly? Day(string? text) =>
        text is not null && Parse(text) is { Year: { } y, Month: { } m, Day: { } d } ? new DateOnly(y, m, d) : null;

    private static bool Number(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
