using System.Collections.Frozen;
using System.Globalization;

namespace Cordon.Risk.Calibration;

/// <summary>An assessment with its label: fraud (rejected as fraud) or legitimate (cleared), and where it comes from.</summary>
/// <param name="Assessment">The assessment, made under a known configuration.</param>
/// <param name="Fraud">The label.</param>
/// <param name="Source">The population or organisation it comes from (each source gets the same total weight).</param>
public sealed record LabelledAssessment(Assessment Assessment, bool Fraud, string Source);

/// <summary>
/// Fits a configuration's points to labelled assessments: the features of a record are the shares of their rules' points
/// its own signals earned (the strength of the evidence each rule found), the model a regularised logistic regression
/// (<see cref="LogisticRegression"/>) pulled toward a prior configuration's points, and the points its weights in
/// <see cref="ScoreModel.PointsPerTenfoldOdds"/> units. Signals the configuration does not weigh (network) are left out:
/// they are added after and keep their own points. Pure: no I/O.
/// </summary>
public static class WeightFitter
{
    /// <summary>Points that multiply the odds of fraud by ten: 20, so that 6 points about double them.</summary>
    public const double PointsPerTenfoldOdds = 20;

    /// <summary>Least share of its prior points a rule keeps unless told otherwise (<c>--floor</c>): half.</summary>
    public const double DefaultFloor = 0.5;

    /// <summary>The features of an assessment: share of each weighed rule's points (0–1), by code; network signals left out.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="configuration">The configuration it was made with.</param>
    /// <returns>Features by rule code.</returns>
    public static IReadOnlyDictionary<string, double> Features(Assessment assessment, RiskConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(configuration);
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var signal in assessment.Signals)
        {
            if (RiskEngine.SignalShare(signal, configuration) is { } share)
            {
                // A rule fires once per record; the hub may raise several indicator signals, which count together up to one full rule.
                features[signal.Code] = Math.Min(1, features.GetValueOrDefault(signal.Code) + share);
            }
        }

