using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cordon.Networks;

/// <summary>
/// MinHash over word 3-shingles with locality-sensitive banding. Deterministic: fixed seeds, no randomised string hashing.
/// Text is lower-cased, names given are removed, e-mails, URLs and phone-like digit runs are removed and remaining
/// digits are folded to <c>#</c>, so that "7 years" and "9 years" read the same.
/// </summary>
public static partial class MinHasher
{
    /// <summary>Number of MinHash values in a signature.</summary>
    public const int SignatureLength = 64;

    /// <summary>Number of LSH bands (rows per band = <see cref="SignatureLength"/> / <see cref="Bands"/>).</summary>
    public const int Bands = 16;

    /// <summary>Rows per band.</summary>
    public const int RowsPerBand = SignatureLength / Bands;

    private const int ShingleSize = 3;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>Fingerprints a résumé.</summary>
    /// <param name="text">The résumé text.</param>
    /// <param name="namesToRemove">Names of the person (full, given, family, other names) to strip before hashing.</param>
    /// <returns>The fingerprint, or null when too little text remains.</returns>
    public static ResumeFingerprint? Fingerprint(string? text, IEnumerable<string?> namesToRemove)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clean = text.ToLowerInvariant();
        clean = EmailPattern().Replace(clean, " ");
        clean = UrlPattern().Replace(clean, " ");
        clean = PhonePattern().Replace(clean, " ");
        var nameTokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in namesToRemove)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            foreach (var token in Tokenise(name.ToLowerInvariant()))
            {
                nameTokens.Add(token);
            }
        }

        var words = Tokenise(clean).Where(t => !nameTokens.Contains(t)).ToArray();
        if (words.Length < ShingleSize)
        {
            return null;
        }

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleSize <= words.Length; i++)
        {
            shingles.Add(ShingleHash(words, i));
        }

        var sorted = shingles.ToArray();
        Array.Sort(sorted);
        var signature = new ulong[SignatureLength];
        for (var s = 0; s < SignatureLength; s++)
        {
            var min = ulong.MaxValue;
            foreach (var shingle in sorted)
            {
                var h = Mix(shingle ^ Seeds[s]);
                if (h < min)
                {
                    min = h;
                }
            }

            signature[s] = min;
        }

        var bands = new ulong[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = Mix((ulong)b + 0x9E3779B97F4A7C15UL);
            for (var r = 0; r < RowsPerBand; r++)
            {
                h = Mix(h ^ signature[(b * RowsPerBand) + r]);
            }

            bands[b] = h;
        }

        return new ResumeFingerprint(sorted, bands);
    }

    /// <summary>The LSH band keys of a fingerprint: records sharing any band key are candidates.</summary>
    /// <param name="fingerprint">The fingerprint.</param>
    /// <returns>One key per band.</returns>
    public static IReadOnlyList<ulong> BandKeys(ResumeFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        return fingerprint.Bands;
    }

    /// <summary>Exact Jaccard similarity of the shingle sets.</summary>
    /// <param name="a">One fingerprint.</param>
    /// <param name="b">The other.</param>
    /// <returns>|A∩B| / |A∪B|.</returns>
    public static double Jaccard(ResumeFingerprint a, ResumeFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ulong[] x = [.. a.Shingles], y = [.. b.Shingles];
        var common = SharedCount(x, y);
        var union = x.Length + y.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }

    /// <summary>How many values two ascending shingle lists share, in one merge pass.</summary>
    internal static int SharedCount(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        int i = 0, j = 0, common = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                common++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>The same value as <see cref="Fnv"/> of the shingle's words joined by spaces, without building the string.</summary>
    private static ulong ShingleHash(string[] words, int start)
    {
        var h = 14695981039346656037UL;
        for (var w = start; w < start + ShingleSize; w++)
        {
            if (w > start)
            {
                h ^= ' ';
                h *= 1099511628211UL;
            }

            foreach (var c in words[w])
            {
                h ^= c;
                h *= 1099511628211UL;
            }
        }

        return Mix(h);
    }

    internal static ulong Fnv(string value)
    {
        var h = 14695981039346656037UL;
        foreach (var c in value)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return Mix(h);
    }

    internal static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[SignatureLength];
        var state = 0x436F72646F6E4D48UL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state = Mix(state);
            seeds[i] = state;
        }

        return seeds;
    }

    private static List<string> Tokenise(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.IsDigit(raw) ? '#' : raw;
            if (char.IsLetter(c) || c == '#' || c == '+')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\+?\d[\d\s().-]{6,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
