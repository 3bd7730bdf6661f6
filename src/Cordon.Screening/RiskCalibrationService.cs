using Cordon.Assessments;
using System.Collections.Concurrent;
using System.Text.Json;
using Cordon.Risk;
using Cordon.Risk.Calibration;
using Cordon.Storage;
using Cordon.Cases;
using Cordon.Core;
using Cordon.Accounts;

namespace Cordon.Screening;

/// <summary>The weights an organisation's assessments use, and its candidate in shadow.</summary>
/// <param name="InForce">The weights in force: the adopted model's, or the operator's configuration.</param>
/// <param name="Adopted">The adopted model, or null when the operator's configuration is in force.</param>
/// <param name="Shadow">The shadow model, or null.</param>
/// <param name="ShadowConfiguration">The shadow model's weights, or null.</param>
public sealed record OrganisationWeights(RiskConfiguration InForce, RiskModelRecord? Adopted, RiskModelRecord? Shadow, RiskConfiguration? ShadowConfiguration);

/// <summary>An organisation's decided cases as labels for its weights.</summary>
/// <param name="Usable">Decided cases' assessments scored again under the weights in force, with their labels.</param>
/// <param name="Decided">Decided cases of assessed records found.</param>
/// <param name="UnknownVersions">Versions of weights that some assessments were made with and that are no longer known (those cases are left out).</param>
public sealed record DecidedCases(IReadOnlyList<LabelledAssessment> Usable, int Decided, IReadOnlyList<string> UnknownVersions);

/// <summary>What <see cref="RiskCalibrationService.FitAsync"/> did.</summary>
/// <param name="Result">The fit, with its message; its configuration is null when too few decisions change nothing.</param>
/// <param name="Stored">The shadow model stored, or null.</param>
/// <param name="Cases">The decided cases it was fitted on.</param>
public sealed record CalibrationFitOutcome(CalibrationResult Result, RiskModelRecord? Stored, DecidedCases Cases);

/// <summary>The shadow report of an organisation: its candidate weights against those in force.</summary>
/// <param name="Weights">The weights in force and in shadow.</param>
/// <param name="Cases">The decided cases.</param>
/// <param name="Figures">Before/after figures on the decided cases; null without a shadow model.</param>
/// <param name="DecidedChanges">Decided cases whose level the shadow weights change.</param>
/// <param name="WeightChanges">Each rule's points in force and in shadow; empty without a shadow model.</param>
/// <param name="ShadowScored">New assessments scored in shadow since the shadow model was stored.</param>
/// <param name="ShadowChanges">Of those, the applicants (newest assessment each) whose level the shadow weights change.</param>
public sealed record CalibrationReport(
    OrganisationWeights Weights,
    DecidedCases Cases,
    DecidedFigures? Figures,
    IReadOnlyList<ScoreChange> DecidedChanges,
    IReadOnlyList<WeightChange> WeightChanges,
    int ShadowScored,
    IReadOnlyList<ShadowAssessment> ShadowChanges)
{
    /// <summary>Rules the shadow fit held at its floor (<see cref="ScoreModel.Floor"/>) of the weight in force; empty without a shadow model.</summary>
    public IReadOnlyList<string> HeldAtFloor { get; init; } = [];
}

/// <summary>
/// Calibration from analysts' decisions for one organisation at a time: fits its weights from its decided cases
/// (<see cref="OrganisationCalibration"/>), keeps them in shadow, reports what they would change, and adopts them when an
/// admin says so. Every read and write names the organisation; no organisation's weights reach another's assessments.
/// </summary>
public sealed class RiskCalibrationService
{
    private readonly ICordonStore _store;
    private readonly RiskSetup _setup;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(string Organisation, string Version), RiskConfiguration> _parsed = new();

    /// <summary>Creates the service.</summary>
    /// <param name="store">The store.</param>
    /// <param name="setup">The operator's configuration: the weights in force for organisations that adopted none.</param>
    /// <param name="time">The clock.</param>
    public RiskCalibrationService(ICordonStore store, RiskSetup setup, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _setup = setup;
        _time = time;
    }

