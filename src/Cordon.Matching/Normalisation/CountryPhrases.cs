namespace Cordon.Matching.Normalisation;

/// <summary>
/// Country names written as several words inside names ("Bank of the Democratic People's Republic of Korea", "… of North
/// Korea", "… of the DPRK") replaced by one canonical word, so that the many ways of writing a country agree.
/// </summary>
internal static class CountryPhrases
{
    // Longest phrases first: matching is greedy.
    private static readonly (string[] Words, string Canonical)[] Phrases =
    [
        (["democratic", "peoples", "republic", "of", "korea"], "dprk"),
        (["korea", "democratic", "peoples", "republic", "of"], "dprk"),
        (["democratic", "peoples", "republic", "korea"], "dprk"),
        (["peoples", "republic", "of", "china"], "china"),
        (["islamic", "republic", "of", "iran"], "iran"),
        (["united", "states", "of", "america"], "usa"),
        (["united", "arab", "emirates"], "uae"),
        (["republic", "of", "korea"], "rok"),
        (["russian", "federation"], "russia"),
        (["north", "korea"], "dprk"),
        (["korea", "north"], "dprk"),
        (["dpr", "korea"], "dprk"),
        (["korea", "dpr"], "dprk"),
        (["dpr", "of", "korea"], "dprk"),
        (["south", "korea"], "rok"),
        (["korea", "south"], "rok"),
        (["united", "kingdom"], "uk"),
        (["united", "states"], "usa"),
    ];

    /// <summary>The tokens with country phrases replaced; <paramref name="links"/> is updated alike. Returns the input when nothing changes.</summary>
    public static (List<NameToken> Tokens, List<byte> Links) Replace(List<NameToken> tokens, List<byte> links)
    {
        List<NameToken>? outTokens = null;
        List<byte>? outLinks = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (length, canonical) = MatchAt(tokens, i);
            if (length == 0)
            {
                outTokens?.Add(tokens[i]);
                outLinks?.Add(links[i]);
                continue;
            }

            if (outTokens is null)
            {
                outTokens = [.. tokens.Take(i)];
                outLinks = [.. links.Take(i)];
            }

            var text = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Text));
            outTokens.Add(new NameToken(text, [canonical], Transliteration.Script.Latin, TokenClass.Generic, false));
            outLinks!.Add(links[i + length - 1]);
            i += length - 1;
        }

        return outTokens is null ? (tokens, links) : (outTokens, outLinks!);
    }

    private static (int Length, string Canonical) MatchAt(List<NameToken> tokens, int start)
    {
        foreach (var (words, canonical) in Phrases)
        {
            if (start + words.Length > tokens.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                all = string.Equals(tokens[start + k].Forms[0], words[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return (words.Length, canonical);
            }
        }

        return (0, string.Empty);
    }
}
