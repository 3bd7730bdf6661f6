namespace Cordon.Core;

/// <summary>The one percentile of Cordon's evaluations and benchmarks: nearest rank, so every figure is a measured value.</summary>
public static class Percentiles
{
    /// <summary>
    /// The value at or below which a share <paramref name="p"/> of <paramref name="sorted"/> lies: the element of rank
    /// ⌈p·n⌉ (1-based), the smallest for p = 0. Zero when there are no values.
    /// </summary>
    /// <param name="sorted">The values in ascending order.</param>
    /// <param name="p">The share, between 0 and 1 (0.5 is the median, 0.99 the 99th percentile).</param>
    public static double NearestRank(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
