using Cordon.Core;
using Cordon.Matching;

namespace Cordon.Screening;

/// <summary>
/// What one screening found at the threshold the analyst chose, and what it found just under it. An entry whose name
/// alone agrees almost perfectly but whose other evidence (a conflicting date of birth, another nationality) pulled the
/// score under the threshold is the match an analyst most needs to see and decide: it is never left out of
/// <see cref="BelowThreshold"/>.
/// </summary>
/// <param name="Threshold">The threshold applied.</param>
/// <param name="Matches">Matches scoring at least <paramref name="Threshold"/>, best first.</param>
/// <param name="BelowThreshold">Near misses under the threshold: strong name matches first, then scores within
/// <see cref="ThresholdScreening.NearMissBand"/> of the threshold.</param>
public sealed record ThresholdScreeningResult(double Threshold, IReadOnlyList<ScreeningMatch> Matches, IReadOnlyList<ScreeningMatch> BelowThreshold);

/// <summary>Screens one subject at a chosen threshold and keeps the near misses under it (see <see cref="ThresholdScreeningResult"/>).</summary>
public static class ThresholdScreening
{
    /// <summary>A name score at or above this is a strong name match, shown under the threshold whatever its final score.</summary>
    public const double StrongNameScore = 0.95;

    /// <summary>Scores this close under the threshold are shown as near misses.</summary>
    public const double NearMissBand = 0.10;

    /// <summary>
    /// Lowest final score considered at all. Features other than the name move a score by a few tenths at most (a
    /// conflicting date of birth takes a perfect name to about 0.70), so a strong name match always scores above it.
    /// </summary>
    public const double Floor = 0.30;

    /// <summary>Most near misses returned.</summary>
    public const int MaxBelowThreshold = 10;

    // Candidates scored under the threshold before the near misses are picked: enough that weaker names scoring
    // above a strong-name-with-conflicting-evidence cannot crowd it out.
    private const int Candidates = 200;

    /// <summary>Screens <paramref name="subject"/>: at most <paramref name="limit"/> matches at or above <paramref name="threshold"/>, and the near misses under it.</summary>
    /// <param name="index">The screening index.</param>
    /// <param name="subject">Who or what is screened.</param>
    /// <param name="limit">Most matches above the threshold.</param>
    /// <param name="threshold">The threshold, between 0 and 1.</param>
    public static ThresholdScreeningResult Screen(ScreeningIndex index, ScreeningSubject subject, int limit, double threshold)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        var matches = index.Screen(subject, limit, threshold);
        if (threshold <= Floor)
        {
            return new ThresholdScreeningResult(threshold, matches, []);
        }

        var below = index.Screen(subject, Candidates, Floor)
            .Where(m => m.Score < threshold && (m.Explanation.NameScore >= StrongNameScore || m.Score >= threshold - NearMissBand))
            .OrderByDescending(m => m.Explanation.NameScore >= StrongNameScore)
            .ThenByDescending(m => m.Score)
            .Take(MaxBelowThreshold)
            .ToList();
        return new ThresholdScreeningResult(threshold, matches, below);
    }

    /// <summary>True when <paramref name="match"/>'s name alone is a strong match (see <see cref="StrongNameScore"/>).</summary>
    public static bool IsStrongName(ScreeningMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Explanation.NameScore >= StrongNameScore;
    }
}
