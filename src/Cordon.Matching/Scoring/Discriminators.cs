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

        var reason = Numbers(a, b) ?? (person ? null : Countries(a, b) ?? LegalForms(a, b));
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
