using Cordon.Matching.Normalisation;
using Cordon.Matching.Transliteration;

namespace Cordon.Matching.Scoring;

/// <summary>
/// cordon-name-v2: two words of an organisation's name that are one word in two grammatical forms. English names of
/// organisations are written with the plural or without it (Revolutionary Guard / Guards Corps), with a country or its
/// adjective (Iran's / Iranian Revolutionary Guard Corps, Korea / Korean Tangun Trading), with a noun or its adjective
/// in -ary (Revolution / Revolutionary). One ending is taken off each side (-s, -es, -ies → -y, -n, -an, -ian, -ary) and
/// the stems must be equal and at least four letters long. People's names are not compared this way (Petrov/Petrova,
/// Roman/Roma are different people), nor are endings that make other words (-al: Meta/Metal, -ing: Ship/Shipping).
/// </summary>
internal static class WordForms
{
    private const int MinStem = 4;
    private static readonly string[] Endings = ["ies", "ian", "ary", "es", "an", "s", "n"];

    /// <summary>True when the two tokens are Latin words that share a stem of four letters or more under one ending each.</summary>
    public static bool SameWord(NameToken a, NameToken b)
    {
        if (a.Script != Script.Latin || b.Script != Script.Latin)
        {
            return false;
        }

        var x = a.Forms[0];
        var y = b.Forms[0];
        if (x.Length < MinStem || y.Length < MinStem || x == y || !IsWord(x) || !IsWord(y))
        {
            return false;
        }

        foreach (var sx in Stems(x))
        {
            foreach (var sy in Stems(y))
            {
                if (sx.Length >= MinStem && string.Equals(sx, sy, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<string> Stems(string word)
    {
        yield return word;
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal)
                && !(ending == "s" && word.EndsWith("ss", StringComparison.Ordinal)))
            {
                yield return ending == "ies" ? word[..^3] + "y" : word[..^ending.Length];
            }
        }
    }

    private static bool IsWord(string form)
    {
        foreach (var c in form)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
