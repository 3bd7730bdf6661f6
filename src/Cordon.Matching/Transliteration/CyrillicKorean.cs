using System.Text;

namespace Cordon.Matching.Transliteration;

/// <summary>
/// Reads a Cyrillic word the way Russian writes Korean names (the Kontsevich system and older Soviet usage), to give an
/// alternative Latin form beside the ordinary transliteration: Ким Чен Ын → Kim Cheong Eun (Kim Jong Un), Ким Ир Сен →
/// Kim Il Seong (Kim Il Sung). Russian renders ㅓ as о or е, ㅡ as ы, a final ㄹ as р and a final ㅇ as н; the
/// ordinary transliteration (Chen, Yn, Ir) misses the Korean spelling.
/// </summary>
internal static class CyrillicKorean
{
    /// <summary>Alternative Latin forms (lower case) of a Cyrillic word, or an empty array when nothing differs.</summary>
    public static string[] Alternatives(string cyrillicWord)
    {
        var lower = cyrillicWord.ToLowerInvariant();
        var sb = new StringBuilder(lower.Length + 4);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var isLast = i == lower.Length - 1;
            var next = isLast ? '\0' : lower[i + 1];

            // Digraphs: чж and дж write ㅈ (j); чх, тх, пх, кх write the aspirates (ch, th, ph, kh); хв writes hw.
            if ((c is 'ч' or 'д') && next == 'ж')
            {
                sb.Append('j');
                i++;
                continue;
            }

            // Final ве writes ㅚ/ㅞ (Чхве = Choe).
            if (c == 'в' && next == 'е' && i + 2 == lower.Length && i > 0)
            {
                sb.Append("oe");
                i++;
                continue;
            }

            if ((c is 'ч' or 'т' or 'п' or 'к') && next == 'х')
            {
                sb.Append(c switch { 'ч' => "ch", 'т' => "t", 'п' => "p", _ => "k" });
                i++;
                continue;
            }

            sb.Append(c switch
            {
                'а' => "a",
                'б' => "b",
                'в' => "w",
                'г' => "g",
                'д' => "d",
                'е' or 'ё' => i == 0 ? "yeo" : "eo",
                'ж' => "j",
                'з' => "j",
                'и' => "i",
                'й' => "i",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => isLast ? "ng" : "n",
                'о' => "o",
                'п' => "p",
                'р' => isLast || (i + 1 < lower.Length && !IsCyrillicVowel(lower[i + 1])) ? "l" : "r",
                'с' => "s",
                'т' => "t",
                'у' => "u",
                'ф' => "p",
                'х' => "h",
                'ц' => "ch",
                'ч' => "ch",
                'ш' => "sh",
                'щ' => "sh",
                'ы' => "eu",
                'э' => "ae",
                'ю' => "yu",
                'я' => "ya",
                'ъ' or 'ь' => "",
                _ => c.ToString(),
            });
        }

        var withNg = sb.ToString();
        // A final н is ㄴ or ㅇ; give both readings.
        if (lower.EndsWith('н'))
        {
            return [withNg, withNg[..^2] + "n"];
        }

        return [withNg];
    }

    private static bool IsCyrillicVowel(char c) => "аеёиоуыэюя".Contains(c, StringComparison.Ordinal);
}
