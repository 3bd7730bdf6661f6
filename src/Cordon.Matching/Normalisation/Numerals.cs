using System.Collections.Frozen;
using System.Globalization;

namespace Cordon.Matching.Normalisation;

/// <summary>
/// cordon-name-v2: numbers written in words or as ordinals become digits, so that "Twenty-One" meets "21", "Second"
/// meets "2nd" and "2": English cardinals (zero to ninety-nine, tens joined with a unit by a space or a hyphen),
/// ordinals in words (first … ninety-ninth) and digit ordinals (1st, 2nd, 3rd, 21st). The digits are what
/// <see cref="Scoring.Discriminators"/> then compares: in a vessel or unit name the number is the identity.
/// </summary>
internal static class Numerals
{
    private static readonly FrozenDictionary<string, int> Units = Table(
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
        ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
        ("seventeen", 17), ("eighteen", 18), ("nineteen", 19),
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9),
        ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16),
        ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19));

    private static readonly FrozenDictionary<string, int> Tens = Table(
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80),
        ("ninetieth", 90));

    /// <summary>
    /// The number that tokens <paramref name="start"/>… spell, and how many tokens it takes (0 when they spell none).
    /// </summary>
    public static (int Length, int Value) At(IReadOnlyList<NameToken> tokens, int start)
    {
        var form = tokens[start].Forms[0];
        if (DigitOrdinal(form) is { } ordinal)
        {
            return (1, ordinal);
        }

        if (Tens.TryGetValue(form, out var tens))
        {
            if (start + 1 < tokens.Count && Units.TryGetValue(tokens[start + 1].Forms[0], out var unit) && unit is > 0 and < 10)
            {
                return (2, tens + unit);
            }

            return (1, tens);
        }

        return Units.TryGetValue(form, out var value) ? (1, value) : (0, 0);
    }

    /// <summary>The number of a roman numeral from I to XX, or null.</summary>
    public static int? Roman(string form) => Array.IndexOf(RomanNumerals, form) is var i and > 0 ? i : null;

    private static readonly string[] RomanNumerals =
    [
        "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];

    /// <summary>The number of a digit ordinal (1st, 2nd, 23rd, 4th), or null.</summary>
    private static int? DigitOrdinal(string form)
    {
        if (form.Length < 3 || !char.IsAsciiDigit(form[0]))
        {
            return null;
        }

        var suffix = form[^2..];
        var digits = form[..^2];
        return suffix is "st" or "nd" or "rd" or "th" && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static FrozenDictionary<string, int> Table(params (string Word, int Value)[] entries) =>
        entries.ToFrozenDictionary(e => e.Word, e => e.Value, StringComparer.Ordinal);
}
