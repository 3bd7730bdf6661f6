using Cordon.Matching.Explanation;
using Cordon.Matching.Normalisation;

namespace Cordon.Matching.Scoring;

/// <summary>
/// Scores two names as bags of tokens, order-free. Every pair of tokens is compared, and also each token against two
/// adjacent tokens of the other side written as one word (Jongun ↔ Jong + Un); the best non-overlapping pairs are
/// taken greedily. The score is the weighted share of agreement:
/// Σ similarity × pair weight / (Σ pair weights + Σ unmatched query weights + c × Σ unmatched candidate weights),
/// so every query token is accounted for and an unmatched one costs its full weight; unmatched candidate tokens cost a
/// part (lists carry extra middle names). When no distinctive query token agrees (only legal forms or generic words),
/// the score is capped low.
/// </summary>
internal static class NameScorer
{
    /// <summary>Tokens beyond this many on either side are ignored (names are far shorter in practice).</summary>
    public const int MaxTokens = 24;

    private struct Option
    {
        public float Similarity;
        public float Weight;
        public byte QStart;
        public byte QLen;
        public byte CStart;
        public byte CLen;
        public AlignmentKind Kind;
    }

    public static double Score(
        NormalisedName query,
        float[] queryWeights,
        NormalisedName candidate,
        float[] candidateWeights,
        MatchingOptions o,
        bool personName,
        List<TokenAlignment>? trace,
        List<string>? notes)
    {
        var q = query.Tokens;
        var c = candidate.Tokens;
        var nq = Math.Min(q.Length, MaxTokens);
        var nc = Math.Min(c.Length, MaxTokens);
        if (nq == 0 || nc == 0)
        {
            return 0;
        }

        var capacity = (nq * nc) + (nq * Math.Max(0, nc - 1)) + (Math.Max(0, nq - 1) * nc);
        Span<Option> options = capacity <= 256 ? stackalloc Option[capacity] : new Option[capacity];
        var count = 0;
        for (var i = 0; i < nq; i++)
        {
            for (var j = 0; j < nc; j++)
            {
                var sim = TokenSimilarity.Compare(q[i], c[j], o, out var kind);
                if (sim > 0)
                {
                    options[count++] = new Option
                    {
                        Similarity = (float)sim, Weight = (queryWeights[i] + candidateWeights[j]) / 2,
                        QStart = (byte)i, QLen = 1, CStart = (byte)j, CLen = 1, Kind = kind,
                    };
                }
            }
        }

        // Joined forms only matter where the pieces do not already agree one to one.
        for (var i = 0; i < nq; i++)
        {
            for (var j = 0; j + 1 < nc; j++)
            {
                var sim = JoinedSimilarity(q[i], candidate.Pairs[j], o, out var kind);
                if (sim > 0)
                {
                    options[count++] = new Option
                    {
                        Similarity = (float)sim, Weight = (queryWeights[i] + candidateWeights[j] + candidateWeights[j + 1]) / 2,
                        QStart = (byte)i, QLen = 1, CStart = (byte)j, CLen = 2, Kind = kind,
                    };
                }
            }
        }

        for (var i = 0; i + 1 < nq; i++)
        {
            for (var j = 0; j < nc; j++)
            {
                var sim = JoinedSimilarity(c[j], query.Pairs[i], o, out var kind);
                if (sim > 0)
                {
                    options[count++] = new Option
                    {
                        Similarity = (float)sim, Weight = (queryWeights[i] + queryWeights[i + 1] + candidateWeights[j]) / 2,
                        QStart = (byte)i, QLen = 2, CStart = (byte)j, CLen = 1, Kind = kind,
                    };
                }
            }
        }

        var used = options[..count];
        used.Sort(static (a, b) =>
        {
            var bySim = b.Similarity.CompareTo(a.Similarity);
            if (bySim != 0)
            {
                return bySim;
            }

            // Prefer covering more tokens at equal similarity (Jongun ↔ Jong+Un rather than Jongun ↔ Jong fuzzy).
            var bySpan = (b.QLen + b.CLen).CompareTo(a.QLen + a.CLen);
            return bySpan != 0 ? bySpan : b.Weight.CompareTo(a.Weight);
        });

        ulong qMask = 0, cMask = 0;
        double numerator = 0, denominator = 0;
        var distinctiveAgrees = false;
        foreach (ref readonly var opt in used)
        {
            var qBits = (opt.QLen == 2 ? 3UL : 1UL) << opt.QStart;
            var cBits = (opt.CLen == 2 ? 3UL : 1UL) << opt.CStart;
            if ((qMask & qBits) != 0 || (cMask & cBits) != 0)
            {
                continue;
            }

            qMask |= qBits;
            cMask |= cBits;
            numerator += opt.Similarity * opt.Weight;
            denominator += opt.Weight;
            for (var k = opt.QStart; k < opt.QStart + opt.QLen; k++)
            {
                if ((q[k].Class == TokenClass.Distinctive || (personName && q[k].Class != TokenClass.Initial)) && opt.Kind != AlignmentKind.Initial)
                {
                    distinctiveAgrees = true;
                }
            }

            trace?.Add(new TokenAlignment(
                Text(q, opt.QStart, opt.QLen), Text(c, opt.CStart, opt.CLen), opt.Kind, Math.Round(opt.Similarity, 3), Math.Round(opt.Weight, 3)));
        }

        for (var i = 0; i < nq; i++)
        {
            if ((qMask & (1UL << i)) == 0)
            {
                denominator += queryWeights[i];
                trace?.Add(new TokenAlignment(q[i].Text, null, AlignmentKind.Missing, 0, Math.Round(queryWeights[i], 3)));
            }
        }

        // In a Korean name every syllable of the given name belongs to it (Kim Jong is not Kim Jong Un), whereas other
        // naming traditions add middle names and patronymics that a query may leave out.
        var extraCost = IsKoreanStructured(c, nc) ? 1.0 : o.UnmatchedCandidateTokenCost;
        for (var j = 0; j < nc; j++)
        {
            if ((cMask & (1UL << j)) == 0)
            {
                var cost = extraCost * candidateWeights[j];
                denominator += cost;
                trace?.Add(new TokenAlignment(null, c[j].Text, AlignmentKind.Extra, 0, Math.Round(cost, 3)));
            }
        }

        var score = denominator > 0 ? numerator / denominator : 0;
        if (!distinctiveAgrees && score > o.GenericOnlyCap)
        {
            notes?.Add("no distinctive word agrees (only legal forms, generic words or initials): capped");
            score = o.GenericOnlyCap;
        }

        return Math.Clamp(score, 0, 1);
    }

