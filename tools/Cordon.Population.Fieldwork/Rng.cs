namespace Cordon.Population.Fieldwork;

/// <summary>
/// A small seeded PRNG (xoshiro256**, seeded by SplitMix64) so that the same seed gives the same bytes on every
/// runtime, independent of System.Random's implementation.
/// </summary>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x); _s1 = SplitMix(ref x); _s2 = SplitMix(ref x); _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        ulong result = RotL(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0; _s3 ^= _s1; _s1 ^= _s2; _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotL(_s3, 45);
        return result;
    }

    private static ulong RotL(ulong x, int k) => (x << k) | (x >> (64 - k));

    /// <summary>A child generator, so that one story's draws do not shift another's.</summary>
    public Rng Fork() => new(NextULong());

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Integer in [min, max).</summary>
    public int Int(int min, int max)
    {
        if (max <= min) return min;
        return min + (int)(NextULong() % (ulong)(max - min));
    }

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count)];

    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        double total = 0;
        foreach (var (_, w) in items) total += w;
        double r = NextDouble() * total;
        foreach (var (item, w) in items)
        {
            if (r < w) return item;
            r -= w;
        }
        return items[^1].Item;
    }

    public double Normal(double mean, double sd)
    {
        double u1 = 1.0 - NextDouble(), u2 = NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public string Hex(int chars)
    {
        var sb = new System.Text.StringBuilder(chars);
        while (sb.Length < chars) sb.Append(NextULong().ToString("x16"));
        return sb.ToString(0, chars);
    }

    public string Digits(int n)
    {
        var c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char)('0' + Int(0, 10));
        return new string(c);
    }

    public string FromAlphabet(string alphabet, int n)
    {
        var c = new char[n];
        for (int i = 0; i < n; i++) c[i] = alphabet[Int(0, alphabet.Length)];
        return new string(c);
    }

    public void Shuffle<T>(IList<T> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = Int(0, i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    /// <summary>A 64-bit perceptual hash that differs from <paramref name="hash"/> in <paramref name="bits"/> bits (an edited image).</summary>
    public string FlipBits(string hash, int bits)
    {
        ulong v = Convert.ToUInt64(hash, 16);
        for (int i = 0; i < bits; i++) v ^= 1UL << Int(0, 64);
        return v.ToString("x16");
    }
}
