using System.Globalization;

namespace Cordon.Core;

/// <summary>
/// A date that lists often give only in part (a year, a year and month) or as a range ("1968 to 1970", "circa 1975").
/// <see cref="Text"/> keeps what the list wrote; the numbers are what could be read from it.
/// </summary>
/// <param name="Text">The date as written in the source.</param>
/// <param name="Year">Year, when known.</param>
/// <param name="Month">Month 1–12, when known.</param>
/// <param name="Day">Day of month, when known.</param>
/// <param name="YearTo">Last year of a range ("1968 to 1970"), else null.</param>
/// <param name="Approximate">True for "circa", "approximately" and similar.</param>
public sealed record PartialDate(string Text, int? Year, int? Month = null, int? Day = null, int? YearTo = null, bool Approximate = false)
{
    /// <summary>A full date.</summary>
    public static PartialDate Of(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.Year, date.Month, date.Day);

    /// <summary>True when the date is given to the day and is not a range or an approximation.</summary>
    public bool IsExact => Year is not null && Month is not null && Day is not null && YearTo is null && !Approximate;
}
