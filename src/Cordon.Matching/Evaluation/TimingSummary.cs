using Cordon.Core;

namespace Cordon.Matching.Evaluation;

/// <summary>Latency of one kind of call over an evaluation run.</summary>
/// <param name="Calls">How many calls were timed.</param>
/// <param name="MedianMilliseconds">The 50th percentile, in milliseconds.</param>
/// <param name="P95Milliseconds">The 95th percentile, in milliseconds.</param>
/// <param name="MaxMilliseconds">The slowest call, in milliseconds.</param>
public sealed record TimingSummary(int Calls, double MedianMilliseconds, double P95Milliseconds, double MaxMilliseconds)
{
    /// <summary>Summarises the given durations (nearest-rank percentiles).</summary>
    /// <param name="milliseconds">One duration per call.</param>
    /// <returns>The summary; zeros when there are no calls.</returns>
    public static TimingSummary Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new TimingSummary(0, 0, 0, 0);
        }

        return new TimingSummary(sorted.Length, Percentiles.NearestRank(sorted, 0.50), Percentiles.NearestRank(sorted, 0.95), sorted[^1]);
    }
}
