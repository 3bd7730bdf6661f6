using Cordon.Matching.Korean;
using Cordon.Matching.Transliteration;

namespace Cordon.Matching.Normalisation;

/// <summary>
/// One word of a name, prepared for comparison: its Latin forms (several when a script has several readings, e.g. a Han
/// character's Korean and Mandarin readings), the Korean phonetic key of each form that reads as Korean, and its
/// consonant skeleton. Immutable and shared: the normaliser caches tokens by their source text.
/// </summary>
internal sealed class NameToken
{
    /// <summary>Creates a token; only the first <paramref name="koreanForms"/> forms may get a Korean phonetic key (all when null).</summary>
    public NameToken(string text, string[] forms, Script script, TokenClass tokenClass, bool upperCase, int? koreanForms = null)
        : this(text, forms, script, tokenClass, upperCase, koreanForms, null)
    {
    }

    private NameToken(string text, string[] forms, Script script, TokenClass tokenClass, bool upperCase, int? koreanForms, string?[]? keys)
    {
        Text = text;
        Forms = forms;
        Script = script;
        Class = tokenClass;
        UpperCase = upperCase;
        Keys = new string?[forms.Length];
        GeneralKeys = new string?[forms.Length];
        for (var i = 0; i < forms.Length; i++)
        {
            Keys[i] = keys is not null ? keys[i]
                : i < (koreanForms ?? forms.Length) && KoreanRomanisation.IsKoreanLike(forms[i]) ? KoreanRomanisation.PhoneticKey(forms[i])
                : null;
            GeneralKeys[i] = GeneralPhonetics.Key(forms[i]);
        }

        Skeleton = MakeSkeleton(forms[0]);
        FuzzyForms = forms.Length;
    }

    /// <summary>
    /// A token with further forms that must agree exactly (full names of a given-name short form: Bill → William), never
    /// by spelling tolerance, which would join other names through them (Bill → Robert ~ Roberto).
    /// </summary>
    public NameToken(string text, string[] forms, string[] exactOnlyForms, Script script, TokenClass tokenClass, bool upperCase)
        : this(text, [.. forms, .. exactOnlyForms], script, tokenClass, upperCase, null, null)
    {
        FuzzyForms = forms.Length;
    }

    /// <summary>Restores a token exactly as it was saved (<see cref="ScreeningIndexSnapshot"/>): nothing is recomputed.</summary>
    internal NameToken(string text, string[] forms, int fuzzyForms, string?[] keys, string?[] generalKeys, string skeleton, Script script, TokenClass tokenClass, bool upperCase)
    {
        Text = text;
        Forms = forms;
        FuzzyForms = fuzzyForms;
        Keys = keys;
        GeneralKeys = generalKeys;
        Skeleton = skeleton;
        Script = script;
        Class = tokenClass;
        UpperCase = upperCase;
    }

    /// <summary>The token as written in the input (or its transliteration when the script needs explaining).</summary>
    public string Text { get; }

    /// <summary>Lower-case ASCII forms; the first is the primary one.</summary>
    public string[] Forms { get; }

    /// <summary>How many of the first <see cref="Forms"/> spelling tolerance (phonetic keys, edit distance) applies to; the rest must agree exactly.</summary>
    public int FuzzyForms { get; private init; }

    /// <summary>Korean phonetic key of each form, null where the form does not read as romanised Korean.</summary>
    public string?[] Keys { get; }

    /// <summary>General phonetic key of each form (see <see cref="GeneralPhonetics"/>), null for short forms.</summary>
    public string?[] GeneralKeys { get; }

    /// <summary>Consonants of the primary form, doubled letters collapsed (mohammed → mhmd).</summary>
    public string Skeleton { get; }

    /// <summary>The script the token was written in.</summary>
    public Script Script { get; }

    /// <summary>How much the token says about identity.</summary>
    public TokenClass Class { get; }

    /// <summary>True when written in capitals in the input (acronyms are).</summary>
    public bool UpperCase { get; }

    /// <summary>The key under which frequency is counted: the phonetic key when there is one, else the form.</summary>
    public string FrequencyKey => Keys[0] ?? Forms[0];

    /// <summary>The two tokens written as one (Jong + Un → Jongun), for comparing joined and split given names.</summary>
    public static NameToken Join(NameToken a, NameToken b)
    {
        var na = Math.Min(a.Forms.Length, 2);
        var nb = Math.Min(b.Forms.Length, 2);
        var forms = new string[na * nb];
        var keys = new string?[na * nb];
        var k = 0;
        for (var i = 0; i < na; i++)
        {
            for (var j = 0; j < nb; j++)
            {
                // The key of a joined name is the keys of its syllables joined: the boundary is known here, and rules
                // applied across it would misread it (Su + Il is not the vowel ㅢ of "sui").
                keys[k] = a.Keys[i] is { } ka && b.Keys[j] is { } kb ? ka + kb : null;
                forms[k++] = a.Forms[i] + b.Forms[j];
            }
        }

        var cls = a.Class == TokenClass.Distinctive || b.Class == TokenClass.Distinctive ? TokenClass.Distinctive : a.Class;
        return new NameToken(a.Text + "+" + b.Text, forms, a.Script, cls, false, null, keys);
    }

    /// <summary>
    /// Consonants only, in broad classes (voicing pairs, z/dh/zh/j, s/sh/th, q/k/g/gh, kh/h, f/v): what survives of a name
    /// written in a script without short vowels, whichever system transliterated it.
    /// </summary>
    private static string MakeSkeleton(string form)
    {
        Span<char> buffer = stackalloc char[Math.Min(form.Length, 64)];
        var n = 0;
        for (var i = 0; i < form.Length && n < buffer.Length; i++)
        {
            var c = form[i];
            var next = i + 1 < form.Length ? form[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or '\'':
                    continue;
                case 'd' or 'z' or 'j' when next == 'h':
                    mapped = 'z';
                    i++;
                    break;
                case 's' or 't' when next == 'h':
                    mapped = 's';
                    i++;
                    break;
                case 'k' when next == 'h':
                    mapped = 'h';
                    i++;
                    break;
                case 'g' when next == 'h':
                    mapped = 'k';
                    i++;
                    break;
                case 'p' when next == 'h':
                    mapped = 'f';
                    i++;
                    break;
                case 'z' or 'j':
                    mapped = 'z';
                    break;
                case 'q' or 'k' or 'g' or 'c':
                    mapped = 'k';
                    break;
                case 'b' or 'p':
                    mapped = 'p';
                    break;
                case 'd' or 't':
                    mapped = 't';
                    break;
                case 'v' or 'f':
                    mapped = 'f';
                    break;
                default:
                    mapped = c;
                    break;
            }

            if (n > 0 && buffer[n - 1] == mapped)
            {
                continue;
            }

            buffer[n++] = mapped;
        }

        return new string(buffer[..n]);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
