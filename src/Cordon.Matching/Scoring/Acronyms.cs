using Cordon.Matching.Normalisation;

namespace Cordon.Matching.Scoring;

/// <summary>
/// Recognises an acronym or short form of a multi-word name: its letters must be the starts of the name's words, in
/// order, one or more letters from each word used (KKBC, FTB, RGB, and KOMID = KOrea MIning Development), with only
/// generic words, legal forms, particles and function words allowed to be left out.
/// </summary>
internal static class Acronyms
{
    /// <summary>Shortest acronym considered (two letters identify too little).</summary>
    public const int MinLength = 3;

    /// <summary>Longest acronym considered.</summary>
    public const int MaxLength = 8;

    public static bool Matches(string acronym, NameToken[] words)
    {
        if (acronym.Length < MinLength || acronym.Length > MaxLength || words.Length < 2 || words.Length > 16)
        {
            return false;
        }

        foreach (var c in acronym)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return Consume(acronym, 0, words, 0, 0);
    }

    private static bool Consume(string acronym, int i, NameToken[] words, int j, int used)
    {
        if (i == acronym.Length)
        {
            for (var k = j; k < words.Length; k++)
            {
                if (!Skippable(words[k]))
                {
                    return false;
                }
            }

            return used >= 2;
        }

        if (j == words.Length)
        {
            return false;
        }

        var word = words[j].Forms[0];
        for (var k = 1; k <= word.Length && i + k <= acronym.Length; k++)
        {
            if (acronym[i + k - 1] != word[k - 1])
            {
                break;
            }

            if (Consume(acronym, i + k, words, j + 1, used + 1))
            {
                return true;
            }
        }

        return Skippable(words[j]) && Consume(acronym, i, words, j + 1, used);
    }

    private static bool Skippable(NameToken t) => t.Class != TokenClass.Distinctive;
}