        return features;
    }

    /// <summary>Fits the points of every weighed rule.</summary>
    /// <param name="examples">Labelled assessments, all made under <paramref name="madeWith"/>.</param>
    /// <param name="madeWith">The configuration the assessments were made with (gives each signal's share).</param>
    /// <param name="prior">The configuration whose points the fit is pulled toward (the expert points, or the organisation's current weights).</param>
    /// <param name="lambda">The pull toward the prior.</param>
    /// <param name="floor">Least share (0–1) of its prior points each rule keeps: the data may lower a red flag the advisories name, not silence it.</param>
    /// <param name="ceiling">Most multiple (≥ 1) of its prior points a rule may reach: a tuning set's quirk may raise a flag, not make it decide alone.</param>
    /// <returns>The fit (in log-odds) and the points (in <see cref="PointsPerTenfoldOdds"/> units, 0–100, rounded to 0.1) by code.</returns>
    public static (LogisticFit Fit, IReadOnlyDictionary<string, double> Points, double BaseRate) Fit(
        IReadOnlyList<LabelledAssessment> examples, RiskConfiguration madeWith, RiskConfiguration prior, double lambda, double floor = 0, double ceiling = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(madeWith);
        ArgumentNullException.ThrowIfNull(prior);
        var perLogOdds = PointsPerTenfoldOdds / Math.Log(10);
        // Each source weighs as much as the others whatever its size, and the weights sum to the number of examples so λ keeps its meaning.
        var sources = examples.GroupBy(e => e.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var weightOf = sources.ToDictionary(s => s.Key, s => (double)examples.Count / (sources.Count * s.Value), StringComparer.Ordinal);
        var rows = examples.Select(e => new LabelledFeatures(Features(e.Assessment, madeWith), e.Fraud, weightOf[e.Source])).ToList();
        var priorWeights = prior.RulePoints.ToDictionary(p => p.Key, p => p.Value / perLogOdds, StringComparer.Ordinal);
        var fit = LogisticRegression.Fit(
            rows,
            priorWeights,
            lambda,
            priorWeights.ToDictionary(p => p.Key, p => p.Value * Math.Clamp(floor, 0, 1), StringComparer.Ordinal),
            priorWeights.ToDictionary(p => p.Key, p => p.Value * Math.Max(1, ceiling), StringComparer.Ordinal));
        var points = fit.Weights.ToFrozenDictionary(w => w.Key, w => Math.Clamp(Math.Round(w.Value * perLogOdds, 1), 0, 100), StringComparer.Ordinal);
        var baseRate = rows.Where(r => r.Fraud).Sum(r => r.Weight) / rows.Sum(r => r.Weight);
        return (fit, points, baseRate);
    }

    /// <summary>The rules a fit held at the floor: fitted points (rounded as <see cref="Fit"/> rounds them) at <paramref name="floor"/> times prior points above zero.</summary>
    /// <param name="prior">The configuration the fit was pulled toward and floored against.</param>
    /// <param name="points">The fitted points by code.</param>
    /// <param name="floor">The floor the fit was given (0–1); 0 holds no rule.</param>
    /// <returns>Codes, in ordinal order.</returns>
    public static IReadOnlyList<string> HeldAtFloor(RiskConfiguration prior, IReadOnlyDictionary<string, double> points, double floor)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(points);
        var share = Math.Clamp(floor, 0, 1);
        return share == 0
            ? []
            : [.. points
                .Where(p => prior.PointsOf(p.Key) is > 0 and var before && p.Value <= Math.Round(before * share, 1) + 1e-9)
                .Select(p => p.Key)
                .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The lowest score at which at most <paramref name="falseAlarmRate"/> of the legitimate records of every source score
    /// at or above it (the strictest source decides).
    /// </summary>
    /// <param name="legitimateScores">Scores of legitimate records, by source.</param>
    /// <param name="falseAlarmRate">The share allowed at or above the threshold.</param>
    /// <returns>A threshold 1–100.</returns>
    public static int ThresholdAt(IReadOnlyDictionary<string, IReadOnlyList<int>> legitimateScores, double falseAlarmRate)
    {
        ArgumentNullException.ThrowIfNull(legitimateScores);
        var threshold = 1;
        foreach (var scores in legitimateScores.Values.Where(s => s.Count > 0))
        {
            var t = 1;
            while (t <= 100 && scores.Count(s => s >= t) > falseAlarmRate * scores.Count)
            {
                t++;
            }

            threshold = Math.Max(threshold, Math.Min(t, 100));
        }

        return threshold;
    }

    /// <summary>The configuration with fitted points and a model description; thresholds are set afterwards (<see cref="WithThresholds"/>).</summary>
    /// <param name="basis">The configuration to start from (switches, sanctions threshold).</param>
    /// <param name="points">Fitted points by code.</param>
    /// <param name="model">The model description.</param>
    /// <returns>The configuration: points replaced, no family decay or caps (the regression weighs correlated signals itself).</returns>
    public static RiskConfiguration Apply(RiskConfiguration basis, IReadOnlyDictionary<string, double> points, ScoreModel model)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(points);
        var merged = new Dictionary<string, double>(basis.RulePoints, StringComparer.Ordinal);
        foreach (var (code, value) in points)
        {
            merged[code] = value;
        }

        return basis with
        {
            RulePoints = merged.ToFrozenDictionary(StringComparer.Ordinal),
            FamilyDecay = 1,
            FamilyCaps = RiskConfiguration.Families.ToFrozenDictionary(f => f, _ => 100.0, StringComparer.Ordinal),
            Model = model,
        };
    }

    /// <summary>The configuration with level thresholds set at the model's false-alarm rates on the legitimate scores given.</summary>
    /// <param name="configuration">A fitted configuration (with a model naming the rates).</param>
    /// <param name="legitimateScores">Final scores of the legitimate records, by source.</param>
    /// <returns>The configuration with thresholds; each strictly above the one below.</returns>
    public static RiskConfiguration WithThresholds(RiskConfiguration configuration, IReadOnlyDictionary<string, IReadOnlyList<int>> legitimateScores)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var rates = configuration.Model?.ThresholdFalseAlarmRates ?? throw new ArgumentException("the configuration has no model", nameof(configuration));
        var medium = Math.Min(98, ThresholdAt(legitimateScores, rates["medium"]));
        var high = Math.Min(99, Math.Max(medium + 1, ThresholdAt(legitimateScores, rates["high"])));
        var critical = Math.Max(high + 1, ThresholdAt(legitimateScores, rates["critical"]));
        return configuration with { MediumThreshold = medium, HighThreshold = high, CriticalThreshold = Math.Min(100, critical) };
    }

    /// <summary>A date as written in versions and models (yyyy-MM-dd, UTC).</summary>
    public static string Day(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
