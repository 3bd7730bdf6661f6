namespace Cordon.Population.Payroll;

/// <summary>The one source of randomness: System.Random with a seed is stable across .NET versions, so a seed
/// always gives the same population.</summary>
internal sealed class Rng(int seed)
{
    private readonly Random random = new(seed);

    public int Int(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);
    public long Long(long minInclusive, long maxExclusive) => random.NextInt64(minInclusive, maxExclusive);
    public double Double() => random.NextDouble();
    public bool Chance(double p) => random.NextDouble() < p;
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Normal variate by Box–Muller, for times of day and similar quantities.</summary>
    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var x = random.Next(total);
        foreach (var (item, weight) in items)
        {
            if (x < weight) return item;
            x -= weight;
        }
        return items[^1].Item;
    }

    public string Hex(int length)
    {
        const string digits = "0123456789abcdef";
        return string.Create(length, this, (span, rng) => { for (var i = 0; i < span.Length; i++) span[i] = digits[rng.random.Next(16)]; });
    }

    public string Digits(int length) =>
        string.Create(length, this, (span, rng) => { for (var i = 0; i < span.Length; i++) span[i] = (char)('0' + rng.random.Next(10)); });

    /// <summary>Fills a pattern: # digit, @ upper-case letter, anything else kept.</summary>
    public string Fill(string pattern) => string.Create(pattern.Length, (this, pattern), (span, s) =>
    {
        for (var i = 0; i < span.Length; i++)
            span[i] = s.pattern[i] switch
            {
                '#' => (char)('0' + s.Item1.random.Next(10)),
                '@' => (char)('A' + s.Item1.random.Next(26)),
                var c => c,
            };
    });

    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
