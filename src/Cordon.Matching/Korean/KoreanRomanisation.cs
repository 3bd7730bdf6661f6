using System.Text;

namespace Cordon.Matching.Korean;

/// <summary>
/// Bridges the romanisations of Korean names (Revised Romanisation, McCune–Reischauer, North Korean usage and the
/// ad-hoc spellings people use: Jong/Jeong/Chong/Jung/Chung, Lee/Yi/Ri/Rhee/I, Park/Pak/Bak…).
/// <para>
/// <see cref="PhoneticKey"/> maps a romanised token onto a coarse phonetic key by rules that follow how the systems
/// differ, not by a list of names: MR writes aspiration with apostrophes and voicing by position (k/g, t/d, p/b, ch/j),
/// RR writes ㅓ and ㅡ as eo and eu where MR writes ŏ and ŭ (o and u once the breve is lost) and everyday spellings use
/// u/oo/ou for ㅜ and ㅓ alike; ㄹ is r or l; North Korean spelling keeps an initial r or n that South Korean drops
/// before i and y (Ri/Lee/Yi, Ryu/Yu, Rim/Im); English-style spellings add a silent r or h (Park, Hur, Oh, Hahn).
/// The rules are applied character by character, so the key of a joined given name equals the joined keys of its
/// syllables ("Jongun" and "Jong" + "Un").
/// </para>
/// </summary>
internal static class KoreanRomanisation
{
    private static readonly string[] Initials =
    [
        "tch", "kk", "gg", "tt", "dd", "pp", "bb", "ss", "sh", "jj", "ch", "rh", "ts", "th", "ph", "kh",
        "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", "c", "",
    ];

    private static readonly string[] Vowels =
    [
        "yeo", "yae", "wae", "weo", "eui", "ae", "ai", "ya", "eo", "ye", "oo", "ou", "wa", "oe", "oi", "yo", "wo", "we", "wi", "yu",
        "eu", "ui", "ee", "yi", "a", "e", "o", "u", "i",
    ];

    private static readonly string[] Finals = ["ng", "ll", "ck", "rk", "hn", "k", "g", "n", "t", "l", "m", "p", "b", "r", "h", "d", "s", ""];

