using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Cordon.Matching.Scoring;
using Cordon.Matching.Transliteration;

namespace Cordon.Matching.Normalisation;

/// <summary>
/// cordon-name-v2 normalisation: the v1 tokens (<see cref="NameNormaliser"/>), then, each a small step with its reason:
/// a bracketed acronym of the name dropped ("Global Relief Foundation (GRF)" is the foundation's name with its
/// acronym, which the index keeps as an alias); legal forms at either end of the name from the ISO 20275 table put in
/// one spelling (<see cref="LegalFormTable"/>); numbers in words and ordinals as digits (<see cref="Numerals"/>);
/// common written abbreviations spelt out (Int'l → international); honorifics and ranks (Haji, Shaykh, Colonel) and
/// filiation words (ould) weighed as particles; given-name short forms given their full names as further forms
/// (<see cref="GivenNameShortForms"/>).
/// </summary>
internal static partial class NameNormaliserV2
{
    private const int CacheLimit = 200_000;
    private static readonly ConcurrentDictionary<NameToken, NameToken> ShortFormCache = new(ReferenceEqualityComparer.Instance);

    // Written abbreviations of ordinary name words (not legal forms): the abbreviation and the word must meet.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["intl"] = "international", ["natl"] = "national", ["assn"] = "association", ["assoc"] = "association",
        ["dept"] = "department", ["mfg"] = "manufacturing", ["univ"] = "university", ["inst"] = "institute",
    };

    // Honorifics and ranks written before a person's name (Haji Rohullah, Sayyid Ali Akbar Tabatabaei, Colonel Baudoin
    // Ngaruye): a list gives them in one entry and leaves them out in another, so they weigh like particles. Words that
    // are also family or given names (Sayed, Syed, Hafiz, Imam) and organisation words (General) are not in it.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "haji", "hajji", "hadji", "alhaji", "shaykh", "sheikh", "shaikh", "sheik", "mullah", "mulla", "maulavi", "mawlawi",
        "maulvi", "maulana", "mawlana", "qari", "sayyid", "colonel", "brigadier", "lieutenant", "doctor", "professor", "prof",
    };

    // "Son of" in other languages than the Arabic bin/ibn of v1 (Mauritanian ould, Persian/Pashto walad).
    private static readonly HashSet<string> Filiations = new(StringComparer.Ordinal) { "ould", "wuld", "walad" };

    /// <summary>Normalises a name the v2 way.</summary>
    public static NormalisedName Normalise(string name)
    {
        var text = WithoutBracketedAcronym(WithoutEmbeddedName(name, out _), out _);
        var v1 = NameNormaliser.Normalise(text);
        var tokens = new List<NameToken>(v1.Tokens);
        var links = new List<byte>(v1.Links);
        var changed = LegalForms(tokens, links) | Numbers(tokens, links) | WordForms(tokens);
        return changed || !ReferenceEquals(text, name) ? new NormalisedName(name, [.. tokens], [.. links]) : v1;
    }

    /// <summary>
    /// The name without an acronym the list wrote beside it, and the acronym; the name itself and null when it has none.
    /// The acronym may be bracketed ("Global Relief Foundation (GRF)", "Jund al-Khilafah in Tunisia (JAK-T)",
    /// "Islamic Revolutionary Guard Corps (IRGC)-Qods Force": there it abbreviates the words before the bracket), or
    /// set apart by a slash or a spaced dash ("Harakat ul-Mujahidin / HUM", "AIG - Armament Industries Group"). It
    /// must be an acronym of the name's words (<see cref="Acronyms.Matches"/>, connectors of one or two letters may be
    /// skipped): a bracket that is not one ("(Pyongyang Branch)", "(Malta)") stays.
    /// </summary>
    public static string WithoutBracketedAcronym(string name, out string? acronym)
    {
        acronym = null;
        if (name.IndexOfAny(['(', '[', '/', '-']) < 0)
        {
            return name;
        }

        foreach (Match m in BracketedWord().Matches(name))
        {
            var before = name[..m.Index].Trim();
            var rest = (before + " " + name[(m.Index + m.Length)..].TrimStart('-', ' ')).Trim();
            var letters = NameNormaliser.FoldLatin(m.Groups[1].Value).Replace("-", string.Empty, StringComparison.Ordinal);
            if (rest.Length > 0 && (IsAcronymOf(letters, rest) || (before.Length > 0 && before.Length < rest.Length && IsAcronymOf(letters, before))))
            {
                acronym = m.Groups[1].Value;
                return rest;
            }
        }

        if ((name.Contains(" /", StringComparison.Ordinal) || name.Contains("/ ", StringComparison.Ordinal)
                || name.Contains(" -", StringComparison.Ordinal) || name.Contains("- ", StringComparison.Ordinal))
            && SeparatedAcronym().Match(name) is { Success: true } s)
        {
            var word = s.Groups["a1"].Success ? s.Groups["a1"] : s.Groups["a2"];
            var rest = s.Groups["rest1"].Success ? s.Groups["rest1"].Value : s.Groups["rest2"].Value;
            if (IsAcronymOf(NameNormaliser.FoldLatin(word.Value), rest))
            {
                acronym = word.Value;
                return rest.Trim();
            }
        }

        return name;
    }

    private static bool IsAcronymOf(string letters, string words) =>
        Acronyms.Matches(letters, NameNormaliser.Normalise(words).Tokens, skipShortWords: true);

    [GeneratedRegex(@"\s*[\(\[]\s*([\p{L}\p{N}.&]{2,12}(?:-[\p{L}\p{N}]{1,3})?)\s*[\)\]]")]
    private static partial Regex BracketedWord();

    // "NAME / ACR", "NAME - ACR" or "ACR - NAME": an acronym of 3 to 8 capitals set apart by a slash or a spaced dash.
    [GeneratedRegex(@"^(?:(?<rest1>.+?)\s+[/\-]\s*(?<a1>\p{Lu}{3,8})|(?<a2>\p{Lu}{3,8})\s*[/\-]\s+(?<rest2>.+))$")]
    private static partial Regex SeparatedAcronym();

    /// <summary>
    /// The name without another name the list wrote into it, and that name: a former or other name marked
    /// "f.k.a." / "a.k.a." / "n.k.a." / "formerly" in brackets ("Molot-Oruzhie (f.k.a., Proizvodstvenno Instrument
    /// Kachestvo)"), or such a marker before the name ("F.K.A. Office of Scientific and Industrial Studies"). The
    /// other name is the list's alias, which the index keeps as one; null when there is none.
    /// </summary>
    public static string WithoutEmbeddedName(string name, out string? other)
    {
        other = null;
        if (!name.Contains("k.a", StringComparison.OrdinalIgnoreCase) && !name.Contains("k. a", StringComparison.OrdinalIgnoreCase)
            && !name.Contains("formerly", StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        if (EmbeddedName().Match(name) is { Success: true } m)
        {
            var rest = (name[..m.Index] + " " + name[(m.Index + m.Length)..]).Trim().Trim(',', ';').Trim();
            if (rest.Length > 0)
            {
                other = m.Groups["other"].Value.Trim();
                return rest;
            }
        }

        return LeadingMarker().Replace(name, string.Empty, 1).Trim() is { Length: > 0 } stripped ? stripped : name;
    }

    [GeneratedRegex(@"\s*[\(\[]\s*(?:[fan]\.\s?k\.\s?a\.?|formerly(?:\s+known\s+as)?)\s*,?\s*(?<other>[^\)\]]+)[\)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedName();

    [GeneratedRegex(@"^\s*(?:[fan]\.\s?k\.\s?a\.?|formerly(?:\s+known\s+as)?)\s*,?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMarker();

    /// <summary>
    /// Legal forms at the end and at the start of the name, each replaced by one token of its canonical spelling. A word
    /// v1 already reads as a legal form keeps its v1 spelling (Corporation → corp), so acronyms still see its initial.
    /// </summary>
    private static bool LegalForms(List<NameToken> tokens, List<byte> links)
    {
        var changed = false;
        var end = tokens.Count - 1;
        while (end >= 1)
        {
            var (length, form) = LegalFormTable.EndingAt(tokens, end);
            var (englishLength, englishForm) = LegalFormTable.EnglishRenderingEndingAt(tokens, end);
            if (englishLength > length)
            {
                (length, form) = (englishLength, englishForm);
            }

            if (length > 0 && length <= end && (length > 1 || tokens[end].Class != TokenClass.LegalForm))
            {
                Replace(tokens, links, end - length + 1, length, LegalFormToken(tokens, end - length + 1, length, form!));
                changed = true;
                end -= length;
            }
            else if (length > 0 || tokens[end].Class == TokenClass.LegalForm)
            {
                end--;
            }
            else
            {
                break;
            }
        }

        var start = 0;
        while (start < tokens.Count - 1)
        {
            var (length, form) = LegalFormTable.StartingAt(tokens, start);
            if (length > 0 && start + length < tokens.Count && (length > 1 || tokens[start].Class != TokenClass.LegalForm))
            {
                Replace(tokens, links, start, length, LegalFormToken(tokens, start, length, form!));
                changed = true;
                start++;
            }
            else if (length > 0 || tokens[start].Class == TokenClass.LegalForm)
            {
                start++;
            }
            else
            {
                break;
            }
        }

        return changed;
    }

    private static NameToken LegalFormToken(List<NameToken> tokens, int start, int length, LegalForm form) =>
        new(string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.Text)), [form.Canonical], Script.Latin, TokenClass.LegalForm, false);

    /// <summary>Numbers in words and ordinals replaced by their digits.</summary>
    private static bool Numbers(List<NameToken> tokens, List<byte> links)
    {
        var changed = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Script is not (Script.Latin or Script.Cyrillic))
            {
                continue;
            }

            var (length, value) = Numerals.At(tokens, i);
            if (length == 0 && i > 0 && Numerals.Roman(tokens[i].Forms[0]) is { } roman && OnlyLegalFormsAfter(tokens, i))
            {
                // A roman numeral before a closing legal form numbers the company (Rim Group Investments II Corp).
                (length, value) = (1, roman);
            }

            if (length == 0)
            {
                continue;
            }

            var digits = value.ToString(CultureInfo.InvariantCulture);
            var text = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Text));
            Replace(tokens, links, i, length, new NameToken(text, [digits], Script.Latin, TokenClass.Distinctive, false));
            changed = true;
        }

        return changed;
    }

    private static bool OnlyLegalFormsAfter(List<NameToken> tokens, int i)
    {
        var any = false;
        for (var k = i + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Class != TokenClass.LegalForm)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Written abbreviations spelt out; given-name short forms given their full names as further forms.</summary>
    private static bool WordForms(List<NameToken> tokens)
    {
        var changed = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Script == Script.Arabic && tokens.Count > 1 && t.Forms[0] == "wld")
            {
                // ولد is the Arabic-script "ould" (son of): the same filiation particle as the Latin spelling.
                tokens[i] = new NameToken(t.Text, ["bin"], Script.Arabic, TokenClass.Particle, false);
                changed = true;
                continue;
            }

            if (t.Script != Script.Latin || t.Forms.Length != 1)
            {
                continue;
            }

            if (Abbreviations.TryGetValue(t.Forms[0], out var word))
            {
                tokens[i] = new NameToken(t.Text, [word], Script.Latin, Vocabulary.Classify(word), t.UpperCase);
                changed = true;
                continue;
            }

            // A title or a filiation word is a name particle, never the only word the name rests on.
            if (tokens.Count > 1 && (Titles.Contains(t.Forms[0]) || Filiations.Contains(t.Forms[0])))
            {
                tokens[i] = new NameToken(t.Text, [Filiations.Contains(t.Forms[0]) ? "bin" : t.Forms[0]], Script.Latin, TokenClass.Particle, t.UpperCase);
                changed = true;
                continue;
            }

            // Short tokens that read as Korean syllables (Kim, Min, Su) are not English short forms.
            if (t.Class != TokenClass.Distinctive || (t.Keys[0] is not null && t.Forms[0].Length < 4))
            {
                continue;
            }

            if (!ShortFormCache.TryGetValue(t, out var expanded))
            {
                var full = GivenNameShortForms.Of(t.Forms[0]);
                expanded = full.Length == 0 ? t : new NameToken(t.Text, [t.Forms[0]], [.. full.Take(8)], Script.Latin, t.Class, t.UpperCase);
                if (ShortFormCache.Count < CacheLimit)
                {
                    ShortFormCache.TryAdd(t, expanded);
                }
            }

            if (!ReferenceEquals(expanded, t))
            {
                tokens[i] = expanded;
                changed = true;
            }
        }

        return changed;
    }

    private static void Replace(List<NameToken> tokens, List<byte> links, int start, int length, NameToken replacement)
    {
        tokens.RemoveRange(start, length);
        tokens.Insert(start, replacement);
        if (length > 1)
        {
            links.RemoveRange(start, length - 1);
        }
    }
}
