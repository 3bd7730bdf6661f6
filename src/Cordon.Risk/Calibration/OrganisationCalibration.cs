using System.Globalization;

namespace Cordon.Risk.Calibration;

/// <summary>What <see cref="OrganisationCalibration.Fit"/> found: new weights, or why nothing changes.</summary>
/// <param name="Configuration">The organisation's fitted configuration (model version <c>…+org-DATE</c>), or null when nothing changes.</param>
/// <param name="Decisions">Decisions usable as labels (with an assessment made under known weights).</param>
/// <param name="Fraud">Of which rejected or reported as fraud.</param>
/// <param name="Message">What happened, in plain language (e.g. why too few decisions change nothing).</param>
public sealed record CalibrationResult(RiskConfiguration? Configuration, int Decisions, int Fraud, string Message)
{
    /// <summary>Rules the fit held at the floor (their fitted weight would have gone lower); empty when nothing was fitted.</summary>
    public IReadOnlyList<string> HeldAtFloor { get; init; } = [];
}

/// <summary>
/// Fits an organisation's weights from its analysts' decisions (a case rejected or reported = fraud, cleared = legitimate):
/// the same regularised logistic regression as the default weights (<see cref="WeightFitter"/>), pulled toward the
/// organisation's current weights rather than the expert points, each weight kept at or above a share of the weight in
/// force (the floor, as <c>cordon risk fit --floor</c>), and only with enough decisions of both kinds. The
/// thresholds are kept (they are false-alarm rates of the default fit); the result is a new version, to be run in shadow
/// before an admin adopts it. Pure: no I/O.
/// </summary>
public static class OrganisationCalibration
{
    /// <summary>Fewest decisions that may change an organisation's weights.</summary>
    public const int MinimumDecisions = 50;

    /// <summary>Fewest decisions of each kind (fraud, cleared) that may change them.</summary>
    public const int MinimumPerKind = 10;

    /// <summary>The pull toward the current weights, in decisions: strong, so a few hundred decisions move a weight only where they agree.</summary>
    public const double Regularisation = 25;

    /// <summary>Fits the organisation's weights.</summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="decided">Its decided cases' assessments with their labels (any source name).</param>
    /// <param name="current">The weights in use, that the assessments were made with and the fit is pulled toward.</param>
    /// <param name="now">When (the version carries the date).</param>
    /// <param name="floor">
    /// Least share (0–1) of its weight in force each rule keeps: cleared decisions may lower a red flag the advisories name
    /// (a sanctions match, North Korean IP ranges), not silence it for the organisation.
    /// </param>
    /// <returns>The result; <see cref="CalibrationResult.Configuration"/> is null when there are too few decisions.</returns>
    public static CalibrationResult Fit(string organisationId, IReadOnlyList<LabelledAssessment> decided, RiskConfiguration current, DateTimeOffset now, double floor = WeightFitter.DefaultFloor)
    {
        ArgumentNullException.ThrowIfNull(decided);
        ArgumentNullException.ThrowIfNull(current);
        if (floor is < 0 or > 1 || double.IsNaN(floor))
        {
            throw new ArgumentOutOfRangeException(nameof(floor), floor, "the floor is a share of the weight in force, between 0 and 1");
        }

        var fraud = decided.Count(d => d.Fraud);
        var cleared = decided.Count - fraud;
        if (decided.Count < MinimumDecisions || fraud < MinimumPerKind || cleared < MinimumPerKind)
        {
            return new CalibrationResult(null, decided.Count, fraud, string.Create(
                CultureInfo.InvariantCulture,
                $"Nothing changed: {decided.Count} usable decisions ({fraud} fraud, {cleared} cleared); at least {MinimumDecisions}, with {MinimumPerKind} of each kind, are needed."));
        }

        var examples = decided.Select(d => d with { Source = organisationId }).ToList();
        var (fit, points, baseRate) = WeightFitter.Fit(examples, current, current, Regularisation, floor);
        var held = WeightFitter.HeldAtFloor(current, points, floor);
        var floorText = floor.ToString(CultureInfo.InvariantCulture);
        var version = BaseVersion(current.Version) + "+org-" + WeightFitter.Day(now);
        var model = new ScoreModel(
            version,
            WeightFitter.Day(now),
            "L2-regularised logistic regression over each rule's share of its points, on the organisation's decided cases (rejected or reported = fraud, cleared = legitimate), pulled toward the weights in use (λ = 25 decisions), each weight at least --floor times its weight in use",
            "cordon risk calibrate --organisation " + organisationId + " --floor " + floorText,
            ["decided cases of " + organisationId],
            [],
            decided.Count,
            fraud,
            Regularisation,
            WeightFitter.PointsPerTenfoldOdds,
            fit.Intercept,
            baseRate,
            current.Model?.ThresholdFalseAlarmRates ?? new Dictionary<string, double>())
        { Floor = floor };
        var configuration = WeightFitter.Apply(current, points, model) with
        {
            MediumThreshold = current.MediumThreshold,
            HighThreshold = current.HighThreshold,
            CriticalThreshold = current.CriticalThreshold,
            FamilyDecay = current.FamilyDecay,
            FamilyCaps = current.FamilyCaps,
        };
        return new CalibrationResult(configuration, decided.Count, fraud, string.Create(
            CultureInfo.InvariantCulture,
            $"Fitted {version} from {decided.Count} decisions ({fraud} fraud, {decided.Count - fraud} cleared) in {fit.Iterations} Newton steps. {HeldAtFloorLine(held, floor)}"))
        {
            HeldAtFloor = held,
        };
    }

    /// <summary>The report's line on the floor, e.g. "Held at the floor (0.5 × the weight in force): SAN-MATCH."</summary>
    /// <param name="held">The rules held at the floor.</param>
    /// <param name="floor">The floor of the fit, or null when the weights do not record one.</param>
    public static string HeldAtFloorLine(IReadOnlyList<string> held, double? floor)
    {
        ArgumentNullException.ThrowIfNull(held);
        return floor switch
        {
            null => "Floor: not recorded with these weights.",
            0 => "Floor: none (--floor 0): a rule's weight may fall to zero.",
            { } f => string.Create(
                CultureInfo.InvariantCulture,
                $"Held at the floor ({f} × the weight in force): {(held.Count == 0 ? "no rule" : string.Join(", ", held))}."),
        };
    }

    /// <summary>The version without an organisation suffix: <c>cordon-risk-v3+org-2026-12-03</c> → <c>cordon-risk-v3</c>.</summary>
    public static string BaseVersion(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
