using System.Globalization;

namespace Cordon.Risk.Calibration;

/// <summary>
/// What a configuration's points mean: how they were fitted and how a score maps to a probability of fraud. Points are
/// weights of evidence on a log-odds scale: <see cref="PointsPerTenfoldOdds"/> points multiply the odds of fraud by ten
/// (20 points = 10×, 6 points ≈ 2×), so a signal's points are its log likelihood ratio given the other signals, and the
/// score (their sum) with <see cref="InterceptLogOdds"/> is the log-odds of fraud at the base rate of the data fitted on.
/// </summary>
/// <param name="Version">The version of the weights, written into every assessment, e.g. <c>cordon-risk-v3</c> or <c>cordon-risk-v3+org-2026-12-03</c>.</param>
/// <param name="Fitted">When the weights were fitted (UTC date, yyyy-MM-dd).</param>
/// <param name="Method">How, in words.</param>
/// <param name="Command">The command that fitted them.</param>
/// <param name="FittedOn">The data fitted on (populations or an organisation's decided cases).</param>
/// <param name="HeldOut">Data deliberately not used, to be reported as held out.</param>
/// <param name="Records">Records fitted on.</param>
/// <param name="Fraud">Of which fraudulent.</param>
/// <param name="Regularisation">λ: the pull toward the prior weights (the expert points, or the default weights for an organisation).</param>
/// <param name="PointsPerTenfoldOdds">Points that multiply the odds of fraud by ten.</param>
/// <param name="InterceptLogOdds">Log-odds (natural) of fraud for a record with no signal, at <see cref="BaseRate"/>.</param>
/// <param name="BaseRate">Share of fraud (weighted) in the data fitted on: the prevalence the stated probabilities assume.</param>
/// <param name="ThresholdFalseAlarmRates">For each level (medium, high, critical), the share of legitimate records of the tuning data at or above its threshold that the threshold was set at.</param>
public sealed record ScoreModel(
    string Version,
    string Fitted,
    string Method,
    string Command,
    IReadOnlyList<string> FittedOn,
    IReadOnlyList<string> HeldOut,
    int Records,
    int Fraud,
    double Regularisation,
    double PointsPerTenfoldOdds,
    double InterceptLogOdds,
    double BaseRate,
    IReadOnlyDictionary<string, double> ThresholdFalseAlarmRates)
{
    /// <summary>
    /// Least share (0–1) of its prior points each rule was allowed to fall to (<c>--floor</c>), or null when not recorded:
    /// the data may lower a red flag the advisories name, not silence it.
    /// </summary>
    public double? Floor { get; init; }

    /// <summary>Points per nat of log-odds.</summary>
    public double PointsPerLogOdds => PointsPerTenfoldOdds / Math.Log(10);

    /// <summary>
    /// The probability of fraud the model states for a score, at <see cref="BaseRate"/>: 1 / (1 + e^−(intercept + score / points per nat)).
    /// At another prevalence π the odds scale by (π / (1 − π)) / (base / (1 − base)).
    /// </summary>
    public double ProbabilityOf(double score) => LogisticRegression.Sigmoid(InterceptLogOdds + (score / PointsPerLogOdds));

    /// <summary>The likelihood ratio a number of points stands for (10^(points / points per tenfold)).</summary>
    public double LikelihoodRatioOf(double points) => Math.Pow(10, points / PointsPerTenfoldOdds);

    /// <summary>A short statement of the probability of a score, e.g. "about 87 % likely fraud at a 9.3 % prevalence".</summary>
    public string Describe(int score) => string.Create(
        CultureInfo.InvariantCulture,
        $"about {Percent(ProbabilityOf(score))} likely fraud at a {BaseRate * 100:0.#} % prevalence (weights {Version})");

    private static string Percent(double p) => p switch
    {
        < 0.001 => "<0.1 %",
        < 0.01 => (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
        > 0.999 => ">99.9 %",
        _ => (p * 100).ToString("0", CultureInfo.InvariantCulture) + " %",
    };
}
