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

    /// <summary>
    /// True when <paramref name="acronym"/> is an acronym of <paramref name="words"/>. With
    /// <paramref name="skipShortWords"/> (cordon-name-v2, for an acronym the list wrote beside the name) words of one or
    /// two letters may be left out too, as connectors of other languages are (Al-Qaida in Yemen = AQY, Jamaat-ul-Ahrar =
    /// JA, Falah-i-Insaniat Foundation = FIF); v1 keeps them, since there they can be Korean name syllables.
    /// </summary>
    public static bool Matches(string acronym, NameToken[] words, bool skipShortWords = false)
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

        return Consume(acronym, 0, words, 0, 0, skipShortWords);
    }

    private static bool Consume(string acronym, int i, NameToken[] words, int j, int used, bool skipShort)
    {
        if (i == acronym.Length)
        {
            for (var k = j; k < words.Length; k++)
            {
                if (!Skippable(words[k], skipShort))
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

            if (Consume(acronym, i + k, words, j + 1, used + 1, skipShort))
            {
                return true;
            }
        }

        return Skippable(words[j], skipShort) && Consume(acronym, i, words, j + 1, used, skipShort);
    }

    private static bool Skippable(NameToken t, bool skipShort) => t.Class != TokenClass.Distinctive || (skipShort && t.Forms[0].Length <= 2);
}
