using Cordon.Core;
using Cordon.Matching.Explanation;
using Cordon.Matching.Normalisation;
using Cordon.Matching.Transliteration;

namespace Cordon.Matching.Scoring;

/// <summary>
/// Compares two tokens: exact (after normalisation), romanisation variant (same Korean phonetic key, both tokens
/// readable as romanised Korean), consonant skeleton (for unvowelled Arabic-script transliterations), initial, or
/// fuzzy (bounded edit distance; no tolerance on short tokens, so Un/Il or Nam/Man never pass as typos).
/// </summary>
internal static class TokenSimilarity
{
    private const int VowelVariantMinLength = 6;

    /// <summary>Similarity of a given name and its short form (Bill ↔ William): a familiar form may also stand for another name.</summary>
    private const double ShortFormSimilarity = 0.95;
    private const int MultiSyllableMinLength = 6;

    public static double Compare(NameToken q, NameToken c, MatchingOptions o, out AlignmentKind kind) =>
        Compare(q, c, o, joined: false, out kind);

    /// <summary>
    /// Compares; with <paramref name="joined"/> (one side is several tokens written as one) the general spelling key is
    /// not used, since collapsing vowels across a word boundary makes unrelated syllables agree (Xiao ~ Shi+Yu).
    /// </summary>
    public static double Compare(NameToken q, NameToken c, MatchingOptions o, bool joined, out AlignmentKind kind)
    {
        var best = 0.0;
        kind = AlignmentKind.Missing;
        for (var i = 0; i < q.Forms.Length; i++)
        {
            var qf = q.Forms[i];
            var qk = q.Keys[i];
            for (var j = 0; j < c.Forms.Length; j++)
            {
                if (string.Equals(qf, c.Forms[j], StringComparison.Ordinal))
                {
                    if (i >= q.FuzzyForms || j >= c.FuzzyForms)
                    {
                        // Only through a short form's full names (cordon-name-v2): the same name, less certainly.
                        best = Math.Max(best, ShortFormSimilarity);
                        kind = AlignmentKind.ShortForm;
                        continue;
                    }

                    kind = AlignmentKind.Exact;
                    return 1.0;
                }

                if (qk is not null && best < o.RomanisationVariantSimilarity && kind != AlignmentKind.ShortForm && i < q.FuzzyForms && j < c.FuzzyForms
                    && string.Equals(qk, c.Keys[j], StringComparison.Ordinal))
                {
                    best = o.RomanisationVariantSimilarity;
                    kind = AlignmentKind.RomanisationVariant;
                }
            }
        }

        if (best > 0)
        {
            return best;
        }

        for (var i = 0; i < q.FuzzyForms && !joined; i++)
        {
            if (q.GeneralKeys[i] is not { } qg)
            {
                continue;
            }

            for (var j = 0; j < c.FuzzyForms; j++)
            {
                if (string.Equals(qg, c.GeneralKeys[j], StringComparison.Ordinal))
                {
                    kind = AlignmentKind.RomanisationVariant;
                    return o.SpellingVariantSimilarity;
                }
            }
        }

        // Vowels are the least stable part of a transliteration (Mohammed/Muhammad, Hossein/Husayn): the same consonant
        // skeleton with general keys one vowel apart is a spelling variant.
        // Short tokens are left out: there one vowel is the whole difference between names (Sang/Sung, Peng/Pang).
        if (!joined && Math.Min(q.Forms[0].Length, c.Forms[0].Length) >= VowelVariantMinLength
            && q.Skeleton.Length >= 3 && string.Equals(q.Skeleton, c.Skeleton, StringComparison.Ordinal)
            && q.GeneralKeys[0] is { } qgk && c.GeneralKeys[0] is { } cgk && EditDistance.Bounded(qgk, cgk, 1) <= 1)
        {
            kind = AlignmentKind.RomanisationVariant;
            return o.VowelVariantSimilarity;
        }

        var q0 = q.Forms[0];
        var c0 = c.Forms[0];
        if ((q.Class == TokenClass.Initial && c0.Length > 1 && c0[0] == q0[0])
            || (c.Class == TokenClass.Initial && q0.Length > 1 && q0[0] == c0[0]))
        {
            kind = AlignmentKind.Initial;
            return o.InitialSimilarity;
        }

        // Arabic script is written without short vowels, so its transliteration is little more than the consonants.
        if ((q.Script == Script.Arabic) != (c.Script == Script.Arabic) && q.Skeleton.Length >= 1
            && string.Equals(q.Skeleton, c.Skeleton, StringComparison.Ordinal))
        {
            kind = AlignmentKind.Skeleton;
            best = o.SkeletonSimilarity;
        }

        // A syllable transliterated from Hangul or Han is a character: another syllable is another character, not a typo.
        if (q.Script is Script.Hangul or Script.Han || c.Script is Script.Hangul or Script.Han)
        {
            return best;
        }

        var formsQ = Math.Min(q.FuzzyForms, 3);
        var formsC = Math.Min(c.FuzzyForms, 3);
        for (var i = 0; i < formsQ; i++)
        {
            for (var j = 0; j < formsC; j++)
            {
                var qf = q.Forms[i];
                var cf = c.Forms[j];

                // Two well-formed romanised Korean tokens that differ by a changed or added first letter are different
                // syllables (Yong/Myong, Song/Pong, Man/Mal); a dropped or added letter inside (Kwang/Kwag, Chol/Cho) is
                // the likelier typo. Long tokens get the ordinary tolerance.
                // Tokens of two syllables or more (Abraham/Abrham, Mohamad/Mohmad) tolerate a dropped or added letter,
                // but not a changed one (Huawei/Huamei).
                var bothSyllabic = q.Keys[i] is not null && c.Keys[j] is not null;
                var shorter = Math.Min(qf.Length, cf.Length);
                var sim = !bothSyllabic || shorter >= o.FuzzyBetweenSyllablesMinLength ? Fuzzy(qf, cf, o)
                    : shorter < MultiSyllableMinLength ? InnerIndel(qf, cf)
                    : qf.Length != cf.Length && qf[0] == cf[0] ? Fuzzy(qf, cf, o)
                    : InnerTransposition(qf, cf);
                if (sim > best)
                {
                    best = sim;
                    kind = AlignmentKind.Fuzzy;
                }
            }
        }

        return best;
    }

