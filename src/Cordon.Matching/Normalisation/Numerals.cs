using System.Collections.Frozen;
using System.Globalization;

namespace Cordon.Matching.Normalisation;

/// <summary>
/// cordon-name-v2: numbers written in words or as ordinals become digits, so that "Twenty-One" meets "21", "Second"
/// meets "2nd" and "2": English cardinals (zero to ninety-nine, tens joined with a unit by a space or a hyphen),
/// ordinals in words (first … ninety-ninth) and digit ordinals (1st, 2nd, 3rd, 21st); cardinals and ordinals from two
/// to ten in the other languages of the lists (French, Spanish, Portuguese, Italian, German, Russian and Ukrainian as
/// transliterated: Deux, Dos…, Zweite, Vtoroy, Второй), in the spellings of the Unicode CLDR number-spellout rules. The digits are what
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

        return Units.TryGetValue(form, out var value) || OtherLanguages.TryGetValue(form, out value) ? (1, value) : (0, 0);
    }

    // Two to ten, cardinal and ordinal (masculine and feminine), in the other languages of the lists. One is left out
    // (un, une, uno, ein, odin: articles and name syllables such as Kim Jong Un), and so are words that are also
    // particles, place words or common given names (dos as in dos Santos, otto, primo, segundo, quinta, tri, sem, sei).
    private static readonly FrozenDictionary<string, int> OtherLanguages = Table(
        // French
        ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10),
        ("deuxieme", 2), ("second", 2), ("seconde", 2), ("troisieme", 3), ("quatrieme", 4), ("cinquieme", 5), ("sixieme", 6),
        ("septieme", 7), ("huitieme", 8), ("neuvieme", 9), ("dixieme", 10),
        // Spanish and Portuguese
        ("tres", 3), ("cuatro", 4), ("quatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("sete", 7), ("ocho", 8), ("oito", 8),
        ("nueve", 9), ("diez", 10), ("dez", 10), ("tercero", 3), ("tercera", 3), ("terceiro", 3), ("terceira", 3), ("cuarto", 4),
        ("cuarta", 4), ("sexto", 6), ("sexta", 6), ("septimo", 7), ("septima", 7), ("setimo", 7),
        ("octavo", 8), ("octava", 8), ("oitavo", 8), ("noveno", 9), ("novena", 9), ("decimo", 10), ("decima", 10),
        // Italian
        ("due", 2), ("tre", 3), ("quattro", 4), ("sette", 7), ("dieci", 10), ("terzo", 3), ("terza", 3), ("settimo", 7),
        ("ottavo", 8), ("nono", 9),
        // German
        ("zwei", 2), ("drei", 3), ("vier", 4), ("funf", 5), ("fuenf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9),
        ("zehn", 10), ("zweite", 2), ("zweiter", 2), ("dritte", 3), ("dritter", 3), ("vierte", 4), ("vierter", 4), ("funfte", 5),
        ("fuenfte", 5), ("sechste", 6), ("siebte", 7), ("achte", 8), ("neunte", 9), ("zehnte", 10),
        // Russian and Ukrainian, transliterated
        ("dva", 2), ("dve", 2), ("chetyre", 4), ("pyat", 5), ("shest", 6), ("vosem", 8), ("devyat", 9), ("desyat", 10),
        ("vtoroy", 2), ("vtoroi", 2), ("vtoraya", 2), ("vtoroye", 2), ("vtoroe", 2), ("tretiy", 3), ("tretii", 3), ("tretya", 3),
        ("tretye", 3), ("chetvertyy", 4), ("chetvertyi", 4), ("chetvertaya", 4), ("pyatyy", 5), ("pyatyi", 5), ("pyataya", 5),
        ("shestoy", 6), ("shestoi", 6), ("shestaya", 6), ("sedmoy", 7), ("sedmoi", 7), ("sedmaya", 7), ("vosmoy", 8),
        ("vosmoi", 8), ("vosmaya", 8), ("devyatyy", 9), ("devyatyi", 9), ("devyataya", 9), ("desyatyy", 10), ("desyatyi", 10),
        ("desyataya", 10), ("druhyi", 2), ("druha", 2), ("tretia", 3));

    /// <summary>The number of a roman numeral from I to XX, or null.</summary>
    public static int? Roman(string form) => Array.IndexOf(RomanNumerals, form) is var i and > 0 ? i : null;

    private static readonly string[] RomanNumerals =
    [
        "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];

    /// <summary>
    /// The number of a digit ordinal, or null: English (1st, 2nd, 23rd, 4th) and French (1er, 1re, 1ere, 2e, 2eme: the
    /// written abbreviations listed with the CLDR ordinal rules). A digit followed by another letter is a code (2B), not
    /// an ordinal.
    /// </summary>
    private static int? DigitOrdinal(string form)
    {
        if (form.Length < 2 || !char.IsAsciiDigit(form[0]))
        {
            return null;
        }

        var k = 0;
        while (k < form.Length && char.IsAsciiDigit(form[k]))
        {
            k++;
        }

        var suffix = form[k..];
        return suffix is "st" or "nd" or "rd" or "th" or "er" or "re" or "ere" or "e" or "eme"
            && int.TryParse(form.AsSpan(0, k), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static FrozenDictionary<string, int> Table(params (string Word, int Value)[] entries) =>
        entries.ToFrozenDictionary(e => e.Word, e => e.Value, StringComparer.Ordinal);
}
