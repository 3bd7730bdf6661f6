using System.Collections.Frozen;
using Cordon.Matching.Countries;
using Cordon.Matching.Normalisation;

namespace Cordon.Matching.Scoring;

/// <summary>
/// cordon-name-v2: tokens that tell two otherwise equal names apart. When one disagrees, the name score is capped
/// just below the threshold (threshold − <see cref="MatchingOptions.DiscriminatorMargin"/>), whatever the other tokens
/// say. Each check is a small function returning the reason shown in the explanation, or null:
/// <list type="bullet">
/// <item>numbers: "Ocean Star 2" is not "Ocean Star 3", "Battalion 21" is not "Battalion 22" (vessels, units, offices);</item>
/// <item>countries: "HSBC Bank Malta" is not "HSBC Bank Canada" (organisations and vessels);</item>
/// <item>directions: "Islamic State West Africa Province" is not "… Central Africa Province" (organisations and vessels);</item>
/// <item>legal forms of different kinds: "Commerzbank AG" (joint stock) is not "Commerzbank GmbH" (limited liability).</item>
/// </list>
/// People's names are not checked for countries or legal forms (Jordan, Chad, Sa are name parts). A branch or
/// subsidiary word on one side only is not a discriminator: on the development pairs the lists write the same branch
/// with and without it ("Taibah International : Bosnia Branch" / "Taibah International-Bosnia Offices").
/// </summary>
internal static class Discriminators
{
    /// <summary>The score, capped when a discriminating token disagrees (the reason added to <paramref name="notes"/>).</summary>
    public static double Cap(NormalisedName a, NormalisedName b, double score, MatchingOptions o, bool person, List<string>? notes)
    {
        var cap = o.Threshold - o.DiscriminatorMargin;
        if (score <= cap)
        {
            return score;
        }

        var reason = Numbers(a, b) ?? (person ? null : Countries(a, b) ?? Directions(a, b) ?? LegalForms(a, b));
        if (reason is null)
        {
            return score;
        }

        notes?.Add(reason + ": capped below the threshold");
        return cap;
    }

    /// <summary>Both names carry numbers and they are not the same numbers.</summary>
    public static string? Numbers(NormalisedName a, NormalisedName b)
    {
        var na = Digits(a);
        var nb = Digits(b);
        return na.Count > 0 && nb.Count > 0 && !na.SetEquals(nb)
            ? $"numbers differ ({string.Join(' ', na.Order(StringComparer.Ordinal))} vs {string.Join(' ', nb.Order(StringComparer.Ordinal))})"
            : null;
    }

    /// <summary>Both names name a country and no country is common to them.</summary>
    public static string? Countries(NormalisedName a, NormalisedName b)
    {
        var ca = CountriesOf(a);
        var cb = CountriesOf(b);
        return ca.Count > 0 && cb.Count > 0 && !ca.Overlaps(cb)
            ? $"countries differ ({string.Join(' ', ca.Order(StringComparer.Ordinal))} vs {string.Join(' ', cb.Order(StringComparer.Ordinal))})"
            : null;
    }

    /// <summary>
    /// Both names name a compass direction or the centre (North, Western, Nord, Sud, Oeste, Vostochny, Central…) and no
    /// direction is common to them: a region, branch or province of one organisation is not another's (West Africa
    /// Province, Central Africa Province). A direction on one side only does not (the lists write "Banco Central de
    /// Venezuela" and "Banco de Venezuela" for different banks, but also leave words out of one name).
    /// </summary>
    public static string? Directions(NormalisedName a, NormalisedName b)
    {
        var da = DirectionsOf(a);
        var db = DirectionsOf(b);
        return da != 0 && db != 0 && (da & db) == 0 ? $"directions differ ({DescribeDirections(da)} vs {DescribeDirections(db)})" : null;
    }