    /// <summary>The weights in force for the organisation, and its shadow candidate.</summary>
    public async Task<OrganisationWeights> GetWeightsAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        var models = await _store.GetRiskModelsAsync(organisationId, cancellationToken);
        var adopted = models.FirstOrDefault(m => m.Status == RiskModelStatus.Adopted);
        var shadow = models.FirstOrDefault(m => m.Status == RiskModelStatus.Shadow);
        return new OrganisationWeights(
            adopted is null ? _setup.Configuration : ConfigurationOf(adopted),
            adopted,
            shadow,
            shadow is null ? null : ConfigurationOf(shadow));
    }

    /// <summary>The weights of a stored model (parsed once per organisation and version: versions never change).</summary>
    public RiskConfiguration ConfigurationOf(RiskModelRecord model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return _parsed.GetOrAdd((model.OrganisationId, model.Version), _ => RiskConfiguration.Parse(model.ConfigurationJson, _setup.Configuration));
    }

    /// <summary>
    /// The organisation's decided cases as labels (rejected or reported = fraud, cleared = legitimate), each assessment scored
    /// again under the weights in force (<see cref="RiskEngine.Reweighed"/>), so that decisions made under earlier weights
    /// count with the same evidence.
    /// </summary>
    public async Task<DecidedCases> GetDecidedAsync(string organisationId, OrganisationWeights weights, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var decided = await _store.GetDecidedAssessmentsAsync(organisationId, cancellationToken);
        var known = new Dictionary<string, RiskConfiguration>(StringComparer.Ordinal) { [_setup.Configuration.Version] = _setup.Configuration };
        foreach (var model in await _store.GetRiskModelsAsync(organisationId, cancellationToken))
        {
            known[model.Version] = ConfigurationOf(model);
        }

        var engine = new RiskEngine(weights.InForce, RiskContext.Empty);
        var usable = new List<LabelledAssessment>();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var d in decided)
        {
            if (!known.TryGetValue(d.EngineVersion, out var madeWith))
            {
                unknown.Add(d.EngineVersion);
                continue;
            }

            var assessment = JsonSerializer.Deserialize<Assessment>(d.AssessmentJson, AssessmentJson.Options)
                ?? throw new InvalidDataException($"The stored assessment of record '{d.RecordId}' is empty.");
            var inForce = ReferenceEquals(madeWith, weights.InForce) || madeWith.Version == weights.InForce.Version ? assessment : engine.Reweighed(assessment, madeWith);
            usable.Add(new LabelledAssessment(inForce, d.Decision is CaseDecision.Rejected or CaseDecision.Reported, organisationId));
        }

        return new DecidedCases(usable, decided.Count, [.. unknown]);
    }

    /// <summary>
    /// Fits the organisation's weights from its decided cases and stores them as its shadow model (replacing an earlier
    /// shadow), with the audit entry <paramref name="audit"/> makes from the new version; too few decisions store nothing.
    /// </summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="fittedBy">Who asked (user name, or <c>cli:…</c>).</param>
    /// <param name="audit">Makes the audit entry for the stored version, written in the same transaction; null for none.</param>
    /// <param name="floor">Least share (0–1) of its weight in force each rule keeps (<see cref="OrganisationCalibration.Fit"/>).</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<CalibrationFitOutcome> FitAsync(string organisationId, string fittedBy, Func<RiskModelRecord, AuditEntry>? audit, double floor = WeightFitter.DefaultFloor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fittedBy);
        var weights = await GetWeightsAsync(organisationId, cancellationToken);
        var cases = await GetDecidedAsync(organisationId, weights, cancellationToken);
        var now = _time.GetUtcNow();
        var result = OrganisationCalibration.Fit(organisationId, cases.Usable, weights.InForce, now, floor);
        if (result.Configuration is not { } fitted)
        {
            return new CalibrationFitOutcome(result, null, cases);
        }

        // A second fit on the same day gets the next free suffix: a version names one set of weights for good.
        var taken = (await _store.GetRiskModelsAsync(organisationId, cancellationToken)).Select(m => m.Version).ToHashSet(StringComparer.Ordinal);
        var fittedVersion = fitted.Version;
        var version = fittedVersion;
        for (var n = 2; taken.Contains(version); n++)
        {
            version = fittedVersion + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        fitted = fitted with { Model = fitted.Model! with { Version = version } };
        var record = new RiskModelRecord(0, organisationId, version, RiskModelStatus.Shadow, fitted.ToJson(), result.Decisions, result.Fraud, result.Message.Replace(fittedVersion, version, StringComparison.Ordinal), now, fittedBy);
        if (!await _store.SaveRiskModelAsync(record, audit?.Invoke(record), cancellationToken))
        {
            throw new InvalidOperationException($"Weights {version} of organisation '{organisationId}' were stored meanwhile by another fit; fit again.");
        }

        return new CalibrationFitOutcome(result with { Configuration = fitted }, record, cases);
    }

    /// <summary>The shadow report: decided cases before and after, weights per rule, and the applicants whose level would change.</summary>
    public async Task<CalibrationReport> ReportAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        var weights = await GetWeightsAsync(organisationId, cancellationToken);
        var cases = await GetDecidedAsync(organisationId, weights, cancellationToken);
        if (weights.ShadowConfiguration is not { } shadow)
        {
            return new CalibrationReport(weights, cases, null, [], [], 0, []);
        }

        var (figures, decided) = CalibrationComparison.OnDecided(cases.Usable, weights.InForce, shadow);
        var scored = await _store.GetShadowScoresAsync(organisationId, shadow.Version, cancellationToken: cancellationToken);
        var changes = scored
            .GroupBy(s => s.RecordId, StringComparer.Ordinal)
            .Select(g => g.First())
            .Where(s => s.InForceLevel != s.ShadowLevel)
            .ToList();
        return new CalibrationReport(weights, cases, figures, [.. decided.Where(c => c.LevelChanged)], CalibrationComparison.Weights(weights.InForce, shadow), scored.Count, changes)
        {
            HeldAtFloor = shadow.Model?.Floor is { } floor ? WeightFitter.HeldAtFloor(weights.InForce, shadow.RulePoints, floor) : [],
        };
    }

    /// <summary>Adopts the organisation's shadow model <paramref name="version"/>; false when it has no shadow model of that version.</summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="version">The shadow version to adopt.</param>
    /// <param name="adoptedBy">The admin (user name, or <c>cli:…</c>).</param>
    /// <param name="audit">The audit entry, written in the same transaction; null for none.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public Task<bool> AdoptAsync(string organisationId, string version, string adoptedBy, AuditEntry? audit, CancellationToken cancellationToken = default) =>
        _store.AdoptRiskModelAsync(organisationId, version, adoptedBy, _time.GetUtcNow(), audit, cancellationToken);

    /// <summary>
    /// The shadow scores of newly stored assessments, made with <paramref name="inForce"/>: each scored again under the shadow
    /// weights on the same evidence. Empty without a shadow model.
    /// </summary>
    public static IReadOnlyList<ShadowAssessment> ShadowScores(OrganisationWeights weights, RiskConfiguration inForce, IReadOnlyList<Assessment> assessments, DateTimeOffset assessedAt)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(assessments);
        if (weights.ShadowConfiguration is not { } shadow)
        {
            return [];
        }

        var changes = CalibrationComparison.Rescore([.. assessments.Select(a => (a, (bool?)null))], inForce, shadow);
        return [.. changes.Select((c, i) => new ShadowAssessment(
            c.RecordId,
            assessedAt,
            assessments[i].EngineVersion,
            c.ScoreBefore,
            AssessmentJson.LevelName(c.LevelBefore),
            shadow.Version,
            c.ScoreAfter,
            AssessmentJson.LevelName(c.LevelAfter)))];
    }
}
