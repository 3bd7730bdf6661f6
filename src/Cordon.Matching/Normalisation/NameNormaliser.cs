using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using AnyAscii;
using Cordon.Core;
using Cordon.Matching.Korean;
using Cordon.Matching.Transliteration;

namespace Cordon.Matching.Normalisation;

/// <summary>
/// Turns a name in any script into comparable tokens. Steps: Unicode compatibility folding (NFKC: full-width letters,
/// ligatures); split on spaces and punctuation (hyphens and commas included, so <c>LAST, First</c> and
/// <c>Jong-un</c> become plain tokens; word order is handled by the comparison, not here); dots and apostrophes are
/// removed inside words (S.A. → sa, Ch'ol → chol); each run of one script is transliterated: Latin by dropping
/// diacritics (ŏ → o), Hangul syllable by syllable in Revised Romanisation, Han characters to their Korean readings and
/// their Mandarin pinyin, Cyrillic by the ordinary transliteration plus the Russian reading of Korean names, Arabic,
/// Greek and others by AnyAscii; legal forms are put in one canonical spelling (Corporation → corp).
/// Thread-safe; word results are cached because the same words recur across names and queries.
/// </summary>
internal static class NameNormaliser
{
    private const int CacheLimit = 400_000;
    private static readonly ConcurrentDictionary<string, NameToken[]> WordCache = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the dictionary: asked on every new word, it serialised parallel
    // screening. The words added are counted here instead.
    private static int s_cachedWords;

    /// <summary>Normalises a whole name.</summary>
    public static NormalisedName Normalise(string name)
    {
        var tokens = new List<NameToken>(6);
        var links = new List<byte>(6);
        foreach (var (word, link) in SplitWords(name))
        {
            var wordTokens = Word(word);
            if (wordTokens.Length == 0)
            {
                if (links.Count > 0 && link > links[^1])
                {
                    links[^1] = link;
                }

                continue;
            }

            foreach (var t in wordTokens)
            {
                tokens.Add(t);
                links.Add(NormalisedName.SpaceLink);
            }

            links[^1] = link;
        }

        (tokens, links) = CountryPhrases.Replace(tokens, links);
        if (tokens.Count >= 2 && RomanNumeral(tokens[^1].Forms[0]) is { } number)
        {
            // A closing roman numeral is a number (Happiness I = Happiness 1), as in vessel names.
            tokens[^1] = new NameToken(tokens[^1].Text, [number], Script.Latin, TokenClass.Distinctive, false);
        }

        if (links.Count > 0)
        {
            links.RemoveAt(links.Count - 1);
        }

        return new NormalisedName(name, [.. tokens], [.. links]);
    }

    /// <summary>The tokens of one word (a word of Hangul or Han characters gives one token per syllable).</summary>
    public static NameToken[] Word(string word)
    {
        if (WordCache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var result = BuildWord(word);
        Remember(word, result);
        return result;
    }

    /// <summary>The words <see cref="Normalise"/> splits <paramref name="name"/> into (what <see cref="Word"/> is asked for).</summary>
    public static IEnumerable<string> WordsOf(string name) => SplitWords(name).Select(w => w.Word);

    /// <summary>
    /// Puts a word's tokens in the cache as <see cref="Word"/> would have computed them (a restored index brings the words of
    /// every listed name, so queries made of listed words are not normalised from scratch in a new process).
    /// </summary>
    public static void Seed(string word, NameToken[] tokens) => Remember(word, tokens);

    private static void Remember(string word, NameToken[] tokens)
    {
        if (Volatile.Read(ref s_cachedWords) < CacheLimit && WordCache.TryAdd(word, tokens))
        {
            Interlocked.Increment(ref s_cachedWords);
        }
    }

    private static List<(string Word, byte Link)> SplitWords(string name)
    {
        name = UnicodeText.ReplaceUnpairedSurrogates(name);
        var folded = name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        var words = new List<(string, byte)>(6);
        var sb = new StringBuilder(folded.Length);
        var link = NormalisedName.SpaceLink;
        foreach (var rune in folded.EnumerateRunes())
        {
            if (rune.Value == ',')
            {
                link = NormalisedName.CommaLink;
            }
            else if (rune.Value is '-' or '‐' or '‑' or '–' && link == NormalisedName.SpaceLink && sb.Length > 0)
            {
                link = NormalisedName.HyphenLink;
            }
            else if (!Rune.IsLetterOrDigit(rune) && link == NormalisedName.HyphenLink && !Rune.IsWhiteSpace(rune))
            {
                link = NormalisedName.SpaceLink;
            }

            var cat = Rune.GetUnicodeCategory(rune);
            var isWordChar = Rune.IsLetterOrDigit(rune) || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isWordChar)
            {
                sb.Append(rune.ToString());
            }
            else if (rune.Value is '.' or '\'' or '’' or 'ʼ' or '‘' or '`' or '´' or 'ʻ' or '·' or '/')
            {
                // Inside a word these join (S.A., Ch'ol, O'Brien); a dot between words is removed with the word break.
            }
            else if (sb.Length > 0)
            {
                words.Add((sb.ToString(), NormalisedName.SpaceLink));
                sb.Clear();
            }

            if (isWordChar && words.Count > 0 && link != NormalisedName.SpaceLink)
            {
                // The separator run between the previous word and this one is complete: record it.
                words[^1] = (words[^1].Item1, link);
                link = NormalisedName.SpaceLink;
            }
        }

        if (sb.Length > 0)
        {
            words.Add((sb.ToString(), NormalisedName.SpaceLink));
        }

        return words;
    }

