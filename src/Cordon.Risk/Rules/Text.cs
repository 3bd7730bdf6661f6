using System.Globalization;
using System.Text;
using Cordon.Core;
using Cordon.Core.Identifiers;
using Cordon.Matching;

namespace Cordon.Risk.Rules;

/// <summary>Small text helpers shared by the rules.</summary>
internal static class Text
{
    /// <summary>Lower-case letters and digits of each word, accents removed, words sorted: "Bondarenko, OLENA" → "bondarenko olena".</summary>
    public static string NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(words, StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>True when two person names are the same name (exact after normalisation, or a close match by the name matcher).</summary>
    public static bool SameName(string? a, string? b)
    {
        var ka = NameKey(a);
        var kb = NameKey(b);
        if (ka.Length == 0 || kb.Length == 0)
        {
            return true;
        }

        if (ka == kb)
        {
            return true;
        }

        return Matcher.Default.CompareNames(a!, b!, SubjectKind.Person) >= 0.85;
    }

    /// <summary>True when <paramref name="name"/> is the person's name or one of their other names.</summary>
    public static bool IsPersonsName(ApplicationRecord record, string? name)
    {
        if (SameName(record.Person.FullName, name))
        {
            return true;
        }

        foreach (var other in record.Person.OtherNames)
        {
            if (SameName(other, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (missing parts = 1); null when it is none of them.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1 || year > 9999)
        {
            return null;
        }

        var month = 1;
        var day = 1;
        if (parts.Length > 1 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
        {
            return null;
        }

        if (parts.Length > 2 && (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>A <c>YYYY[-MM[-DD]]</c> date as the core model's partial date; null when it is not one.</summary>
    public static PartialDate? ToPartialDate(string? text)
    {
        if (ParseDate(text) is not { } date)
        {
            return null;
        }

        var parts = text!.Trim().Split('-').Length;
        return new PartialDate(text.Trim(), date.Year, parts > 1 ? date.Month : null, parts > 2 ? date.Day : null);
    }

    /// <summary>True when a listed date (possibly a year range or approximate) agrees with the person's date on every part both give.</summary>
    public static bool PartialDatesAgree(PartialDate listed, PartialDate person)
    {
        if (listed.Year is not { } year || person.Year is not { } personYear)
        {
            return false;
        }

        var yearTo = listed.YearTo ?? year;
        var slack = listed.Approximate ? 1 : 0;
        if (personYear < year - slack || personYear > yearTo + slack)
        {
            return false;
        }

        if (listed.YearTo is not null || listed.Approximate)
        {
            return true;
        }

        if (listed.Month is { } m && person.Month is { } pm && m != pm)
        {
            return false;
        }

        return !(listed.Day is { } d && person.Day is { } pd && d != pd);
    }

    /// <summary>True when two partial dates disagree on a part both give.</summary>
    public static bool DatesDisagree(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return false;
        }

        var pa = a.Trim().Split('-');
        var pb = b.Trim().Split('-');
        for (var i = 0; i < Math.Min(pa.Length, pb.Length); i++)
        {
            if (!int.TryParse(pa[i], NumberStyles.None, CultureInfo.InvariantCulture, out var x) || !int.TryParse(pb[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return !string.Equals(pa[i], pb[i], StringComparison.OrdinalIgnoreCase);
            }

            if (x != y)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The domain of an e-mail address, lower case; null when there is none.</summary>
    public static string? EmailDomain(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var at = email.LastIndexOf('@');
        return at >= 0 && at < email.Length - 1 ? email[(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant() : null;
    }

    /// <summary>A domain written as a host (see <see cref="DomainNames.NormaliseUnicode"/>); null when it is not a domain.</summary>
    public static string? Domain(string? value) => DomainNames.NormaliseUnicode(value);

    /// <summary>An address reduced to what identifies a delivery point: line 1, postal code and country, normalised.</summary>
    public static string AddressKey(Records.Address address)
    {
        var line = NameKeyUnsorted(address.Line1) + "|" + NameKeyUnsorted(address.Line2);
        var postal = NameKeyUnsorted(address.PostalCode).Replace(" ", string.Empty, StringComparison.Ordinal);
        var country = (address.Country ?? string.Empty).ToUpperInvariant();
        return line + "|" + postal + "|" + country;
    }

    /// <summary>Number formatting for explanations.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Integer formatting for explanations and paths.</summary>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string NameKeyUnsorted(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