    /// <summary>1 − 1 / longer length when one string is the other with one inner consonant or doubled letter added, or two inner letters swapped; else 0.</summary>
    private static double InnerIndel(string a, string b)
    {
        if (a.Length == b.Length)
        {
            return InnerTransposition(a, b);
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return 0;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        // The first and last letters carry the syllable's identity (Yong/Myong, Ha/Hak, Cho/Chol are other syllables).
        if (shorter.Length < 2 || shorter[0] != longer[0] || shorter[^1] != longer[^1])
        {
            return 0;
        }

        var k = 0;
        while (k < shorter.Length && shorter[k] == longer[k])
        {
            k++;
        }

        // A dropped vowel changes the syllables (Sato/Saito); a dropped consonant (Kwang/Kwag) or a doubled letter
        // (Paae/Pae) is a slip.
        var doubled = (k > 0 && longer[k] == longer[k - 1]) || (k + 1 < longer.Length && longer[k] == longer[k + 1]);
        if (!doubled && longer[k] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w')
        {
            return 0;
        }

        return shorter.AsSpan(k).SequenceEqual(longer.AsSpan(k + 1)) ? 1.0 - (1.0 / longer.Length) : 0;
    }

    /// <summary>1 − 1 / length when the two differ by two adjacent letters swapped, not the first (Choe/Cheo, Choe/Cohe).</summary>
    private static double InnerTransposition(string a, string b)
    {
        var k = 0;
        while (k < a.Length && a[k] == b[k])
        {
            k++;
        }

        if (k == 0 || k + 1 >= a.Length || a[k] != b[k + 1] || a[k + 1] != b[k])
        {
            return 0;
        }

        return a.AsSpan(k + 2).SequenceEqual(b.AsSpan(k + 2)) ? 1.0 - (1.0 / a.Length) : 0;
    }

    /// <summary>1 − edits / longer length, when the edits are within what the lengths allow; else 0.</summary>
    public static double Fuzzy(string a, string b, MatchingOptions o)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        var allowed = longer >= o.FuzzyTwoEditsMinLength && shorter >= o.FuzzyTwoEditsMinLength - 1 ? 2
            : longer >= o.FuzzyOneEditMinLength && shorter >= 2 ? 1 : 0;
        if (allowed == 0)
        {
            return 0;
        }

        var d = EditDistance.Bounded(a, b, allowed);
        if (d > allowed)
        {
            return 0;
        }

        var sim = 1.0 - ((double)d / Math.Max(a.Length, b.Length));
        return sim >= o.FuzzyMinSimilarity ? sim : 0;
    }
}
