using System.Globalization;
using System.Text;
using Cordon.Core;

namespace Cordon.Intelligence;

/// <summary>Maps a domain to a visual "skeleton": characters that look alike (Cyrillic/Greek letters, digits, <c>rn</c>/<c>m</c>) become one.</summary>
internal static class Confusables
{
    private static readonly Dictionary<char, char> Single = new()
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c',
        ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd', ['ӏ'] = 'l', ['ԛ'] = 'q',
        ['ԝ'] = 'w', ['һ'] = 'h', ['ո'] = 'n', ['ս'] = 'u', ['օ'] = 'o',

        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't',
        ['υ'] = 'u', ['χ'] = 'x', ['γ'] = 'y', ['ω'] = 'w',

        // Latin look-alikes
        ['ı'] = 'i', ['ł'] = 'l', ['ɡ'] = 'g', ['ɑ'] = 'a', ['ø'] = 'o', ['đ'] = 'd', ['ħ'] = 'h', ['ŀ'] = 'l',

        // Digits
        ['0'] = 'o', ['1'] = 'l', ['3'] = 'e', ['5'] = 's', ['$'] = 's', ['|'] = 'l',
    };

    /// <summary>True when <paramref name="text"/> holds a character outside ASCII.</summary>
    public static bool HasNonAscii(string text) => text.Any(c => c > 127);

    /// <summary>The skeleton of <paramref name="text"/> (lower-case; accents removed; confusables folded; <c>rn</c>→<c>m</c>, <c>vv</c>→<c>w</c>; <c>i</c>→<c>l</c>).</summary>
    public static string Skeleton(string text)
    {
        var decomposed = UnicodeText.ReplaceUnpairedSurrogates(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(Single.TryGetValue(ch, out var mapped) ? mapped : ch);
        }

        // i and l (and 1) are near-identical in many fonts.
        return sb.ToString().Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal).Replace('i', 'l');
    }
}
