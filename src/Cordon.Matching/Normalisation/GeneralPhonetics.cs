using System.Text;

namespace Cordon.Matching.Normalisation;

/// <summary>
/// A coarse phonetic key for romanised names of any origin, bridging the spellings that transliteration systems and
/// habits produce for one sound: voiced/unvoiced pairs (Dehqan/Dehghan, Tse-tung/Zedong), ch/j/zh (Chin/Jin,
/// Prigozhin), x/hs/ks (Xi/Hsi, Alexei/Aleksey), kh/h, ph/f, w/v, doubled letters, silent h (Usamah/Usama), and vowels
/// reduced to three classes, repeats collapsed (Yevgeny/Evgeniy, Osama/Usama, Laden/Ladin, Saif/Sayf, Hossein/Hosein).
/// Used only for tokens of four letters or more; the exact spelling always scores higher.
/// </summary>
internal static class GeneralPhonetics
{
    /// <summary>Shortest form given a key: on short tokens the classes would merge distinct names.</summary>
    public const int MinLength = 4;

    public static string? Key(string form)
    {
        if (form.Length < MinLength)
        {
            return null;
        }

        var sb = new StringBuilder(form.Length);
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            var next = i + 1 < form.Length ? form[i + 1] : '\0';
            var next2 = i + 2 < form.Length ? form[i + 2] : '\0';
            switch (c)
            {
                case 's' when next == 'c' && next2 == 'h':
                    sb.Append('s');
                    i += 2;
                    break;
                case 't' when next == 'c' && next2 == 'h':
                case 'd' when next == 'z' && next2 == 'h':
                    sb.Append('C');
                    i += 2;
                    break;
                case 'c' when next == 'h':
                case 'z' when next == 'h':
                case 'd' when next == 'j':
                    sb.Append('C');
                    i++;
                    break;
                case 'j':
                    sb.Append('C');
                    break;
                case 'k' when next == 'h':
                    sb.Append('h');
                    i++;
                    break;
                case 'p' when next == 'h':
                    sb.Append('f');
                    i++;
                    break;
                case 's' when next == 'h':
                case 'h' when next == 's':
                    sb.Append('s');
                    i++;
                    break;
                case 't' when next == 's' || next == 'z':
                    sb.Append('s');
                    i++;
                    break;
                case 'g' when next == 'h':
                case 'c' when next == 'k':
                    sb.Append('k');
                    i++;
                    break;
                case 't' when next == 'h':
                case 'd' when next == 'h':
                    sb.Append('t');
                    i++;
                    break;
                case 'x':
                    sb.Append(i == 0 ? "s" : "ks");
                    break;
                case 'q' or 'c' or 'g' or 'k':
                    sb.Append('k');
                    break;
                case 'b' or 'p':
                    sb.Append('p');
                    break;
                case 'd' or 't':
                    sb.Append('t');
                    break;
                case 'z' or 's':
                    sb.Append('s');
                    break;
                case 'v' or 'w' or 'f':
                    sb.Append('f');
                    break;
                case 'e' or 'a' when next == 'h' && i + 2 == form.Length && i > 0:
                    // Arabic tā marbūṭa is written -eh, -ah or -a (Haniyeh/Haniya, Fatemeh/Fatima, Usamah/Usama).
                    sb.Append('a');
                    i++;
                    break;
                case 'h' when i > 0 && !(IsVowel(form[i - 1]) && IsVowel(next)):
                    break;
                case 'a':
                    sb.Append('a');
                    break;
                case 'e' or 'i' or 'y':
                    sb.Append('i');
                    break;
                case 'o' or 'u':
                    sb.Append('u');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        // Collapse doubled letters, vowels of one class included (ei → i, ou → u); a run of different classes stays.
        var key = new StringBuilder(sb.Length);
        for (var i = 0; i < sb.Length; i++)
        {
            var c = sb[i];
            if (key.Length > 0)
            {
                var last = key[^1];
                if (last == c)
                {
                    continue;
                }
            }

            key.Append(c);
        }

        // A final e after a consonant is mostly silent (Neptune/Neptun).
        if (form[^1] == 'e' && key.Length > 3 && key[^1] == 'i' && !IsVowel(form[^2]))
        {
            key.Length--;
        }

        // Keys this short merge unrelated names.
        return key.Length >= 3 ? key.ToString() : null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
