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

    /// <summary>Most token alignments considered for one pair of names.</summary>
    private const int MaxOptions = 512;

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
        bool ordered,
        bool strictOrder,
        List<TokenAlignment>? trace,
        List<string>? notes,
        bool scriptAware = false,
        double? lineageCost = null,
        double? coreConflictPenalty = null)
    {
        var q = query.Tokens;
        var c = candidate.Tokens;
        var nq = Math.Min(q.Length, MaxTokens);
        var nc = Math.Min(c.Length, MaxTokens);
        if (nq == 0 || nc == 0)
        {
            return 0;
        }

        // As many options as the shapes can produce, at most 512: a stack buffer of the full 512 (8 KiB) would be cleared
        // on every call, and clearing it was a quarter of a batch screening's time.
        var possible = 0;
        foreach (var (qLen, cLen) in Shapes)
        {
            possible += Math.Max(0, nq - qLen + 1) * Math.Max(0, nc - cLen + 1);
        }

        Span<Option> options = stackalloc Option[Math.Min(possible, MaxOptions)];
        var count = 0;
        foreach (var (qLen, cLen) in Shapes)
        {
            for (var i = 0; i + qLen <= nq; i++)
            {
                for (var j = 0; j + cLen <= nc; j++)
                {
                    if (count == options.Length)
                    {
                        break;
                    }

                    var qt = query.Run(i, qLen);
                    var ct = candidate.Run(j, cLen);
                    if (qt is null || ct is null)
                    {
                        continue;
                    }
                    double sim;
                    AlignmentKind kind;
                    if (scriptAware && ScriptAwareSimilarity.Applies(qt, ct))
                    {
                        // cordon-name-v2: two Hangul syllables, Han characters or kana are compared as written.
                        kind = AlignmentKind.Missing;
                        sim = qLen == 1 && cLen == 1 ? ScriptAwareSimilarity.Compare(qt, ct, out kind) : 0;
                    }
                    else if (qLen == 1 && cLen == 1)
                    {
                        sim = TokenSimilarity.Compare(qt, ct, o, out kind);
                        if (scriptAware && !personName && sim < o.SpellingVariantSimilarity && WordForms.SameWord(qt, ct))
                        {
                            sim = o.SpellingVariantSimilarity;
                            kind = AlignmentKind.WordForm;
                        }
                    }
                    else
                    {
                        sim = JoinedSimilarity(qLen == 1 ? qt : ct, qLen == 1 ? ct : qt, o, out kind);
                    }

                    if (sim > 0)
                    {
                        var w = 0f;
                        for (var k = 0; k < qLen; k++)
                        {
                            w += queryWeights[i + k];
                        }

                        for (var k = 0; k < cLen; k++)
                        {
                            w += candidateWeights[j + k];
                        }

                        options[count++] = new Option
                        {
                            Similarity = (float)sim, Weight = w / 2,
                            QStart = (byte)i, QLen = (byte)qLen, CStart = (byte)j, CLen = (byte)cLen, Kind = kind,
                        };
                    }
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

            // At equal similarity, one-to-one pairs first: joining is for when the pieces do not agree on their own.
            var bySpan = (a.QLen + a.CLen).CompareTo(b.QLen + b.CLen);
            return bySpan != 0 ? bySpan : b.Weight.CompareTo(a.Weight);
        });

        ulong qMask = 0, cMask = 0;
        double numerator = 0, denominator = 0;
        var distinctiveAgrees = false;
        var nonLegalAgreeing = 0;
        Span<byte> orderQ = stackalloc byte[MaxTokens];
        Span<byte> orderC = stackalloc byte[MaxTokens];
        var picked = 0;
        foreach (ref readonly var opt in used)
        {
            var qBits = ((1UL << opt.QLen) - 1) << opt.QStart;
            var cBits = ((1UL << opt.CLen) - 1) << opt.CStart;
            if ((qMask & qBits) != 0 || (cMask & cBits) != 0)
            {
                continue;
            }

            qMask |= qBits;
            cMask |= cBits;
            numerator += opt.Similarity * opt.Weight;
            denominator += opt.Weight;
            // Order is judged on the words that carry the name; particles, legal forms and initials may sit anywhere.
            if (q[opt.QStart].Class is TokenClass.Distinctive || (personName && q[opt.QStart].Class is TokenClass.Generic))
            {
                orderQ[picked] = opt.QStart;
                orderC[picked] = opt.CStart;
                picked++;
            }
            for (var k = opt.QStart; k < opt.QStart + opt.QLen; k++)
            {
                if (opt.Kind == AlignmentKind.Initial)
                {
                    continue;
                }

                if (q[k].Class == TokenClass.Distinctive || (personName && q[k].Class is TokenClass.Generic or TokenClass.LegalForm))
                {
                    distinctiveAgrees = true;
                }

                if (q[k].Class is TokenClass.Distinctive or TokenClass.Generic)
                {
                    nonLegalAgreeing++;
                }
            }

            trace?.Add(new TokenAlignment(
                Display(query.Run(opt.QStart, opt.QLen)!), Display(candidate.Run(opt.CStart, opt.CLen)!), opt.Kind,
                Math.Round(opt.Similarity, 3), Math.Round(opt.Weight, 3)));
        }

        for (var i = 0; i < nq; i++)
        {
            if ((qMask & (1UL << i)) == 0)
            {
                denominator += queryWeights[i];
                trace?.Add(new TokenAlignment(Display(q[i]), null, AlignmentKind.Missing, 0, Math.Round(queryWeights[i], 3)));
            }
        }

        // In a Korean name every syllable of the given name belongs to it (Kim Jong is not Kim Jong Un), whereas other
        // naming traditions add middle names and patronymics that a query may leave out.
        // Elsewhere the first family and given names carry the name, and middle names, patronymics and second
        // surnames are often left out.
        var koreanStructured = IsKoreanStructured(c, nc);
        for (var j = 0; j < nc; j++)
        {
            if ((cMask & (1UL << j)) == 0)
            {
                var extraCost = koreanStructured ? 1.0
                    : lineageCost is { } lineage && personName && (IsLineage(c, j) || (!candidate.Core[j] && IsPatronymic(c[j]))) ? lineage
                    : candidate.Core[j] && !(lineageCost is not null && personName && IsTrailingNisba(candidate, j, nc)) ? o.UnmatchedCandidateTokenCost
                    : o.UnmatchedCandidateMiddleTokenCost;
                var cost = extraCost * candidateWeights[j];
                denominator += cost;
                trace?.Add(new TokenAlignment(null, Display(c[j]), AlignmentKind.Extra, 0, Math.Round(cost, 3)));
            }
        }

        var score = denominator > 0 ? numerator / denominator : 0;
        if (!distinctiveAgrees && nonLegalAgreeing < 2 && score > o.GenericOnlyCap)
        {
            notes?.Add("no distinctive word agrees (only a legal form, one generic word or initials): capped");
            score = o.GenericOnlyCap;
        }

        if (coreConflictPenalty is { } conflict && !koreanStructured
            && UnmatchedCoreName(query, qMask, nq, personName) is { } qName && UnmatchedCoreName(candidate, cMask, nc, personName) is { } cName
            && qName.Script == cName.Script)
        {
            notes?.Add(personName
                ? $"core names disagree ('{qName.Text}' vs '{cName.Text}'): another person"
                : $"distinctive words disagree ('{qName.Text}' vs '{cName.Text}'): another organisation");
            score -= conflict;
        }

        // A person's name is a sequence: writing the family name first or last is a rotation of it (KIM, Jong Un =
        // Jong Un Kim), but reordering the given names makes another name (Kim Un Jong). Vessel and aircraft names are
        // sequences too (Star Forever is not Forever Star); organisations reorder words freely.
        if ((ordered || koreanStructured || strictOrder) && !InOrder(orderQ[..picked], orderC[..picked], allowRotation: !strictOrder))
        {
            notes?.Add("token order is not the same name order (family name first or last): penalised");
            score -= o.OrderViolationPenalty;
        }

        return Math.Clamp(score, 0, 1);
    }

    /// <summary>
    /// cordon-name-v2: true for a filiation particle (bin, bint: "son/daughter of") and the name that follows it. An
    /// Arabic name's lineage (Ali ben Taher ben Faleh Harzi) is its father's and grandfather's names, which a query
    /// usually leaves out, unlike a given name.
    /// </summary>
    private static bool IsLineage(NameToken[] tokens, int j) =>
        IsFiliation(tokens[j]) || (j > 0 && IsFiliation(tokens[j - 1]));

    /// <summary>
    /// cordon-name-v2: true for the last word of a name written given name first when it follows the article al
    /// (Saddam Hussein al-Tikriti, Taha Yassin Ramadan al-Jizrawi): a nisba, the place or tribe of origin, which lists
    /// add or leave out, so left out it costs like a middle name rather than like a family name.
    /// </summary>
    private static bool IsTrailingNisba(NormalisedName name, int j, int n) =>
        j == n - 1 && j >= 2 && name.Tokens[j - 1].Class == TokenClass.Particle && name.Tokens[j - 1].Forms[0] == "al"
        && Array.IndexOf(name.Links, NormalisedName.CommaLink) < 0;

    /// <summary>
    /// cordon-name-v2: the text of a core token (first given name or family name) of a person's name that nothing on the
    /// other side matched, or null. Initials, particles and titles are not names that can disagree. The caller compares
    /// only tokens of one script: across scripts an unmatched token may be a transliteration that failed.
    /// </summary>
    private static NameToken? UnmatchedCoreName(NormalisedName name, ulong mask, int n, bool personName)
    {
        for (var i = 0; i < n; i++)
        {
            var t = name.Tokens[i];
            if ((mask & (1UL << i)) == 0 && (name.Core[i] || !personName) && t.Class is TokenClass.Distinctive && t.Forms[0].Length >= 3
                && !char.IsAsciiDigit(t.Forms[0][0]))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>
    /// cordon-name-v2: true for an East Slavic patronymic (Vladimirovich, Arkadyevna, Romanovych, Ilyich; Cyrillic
    /// Владимирович reads the same after transliteration): the father's name with the suffixes of Russian, Ukrainian and
    /// Belarusian grammar. Lists give it in one entry and leave it out in another, like an Arabic name's lineage. The
    /// caller asks only for middle tokens, so a family name of the same shape (Abramovich, Shostakovich) still counts.
    /// </summary>
    internal static bool IsPatronymic(NameToken t)
    {
        var form = t.Forms[0];
        return form.Length >= 7 && (t.Script is Transliteration.Script.Latin or Transliteration.Script.Cyrillic)
            && (form.EndsWith("ovich", StringComparison.Ordinal) || form.EndsWith("evich", StringComparison.Ordinal)
                || form.EndsWith("ovych", StringComparison.Ordinal) || form.EndsWith("evych", StringComparison.Ordinal)
                || form.EndsWith("avich", StringComparison.Ordinal) || form.EndsWith("ovitch", StringComparison.Ordinal)
                || form.EndsWith("ovna", StringComparison.Ordinal) || form.EndsWith("evna", StringComparison.Ordinal)
                || form.EndsWith("ichna", StringComparison.Ordinal) || form.EndsWith("ivna", StringComparison.Ordinal)
                || form.EndsWith("yich", StringComparison.Ordinal) || form.EndsWith("ilich", StringComparison.Ordinal));
    }

    private static bool IsFiliation(NameToken t) => t.Class == TokenClass.Particle && t.Forms[0] is "bin" or "bint";

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
        TokenClass.Particle => o.ParticleWeight,
        _ when personName => 1.0,
        TokenClass.Generic => o.GenericTokenWeight,
        TokenClass.LegalForm => o.LegalFormWeight,
        _ => 1.0,
    };

    /// <summary>A token as an analyst reads it: as written, with the reading used when it was not written in Latin letters.</summary>
    private static string Display(NameToken t) =>
        t.Script == Transliteration.Script.Latin ? t.Text : $"{t.Text} ({string.Join('/', t.Forms.Take(3))})";

    private static readonly (int QLen, int CLen)[] Shapes = [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1)];

    /// <summary>
    /// True when the candidate positions, read in query order, are increasing — up to one wrap-around when
    /// <paramref name="allowRotation"/> (a family name moved from front to back).
    /// </summary>
    private static bool InOrder(Span<byte> queryStarts, Span<byte> candidateStarts, bool allowRotation)
    {
        var n = queryStarts.Length;
        if (n < (allowRotation ? 3 : 2))
        {
            return true;
        }

        // Insertion sort by query position (n is tiny).
        for (var a = 1; a < n; a++)
        {
            for (var b = a; b > 0 && queryStarts[b - 1] > queryStarts[b]; b--)
            {
                (queryStarts[b - 1], queryStarts[b]) = (queryStarts[b], queryStarts[b - 1]);
                (candidateStarts[b - 1], candidateStarts[b]) = (candidateStarts[b], candidateStarts[b - 1]);
            }
        }

        var descents = 0;
        for (var k = 0; k < n; k++)
        {
            if (candidateStarts[(k + 1) % n] < candidateStarts[k])
            {
                descents++;
            }
        }

        // An increasing sequence has exactly one cyclic descent (the wrap from last to first).
        return allowRotation ? descents <= 1 : descents <= 1 && candidateStarts[n - 1] > candidateStarts[0];
    }

    /// <summary>
    /// True for a name built like a Korean (or Chinese) one: two to four tokens, each readable as romanised Korean
    /// syllables and at most two syllables long (a family name and a given name, split or joined).
    /// </summary>
    private static bool IsKoreanStructured(NameToken[] tokens, int n)
    {
        if (n < 2 || n > 4)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            if (tokens[i].Keys[0] is null || Syllables(tokens[i].Forms[0]) > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static int Syllables(string form)
    {
        var count = 0;
        var inVowel = false;
        foreach (var ch in form)
        {
            var vowel = ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';
            if (vowel && !inVowel)
            {
                count++;
            }

            inVowel = vowel;
        }

        return count;
    }

    private static double JoinedSimilarity(NameToken single, NameToken joined, MatchingOptions o, out AlignmentKind kind)
    {
        // A single letter is an initial, never half of a joined word.
        if (single.Forms[0].Length < 3)
        {
            kind = AlignmentKind.Missing;
            return 0;
        }

        var sim = TokenSimilarity.Compare(single, joined, o, joined: true, out kind);
        return kind == AlignmentKind.Initial ? 0 : sim;
    }
}