    /// <summary>
    /// True when <paramref name="token"/> (lower-case ASCII) can be read as a sequence of romanised Korean syllables.
    /// Only such tokens are compared by phonetic key, so that "Bradley" and "Pratley" are not made equal.
    /// </summary>
    public static bool IsKoreanLike(string token)
    {
        if (token.Length == 0 || token.Length > 14)
        {
            return false;
        }

        Span<bool> reachable = stackalloc bool[token.Length + 1];
        reachable[0] = true;
        for (var pos = 0; pos < token.Length; pos++)
        {
            if (!reachable[pos])
            {
                continue;
            }

            var rest = token.AsSpan(pos);
            foreach (var initial in Initials)
            {
                if (!rest.StartsWith(initial, StringComparison.Ordinal))
                {
                    continue;
                }

                var afterInitial = rest[initial.Length..];
                foreach (var vowel in Vowels)
                {
                    if (!afterInitial.StartsWith(vowel, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var afterVowel = afterInitial[vowel.Length..];
                    foreach (var final in Finals)
                    {
                        if (afterVowel.StartsWith(final, StringComparison.Ordinal))
                        {
                            reachable[pos + initial.Length + vowel.Length + final.Length] = true;
                        }
                    }
                }
            }
        }

        return reachable[token.Length];
    }

    /// <summary>The coarse phonetic key of a lower-case ASCII token (see the type's remarks).</summary>
    public static string PhoneticKey(string token)
    {
        var sb = new StringBuilder(token.Length);
        var s = token;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var next2 = i + 2 < s.Length ? s[i + 2] : '\0';
            switch (c)
            {
                case 'e' when next == 'o': // eo → o
                    sb.Append('o');
                    i++;
                    break;
                case 'e' when next == 'u' && next2 == 'i': // eui → i (ㅢ, pronounced and often written i, ee, ui)
                    sb.Append('i');
                    i += 2;
                    break;
                case 'u' when next == 'i':
                    sb.Append('i');
                    i++;
                    break;
                case 'e' when next == 'u': // eu → u
                    sb.Append('U');
                    i++;
                    break;
                case 'w' when next == 'o' && next2 == 'o': // woo, wu → u (Wook/Uk, Woo/U)
                case 'w' when next == 'u':
                    break;
                case 'e' when next == 'e': // ee → i
                    sb.Append('i');
                    i++;
                    break;
                case 'o' when next == 'o': // oo → u (Moon, Soo, Yoo)
                    sb.Append('U');
                    i++;
                    break;
                case 'o' when next == 'u': // ou → o (Young)
                    sb.Append('o');
                    i++;
                    break;
                case 'o' when next == 'e': // oe → oi (Choe/Choi)
                    sb.Append("oi");
                    i++;
                    break;
                case 'a' when next == 'e' || next == 'i': // ae, ai → e
                    sb.Append('e');
                    i++;
                    break;
                case 'u' when next == 'r' && !IsVowel(next2): // Hur, Yurn: English-style spelling of ㅓ
                    sb.Append('o');
                    break;
                case 'u':
                    sb.Append('U');
                    break;
                case 'y':
                    sb.Append('i');
                    break;
                case 'n' when next == 'g':
                    sb.Append('N');
                    i++;
                    break;
                case 't' when next == 'c' && next2 == 'h':
                    sb.Append('C');
                    i += 2;
                    break;
                case 'c' when next == 'h':
                    sb.Append('C');
                    i++;
                    break;
                case 'j' or 'z':
                    sb.Append('C');
                    break;
                case 't' when next == 's':
                    sb.Append('C');
                    i++;
                    break;
                case 's' when next == 'h':
                    sb.Append('s');
                    i++;
                    break;
                case 'g' or 'k' or 'q' or 'c':
                    sb.Append('k');
                    break;
                case 'd' or 't':
                    sb.Append('t');
                    break;
                case 'b' or 'p' or 'f':
                    sb.Append('p');
                    break;
                case 'r' when next == 'h':
                    sb.Append('l');
                    i++;
                    break;
                case 'r' when i > 0 && IsVowel(s[i - 1]) && !IsVowel(next): // silent English-style r (Park, Hur)
                    break;
                case 'r':
                    sb.Append('l');
                    break;
                case 'h' when i > 0 && !IsVowel(s[i - 1]): // aspiration mark (kh, th, ph, chh)
                    break;
                case 'h' when i > 0 && s[i - 1] is 'a' or 'o' && !IsVowel(next): // silent h of English-style spellings (Oh, Ahn, Hahn)
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        // Before a final consonant, the systems and everyday spellings write ㅓ, ㅗ, ㅜ and ㅡ interchangeably
        // (Jong/Jeong/Jung, Song/Sung, Mun/Moon, Un/Eun, Chol/Chul); in an open syllable o and u stay distinct
        // (O and U/Woo, Ko and Ku, Jo and Ju are different names).
        for (var i = 0; i < sb.Length; i++)
        {
            if (sb[i] == 'U')
            {
                var closed = i + 1 < sb.Length && !IsKeyVowel(sb[i + 1]);
                sb[i] = closed ? 'o' : 'u';
            }
        }

        // Doubled letters carry no distinction across systems (Ill/Il, kk/k, tt/t).
        for (var i = sb.Length - 1; i > 0; i--)
        {
            if (sb[i] == sb[i - 1])
            {
                sb.Remove(i, 1);
            }
        }

        // Initial sound law: an initial r/l before i/y, or n before y, is written or dropped depending on the system
        // (Ri/I/Lee, Ryu/Yu, Nyeo/Yeo).
        if (sb.Length > 1 && sb[1] == 'i' && (sb[0] == 'l' || (sb[0] == 'n' && token.Length > 1 && token[1] == 'y')))
        {
            sb.Remove(0, 1);
        }

        return sb.ToString();
    }

    private static bool IsKeyVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'U';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';
}