    private static NameToken[] BuildWord(string word)
    {
        var tokens = new List<NameToken>(3);
        var start = 0;
        var script = ScriptOf(word, 0);
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && char.IsLowSurrogate(word[i]))
            {
                continue;
            }

            var s = i < word.Length ? ScriptOf(word, i) : (Script)(-1);
            if (i == word.Length || (s != script && !(char.IsDigit(word[i]) || IsMark(word[i]))))
            {
                if (i > start)
                {
                    AddRun(tokens, word[start..i], script);
                }

                start = i;
                script = s;
            }
        }

        return [.. tokens];
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static Script ScriptOf(string s, int i)
    {
        int cp = char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
        return cp switch
        {
            < 0x0250 => Script.Latin,
            >= 0x1E00 and < 0x1F00 => Script.Latin,
            >= 0x0400 and < 0x0530 => Script.Cyrillic,
            >= 0x0600 and < 0x0700 => Script.Arabic,
            >= 0x0750 and < 0x0780 => Script.Arabic,
            >= 0xFB50 and < 0xFE00 => Script.Arabic,
            >= 0xFE70 and < 0xFF00 => Script.Arabic,
            >= 0xAC00 and < 0xD7B0 => Script.Hangul,
            >= 0x1100 and < 0x1200 => Script.Hangul,
            >= 0x3130 and < 0x3190 => Script.Hangul,
            >= 0x4E00 and < 0xA000 => Script.Han,
            >= 0x3400 and < 0x4DC0 => Script.Han,
            >= 0xF900 and < 0xFB00 => Script.Han,
            >= 0x20000 and < 0x2FA20 => Script.Han,
            _ => Script.Other,
        };
    }

    private static void AddRun(List<NameToken> tokens, string run, Script script)
    {
        switch (script)
        {
            case Script.Latin:
            {
                var form = FoldLatin(run);
                if (form.Length == 0)
                {
                    break;
                }

                // "Abdul", "Abdel", "Abdulrahman" are "Abd al" (+ name) written together.
                if (SplitAbdAl(form) is { } parts)
                {
                    foreach (var part in parts)
                    {
                        tokens.Add(Make(run, [part], script, false));
                    }

                    break;
                }

                // German umlauts are also written ae, oe, ue (Müller, Mueller).
                if (UmlautSpelling(run) is { } expanded && expanded != form)
                {
                    tokens.Add(Make(run, [form, expanded], script, IsUpper(run)));
                    break;
                }

                tokens.Add(Make(run, [form], script, IsUpper(run)));
                break;
            }

            case Script.Hangul:
                foreach (var rune in run.EnumerateRunes())
                {
                    var text = rune.ToString();
                    var form = Clean(text.Transliterate());
                    if (form.Length > 0)
                    {
                        tokens.Add(Make(text, [form], script, false));
                    }
                }

                break;

            case Script.Han:
                foreach (var rune in run.EnumerateRunes())
                {
                    var text = rune.ToString();
                    var pinyin = Clean(text.Transliterate());
                    var forms = new List<string>(3);
                    if (HanjaReadings.Of(text) is { } readings)
                    {
                        forms.AddRange(readings);
                    }

                    var korean = forms.Count;
                    if (pinyin.Length > 0 && !forms.Contains(pinyin))
                    {
                        forms.Add(pinyin);
                    }

                    if (forms.Count > 0)
                    {
                        tokens.Add(new NameToken(text, [.. forms], script, TokenClass.Distinctive, false, korean));
                    }
                }

                break;

            case Script.Cyrillic:
            {
                var standard = Clean(run.Transliterate());
                var forms = new List<string>(3) { standard };
                foreach (var alt in CyrillicKorean.Alternatives(run))
                {
                    var clean = Clean(alt);
                    if (clean.Length > 0 && !forms.Contains(clean))
                    {
                        forms.Add(clean);
                    }
                }

                if (standard.Length > 0)
                {
                    tokens.Add(Make(run, [.. forms], script, false));
                }

                break;
            }

            case Script.Arabic:
            {
                // The article is written joined (الظواهري): split it off as the particle "al". A final tā marbūṭa (ة) is
                // an unwritten vowel in Latin spellings (Usama, Haniya) but AnyAscii gives it as h.
                var word = run;
                if (word.Length > 3 && word[0] == 'ا' && word[1] == 'ل')
                {
                    tokens.Add(Make("ال", ["al"], script, false));
                    word = word[2..];
                }

                word = word.TrimEnd('ة');
                var form = Clean(word.Transliterate());
                if (form.Length > 0)
                {
                    tokens.Add(Make(run, [form], script, false));
                }

                break;
            }

            default:
            {
                var form = Clean(run.Transliterate());
                if (form.Length > 0)
                {
                    tokens.Add(Make(run, [form], script, false));
                }

                break;
            }
        }
    }

    private static string? UmlautSpelling(string run)
    {
        if (run.IndexOfAny(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü']) < 0)
        {
            return null;
        }

        var expanded = run.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("Ä", "Ae", StringComparison.Ordinal)
            .Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal);
        return FoldLatin(expanded);
    }

    private static string? RomanNumeral(string form) => form switch
    {
        "i" => "1",
        "ii" => "2",
        "iii" => "3",
        "iv" => "4",
        "v" => "5",
        "vi" => "6",
        "vii" => "7",
        "viii" => "8",
        "ix" => "9",
        "x" => "10",
        _ => null,
    };

    private static string[]? SplitAbdAl(string form)
    {
        if (form.Length < 5 || !form.StartsWith("abd", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var article in (ReadOnlySpan<string>)["oul", "ul", "el", "al", "ol", "ur", "ar", "ul"])
        {
            if (form.AsSpan(3).StartsWith(article, StringComparison.Ordinal))
            {
                // Abdullah/Abdallah ("servant of God") is a name in itself and stays whole.
                var rest = form[(3 + article.Length)..];
                return rest.Length == 0 ? ["abd", "al"]
                    : rest.Length >= 4 && !rest.StartsWith("lah", StringComparison.Ordinal) && !rest.StartsWith("llah", StringComparison.Ordinal) ? ["abd", "al", rest]
                    : null;
            }
        }

        return null;
    }

    private static NameToken Make(string text, string[] forms, Script script, bool upper)
    {
        if (forms.Length == 1 && Vocabulary.MistypedWord(forms[0]) is { } intended)
        {
            // The spelling as written stays a form too: the same slip may be on the other side (Fundacion/Fundacon).
            var canonicalIntended = Vocabulary.CanonicalLegalForm(intended) ?? intended;
            return new NameToken(text, [canonicalIntended, forms[0]], script, Vocabulary.Classify(canonicalIntended), upper);
        }

        if (forms.Length == 1 && (Vocabulary.CanonicalLegalForm(forms[0]) ?? Vocabulary.CanonicalParticle(forms[0])) is { } canonical)
        {
            forms = [canonical];
        }

        // A single letter from Hangul, Han or Cyrillic is a whole syllable (이 → i, О → o), never an initial.
        var cls = Vocabulary.Classify(forms[0]);
        if (cls == TokenClass.Initial && script != Script.Latin)
        {
            cls = TokenClass.Distinctive;
        }

        return new NameToken(text, forms, script, cls, upper);
    }

    private static bool IsUpper(string run)
    {
        var letters = 0;
        foreach (var c in run)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters >= 2;
    }

    /// <summary>Latin letters without diacritics, lower case; letters that do not decompose (ø, ß, ł, æ) via AnyAscii.</summary>
    internal static string FoldLatin(string run)
    {
        var allAscii = true;
        foreach (var c in run)
        {
            if (c > 0x7F)
            {
                allAscii = false;
                break;
            }
        }

        if (!allAscii)
        {
            var decomposed = UnicodeText.ReplaceUnpairedSurrogates(run).Normalize(NormalizationForm.FormD);
            var sb = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(c);
                }
            }

            run = sb.ToString().Transliterate();
        }

        return Clean(run);
    }

    private static string Clean(string s)
    {
        Span<char> buffer = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
