namespace Cordon.Risk.Evaluation;

/// <summary>How well a number ranks fraudulent records above legitimate ones.</summary>
public static class RankingMetrics
{
    /// <summary>
    /// The area under the ROC curve: the probability that a random fraudulent record scores above a random legitimate one
    /// (ties count half), from the rank sum (Mann–Whitney U) with tied values given their average rank.
    /// </summary>
    /// <param name="scored">Value and label of each record.</param>
    /// <returns>The area, 0–1; 0.5 when either class is empty.</returns>
    public static double RocAuc(IReadOnlyList<(double Value, bool Fraud)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var positives = scored.Count(s => s.Fraud);
        var negatives = scored.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return 0.5;
        }

        var sorted = scored.OrderBy(s => s.Value).ToList();
        var rankSum = 0.0;
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j < sorted.Count && sorted[j].Value == sorted[i].Value)
            {
                j++;
            }

            // Ranks i+1 … j share their average.
            var average = (i + 1 + j) / 2.0;
            for (var k = i; k < j; k++)
            {
                if (sorted[k].Fraud)
                {
                    rankSum += average;
                }
            }

            i = j;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}

/// <summary>One band of scores in the calibration table: how many records fall in it and how many of them are fraudulent.</summary>
/// <param name="From">Lowest score of the band.</param>
/// <param name="To">Highest score of the band.</param>
/// <param name="Records">Records in the band.</param>
/// <param name="Fraud">Fraudulent records in the band.</param>
/// <param name="StatedProbability">The probability of fraud the engine states for the band's scores (mean over its records), or null when the scores carry no stated probability.</param>
public sealed record CalibrationBand(int From, int To, int Records, int Fraud, double? StatedProbability)
{
    /// <summary>The observed share of fraud in the band; 0 when empty.</summary>
    public double ObservedRate => ConfusionMatrix.Ratio(Fraud, Records);
}

/// <summary>One of the targets, measured.</summary>
/// <param name="Name">What is measured, e.g. <c>precision</c> or <c>fairness korean_name flagged ≤ 1.2 × others</c>.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Target">The bound.</param>
/// <param name="AtLeast">True when the value must be at least the bound, false when at most.</param>
public sealed record TargetCheck(string Name, double Value, double Target, bool AtLeast)
{
    /// <summary>True when the value is on the right side of the bound.</summary>
    public bool Met => AtLeast ? Value >= Target : Value <= Target;
}