    // Compass words of the languages of the lists (English, French, Spanish, Portuguese, Italian, German, Russian and
    // Ukrainian transliterated), as bits: north 1, south 2, east 4, west 8, centre 16. Short words that are other words
    // too (est, este, sur as a name) are left out.
    private static readonly FrozenDictionary<string, int> DirectionWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["north"] = 1, ["northern"] = 1, ["nord"] = 1, ["norte"] = 1, ["nordico"] = 1, ["norden"] = 1, ["severny"] = 1, ["severnyy"] = 1,
        ["severnyi"] = 1, ["severnaya"] = 1, ["severnoye"] = 1, ["severnoe"] = 1,
        ["south"] = 2, ["southern"] = 2, ["sud"] = 2, ["meridional"] = 2, ["yuzhny"] = 2, ["yuzhnyy"] = 2, ["yuzhnyi"] = 2,
        ["yuzhnaya"] = 2, ["yuzhnoye"] = 2, ["yuzhnoe"] = 2, ["pivdennyi"] = 2,
        ["east"] = 4, ["eastern"] = 4, ["oriental"] = 4, ["orientale"] = 4, ["ost"] = 4, ["vostochny"] = 4, ["vostochnyy"] = 4,
        ["vostochnyi"] = 4, ["vostochnaya"] = 4, ["vostochnoye"] = 4, ["vostochnoe"] = 4, ["skhidnyi"] = 4,
        ["west"] = 8, ["western"] = 8, ["ouest"] = 8, ["oeste"] = 8, ["occidental"] = 8, ["occidentale"] = 8, ["zapadny"] = 8,
        ["zapadnyy"] = 8, ["zapadnyi"] = 8, ["zapadnaya"] = 8, ["zapadnoye"] = 8, ["zapadnoe"] = 8,
        ["central"] = 16, ["centrale"] = 16, ["centrala"] = 16, ["zentral"] = 16, ["tsentralny"] = 16, ["tsentralnyy"] = 16,
        ["tsentralnyi"] = 16, ["tsentralnaya"] = 16, ["tsentralnoye"] = 16, ["tsentralnoe"] = 16,
        ["northeast"] = 5, ["northwest"] = 9, ["southeast"] = 6, ["southwest"] = 10,
        ["northeastern"] = 5, ["northwestern"] = 9, ["southeastern"] = 6, ["southwestern"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static int DirectionsOf(NormalisedName name)
    {
        var bits = 0;
        foreach (var t in name.Tokens)
        {
            bits |= DirectionWords.GetValueOrDefault(t.Forms[0]);
        }

        return bits;
    }

    private static readonly string[] DirectionNames = ["north", "south", "east", "west", "centre"];

    private static string DescribeDirections(int bits) =>
        string.Join(' ', DirectionNames.Where((_, i) => (bits & (1 << i)) != 0));

    /// <summary>Both names end in a legal form, of different families (joint stock vs limited liability).</summary>
    public static string? LegalForms(NormalisedName a, NormalisedName b)
    {
        var fa = LegalFormOf(a);
        var fb = LegalFormOf(b);
        if (fa is null || fb is null)
        {
            return null;
        }

        var familyA = LegalFormTable.FamilyOf(fa.Forms[0]);
        var familyB = LegalFormTable.FamilyOf(fb.Forms[0]);
        return familyA != LegalFormFamily.Unknown && familyB != LegalFormFamily.Unknown && familyA != familyB
            ? $"legal forms of different kinds ('{fa.Text}' {Describe(familyA)}, '{fb.Text}' {Describe(familyB)})"
            : null;
    }

    private static string Describe(LegalFormFamily family) =>
        family == LegalFormFamily.JointStock ? "joint stock" : "limited liability";

    private static NameToken? LegalFormOf(NormalisedName name) =>
        name.Tokens.LastOrDefault(t => t.Class == TokenClass.LegalForm && LegalFormTable.FamilyOf(t.Forms[0]) != LegalFormFamily.Unknown);

    private static HashSet<string> Digits(NormalisedName name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in name.Tokens)
        {
            var f = t.Forms[0];
            if (f.Length > 0 && f.All(char.IsAsciiDigit))
            {
                set.Add(f.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0");
            }
        }

        return set;
    }

    private static HashSet<string> CountriesOf(NormalisedName name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in name.Tokens)
        {
            // Country names and the canonical country words of CountryPhrases; two- and three-letter codes are too
            // often other words (co, as, sa).
            if (t.Forms[0].Length >= 4 && CountryNormaliser.ToIso2(t.Forms[0]) is { } iso2)
            {
                set.Add(iso2);
            }
        }

        return set;
    }
}
