using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Cordon.Core;

namespace Cordon.Matching.Countries;

/// <summary>
/// Maps the ways lists and callers write a country (ISO 3166 alpha-2 or alpha-3 codes, English names, list forms such
/// as "Korea, North" or "Korea, Democratic People's Republic of", demonyms) to the ISO alpha-2 code. Built from .NET's
/// region data, plus a small table of the forms that data lacks.
/// </summary>
public static class CountryNormaliser
{
    private static readonly Lazy<FrozenDictionary<string, string>> Map = new(Build);

    /// <summary>The ISO 3166 alpha-2 code (upper case) for <paramref name="country"/>, or null when it is not recognised.</summary>
    public static string? ToIso2(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        var key = Key(country);
        return Map.Value.GetValueOrDefault(key);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var iso2 = region.TwoLetterISORegionName.ToUpperInvariant();
            if (iso2.Length != 2 || !char.IsAsciiLetter(iso2[0]) || !char.IsAsciiLetter(iso2[1]))
            {
                continue;
            }

            map.TryAdd(Key(iso2), iso2);
            map.TryAdd(Key(region.ThreeLetterISORegionName), iso2);
            map.TryAdd(Key(region.EnglishName), iso2);
        }

        foreach (var (alias, iso2) in Aliases)
        {
            map[Key(alias)] = iso2;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Forms used by sanctions lists and callers that region data does not give (or gives differently), and demonyms.
    private static readonly (string Alias, string Iso2)[] Aliases =
    [
        ("Korea, North", "KP"), ("North Korea", "KP"), ("DPRK", "KP"), ("D.P.R.K.", "KP"), ("DPR Korea", "KP"), ("Korea DPR", "KP"),
        ("Democratic People's Republic of Korea", "KP"), ("Korea, Democratic People's Republic of", "KP"), ("PRK", "KP"), ("KP", "KP"),
        ("North Korean", "KP"), ("Korea (North)", "KP"), ("Korea, Dem. People's Rep.", "KP"), ("Democratic Peoples Republic of Korea", "KP"),
        ("Korea, South", "KR"), ("South Korea", "KR"), ("Republic of Korea", "KR"), ("Korea, Republic of", "KR"), ("ROK", "KR"),
        ("South Korean", "KR"), ("Korea (South)", "KR"), ("Korea, Rep.", "KR"),
        ("Russia", "RU"), ("Russian Federation", "RU"), ("Russian", "RU"), ("Iran", "IR"), ("Iran, Islamic Republic of", "IR"),
        ("Iranian", "IR"), ("Syria", "SY"), ("Syrian Arab Republic", "SY"), ("Syrian", "SY"), ("China", "CN"),
        ("People's Republic of China", "CN"), ("PRC", "CN"), ("Chinese", "CN"), ("China, People's Republic of", "CN"),
        ("Burma", "MM"), ("Myanmar", "MM"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Laos", "LA"), ("Lao People's Democratic Republic", "LA"),
        ("United Arab Emirates", "AE"), ("UAE", "AE"), ("United Kingdom", "GB"), ("UK", "GB"), ("Great Britain", "GB"), ("Britain", "GB"),
        ("British", "GB"), ("United States", "US"), ("United States of America", "US"), ("USA", "US"), ("U.S.", "US"), ("American", "US"),
        ("Hong Kong", "HK"), ("Taiwan", "TW"), ("Macau", "MO"), ("Macao", "MO"), ("Turkey", "TR"), ("Türkiye", "TR"), ("Czechia", "CZ"),
        ("Czech Republic", "CZ"), ("Cote d'Ivoire", "CI"), ("Ivory Coast", "CI"), ("Congo, Democratic Republic of the", "CD"),
        ("Democratic Republic of the Congo", "CD"), ("Congo, Republic of the", "CG"), ("Venezuela", "VE"), ("Bolivia", "BO"),
        ("Tanzania", "TZ"), ("Moldova", "MD"), ("Palestinian", "PS"), ("West Bank", "PS"), ("Gaza", "PS"), ("Kosovo", "XK"),
        ("Belarusian", "BY"), ("Ukrainian", "UA"), ("Cuban", "CU"), ("Venezuelan", "VE"), ("Iraqi", "IQ"), ("Lebanese", "LB"),
        ("Pakistani", "PK"), ("Afghan", "AF"), ("Japanese", "JP"), ("Mongolian", "MN"), ("Singaporean", "SG"), ("Malaysian", "MY"),
        ("Indonesian", "ID"), ("Thai", "TH"), ("Vietnamese", "VN"), ("Cambodian", "KH"), ("Filipino", "PH"), ("Indian", "IN"),
        ("Nigerian", "NG"), ("Emirati", "AE"), ("Turkish", "TR"), ("German", "DE"), ("French", "FR"), ("Canadian", "CA"),
        ("Brunei", "BN"), ("Micronesia", "FM"), ("Saint Kitts and Nevis", "KN"), ("Bahamas", "BS"), ("Gambia", "GM"),
        ("Eswatini", "SZ"), ("Swaziland", "SZ"), ("North Macedonia", "MK"), ("Macedonia", "MK"), ("Cape Verde", "CV"),
        ("Sao Tome and Principe", "ST"), ("Vatican", "VA"), ("Holy See", "VA"), ("Sudan", "SD"), ("South Sudan", "SS"),
    ];

    private static string Key(string s)
    {
        var decomposed = UnicodeText.ReplaceUnpairedSurrogates(s).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is ' ' or ',' or '-' or '(' or ')' or '/')
            {
                space = true;
            }
        }

        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
