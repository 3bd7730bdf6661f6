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
    public static double Compare(NameToken q, NameToken c, MatchingOptions o, out AlignmentKind kind)
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
                    kind = AlignmentKind.Exact;
                    return 1.0;
                }

                if (qk is not null && best < o.RomanisationVariantSimilarity && string.Equals(qk, c.Keys[j], StringComparison.Ordinal))
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

        var q0 = q.Forms[0];
        var c0 = c.Forms[0];
        if ((q0.Length == 1 && c0.Length > 1 && c0[0] == q0[0] && char.IsAsciiLetter(q0[0]))
            || (c0.Length == 1 && q0.Length > 1 && q0[0] == c0[0] && char.IsAsciiLetter(c0[0])))
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

        var formsQ = Math.Min(q.Forms.Length, 3);
        var formsC = Math.Min(c.Forms.Length, 3);
        for (var i = 0; i < formsQ; i++)
        {
            for (var j = 0; j < formsC; j++)
            {
                var sim = Fuzzy(q.Forms[i], c.Forms[j], o);
                if (sim > best)
                {
                    best = sim;
                    kind = AlignmentKind.Fuzzy;
                }

                if (q.Keys[i] is { } qk && c.Keys[j] is { } ck)
                {
                    // A typo inside a romanised Korean token: tolerate it on the phonetic key, discounted as a variant.
                    var keySim = Fuzzy(qk, ck, o) * o.RomanisationVariantSimilarity;
                    if (keySim > best)
                    {
                        best = keySim;
                        kind = AlignmentKind.Fuzzy;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>1 − edits / longer length, when the edits are within what the shorter length allows; else 0.</summary>
    public static double Fuzzy(string a, string b, MatchingOptions o)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var allowed = shorter >= o.FuzzyTwoEditsMinLength ? 2 : shorter >= o.FuzzyOneEditMinLength ? 1 : 0;
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