    /// <summary>Class weight of each token, without list frequency (for comparing two names on their own).</summary>
    public static float[] ClassWeights(NormalisedName name, MatchingOptions o, bool personName)
    {
        var w = new float[name.Tokens.Length];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)ClassWeight(name.Tokens[i].Class, o, personName);
        }

        return w;
    }

    /// <summary>
    /// Weight of a token class. In a person's name no word is a legal form or a generic business word (Sa, Bank and
    /// Trading as name parts weigh like any name), so only initials are discounted.
    /// </summary>
    public static double ClassWeight(TokenClass cls, MatchingOptions o, bool personName) => cls switch
    {
        TokenClass.Initial => o.InitialWeight,
        _ when personName => 1.0,
        TokenClass.Generic => o.GenericTokenWeight,
        TokenClass.LegalForm => o.LegalFormWeight,
        _ => 1.0,
    };

    private static bool IsKoreanStructured(NameToken[] tokens, int n)
    {
        if (n < 2 || n > 4)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            if (tokens[i].Keys[0] is null || tokens[i].Class != TokenClass.Distinctive)
            {
                return false;
            }
        }

        return true;
    }

    private static double JoinedSimilarity(NameToken single, NameToken joined, MatchingOptions o, out AlignmentKind kind)
    {
        // A single letter is an initial, never half of a joined word.
        if (single.Forms[0].Length < 3)
        {
            kind = AlignmentKind.Missing;
            return 0;
        }

        var sim = TokenSimilarity.Compare(single, joined, o, out kind);
        return kind == AlignmentKind.Initial ? 0 : sim;
    }

    private static string Text(NameToken[] tokens, int start, int len) =>
        len == 1 ? tokens[start].Text : tokens[start].Text + "+" + tokens[start + 1].Text;
}
