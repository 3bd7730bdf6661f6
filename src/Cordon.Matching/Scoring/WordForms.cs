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
        // Cheap refusals first: this runs for many token pairs of every organisation name scored.
        if (x.Length < MinStem || y.Length < MinStem || Math.Abs(x.Length - y.Length) > 6
            || !x.AsSpan(0, MinStem).SequenceEqual(y.AsSpan(0, MinStem)) || x == y || !IsWord(x) || !IsWord(y))
        {
            return false;
        }

        Span<int> stemsX = stackalloc int[Endings.Length + 1];
        Span<int> stemsY = stackalloc int[Endings.Length + 1];
        var nx = Stems(x, stemsX);
        var ny = Stems(y, stemsY);
        for (var i = 0; i < nx; i++)
        {
            for (var j = 0; j < ny; j++)
            {
                if (SameStem(x, stemsX[i], y, stemsY[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A stem is the word's first |n| letters; a negative n marks a stem that ends in y in place of the -ies taken off
    // (Industries → Industry).
    private static int Stems(string word, Span<int> stems)
    {
        var count = 0;
        stems[count++] = word.Length;
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal)
                && !(ending == "s" && word.EndsWith("ss", StringComparison.Ordinal)))
            {
                stems[count++] = ending == "ies" ? -(word.Length - 2) : word.Length - ending.Length;
            }
        }

        return count;
    }

    private static bool SameStem(string x, int sx, string y, int sy)
    {
        var lx = Math.Abs(sx);
        var ly = Math.Abs(sy);
        if (lx != ly || lx < MinStem)
        {
            return false;
        }

        // A y-stem (from -ies) is its letters but the last, then y.
        var bodyX = x.AsSpan(0, sx < 0 ? lx - 1 : lx);
        var bodyY = y.AsSpan(0, sy < 0 ? ly - 1 : ly);
        var lastX = sx < 0 ? 'y' : '\0';
        var lastY = sy < 0 ? 'y' : '\0';
        if (sx < 0 && sy < 0)
        {
            return bodyX.SequenceEqual(bodyY);
        }

        if (sx < 0)
        {
            return bodyX.SequenceEqual(y.AsSpan(0, ly - 1)) && y[ly - 1] == lastX;
        }

        if (sy < 0)
        {
            return x.AsSpan(0, lx - 1).SequenceEqual(bodyY) && x[lx - 1] == lastY;
        }

        return bodyX.SequenceEqual(bodyY);
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
