using Cordon.Matching.Explanation;
using Cordon.Matching.Normalisation;
using Cordon.Matching.Transliteration;

namespace Cordon.Matching.Scoring;

/// <summary>
/// cordon-name-v2: two tokens written in the same syllabic or logographic script (Hangul, Han, kana) are compared as
/// written, before any romanisation. Romanisation merges what the script keeps apart: 김종일 and 김정일 both read
/// "jong" in common spellings, yet 종 and 정 are different syllables and the names are different names. Cross-script
/// pairs still go through transliteration.
/// </summary>
internal static class ScriptAwareSimilarity
{
    /// <summary>True when both tokens are Hangul, both Han, or both kana: they are compared as written.</summary>
    public static bool Applies(NameToken a, NameToken b) =>
        (a.Script == b.Script && a.Script is Script.Hangul or Script.Han) || (IsKana(a.Text) && IsKana(b.Text));

    /// <summary>
    /// 1 for the same character or syllable; for two Han characters that share their Mandarin and Korean readings (a
    /// traditional character and its simplified form, 鄭/郑) the romanisation-variant similarity; otherwise 0 with the
    /// reason "different character".
    /// </summary>
    public static double Compare(NameToken a, NameToken b, out AlignmentKind kind)
    {
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            kind = AlignmentKind.Exact;
            return 1.0;
        }

        if (a.Script == Script.Han && b.Script == Script.Han && SameReadings(a, b))
        {
            kind = AlignmentKind.RomanisationVariant;
            return 0.95;
        }

        kind = AlignmentKind.DifferentCharacter;
        return 0;
    }

    // Han tokens carry their Korean readings first and the pinyin last.
    private static bool SameReadings(NameToken a, NameToken b) =>
        string.Equals(a.Forms[^1], b.Forms[^1], StringComparison.Ordinal) && a.Forms.Intersect(b.Forms, StringComparer.Ordinal).Count() == Math.Min(a.Forms.Length, b.Forms.Length);

    private static bool IsKana(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not (>= '\u3040' and <= '\u30FF') and not (>= '\u31F0' and <= '\u31FF'))
            {
                return false;
            }
        }

        return true;
    }
}
