using Cordon.Assessments;
using System.Collections.Concurrent;
using System.Text.Json;
using Cordon.Core;
using Cordon.Hub.Correlation;
using Cordon.Intelligence;
using Cordon.Matching;
using Cordon.Risk;
using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>
/// Assesses applicant and account records with the risk engine, screening names against the lists in force,
/// and stores what it assessed. Invalid records are reported one by one and never stop a batch.
/// </summary>
public sealed class AssessmentService
{
    private readonly ICordonStore _store;
    private readonly ScreeningCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly NetworkService? _networks;
    private readonly HubCorrelation? _hub;
    private EngineCache? _engine;

    /// <summary>Creates the service.</summary>
    /// <param name="store">The store.</param>
    /// <param name="catalog">The lists in force.</param>
    /// <param name="setup">Configuration and intelligence files.</param>
    /// <param name="time">The clock.</param>
    /// <param name="networks">Links stored records into groups; null assesses batches without their network.</param>
    /// <param name="hub">Matches records against the sharing hub's indicators; null assesses without them.</param>
    public AssessmentService(ICordonStore store, ScreeningCatalog catalog, RiskSetup setup, TimeProvider time, NetworkService? networks = null, HubCorrelation? hub = null)
    {
        _hub = hub;
        _networks = networks;
        _store = store;
        _catalog = catalog;
        Setup = setup;
        _time = time;
        Calibration = new RiskCalibrationService(store, setup, time);
    }

    /// <summary>Organisations' weights fitted from their decisions: the adopted ones are used for their assessments, the shadow ones scored beside.</summary>
    public RiskCalibrationService Calibration { get; }

    /// <summary>Configuration and intelligence files in use.</summary>
    public RiskSetup Setup { get; }

    /// <summary>
    /// The engine over the lists in force and the shared indicators of the store (merged into <see cref="Setup"/>),
    /// rebuilt when either changes.
    /// </summary>
    public async Task<RiskEngine> GetEngineAsync(CancellationToken cancellationToken = default)
    {
        var catalog = await _catalog.GetIndexAsync(cancellationToken);
        var stored = Active(await _store.GetIndicatorsAsync(cancellationToken), _time.GetUtcNow());
        var current = _engine;
        if (current is not null && ReferenceEquals(current.Catalog, catalog) && current.Stored.SequenceEqual(stored))
        {
            return current.Engine;
        }

        var setup = WithStoredIndicators(Setup, stored, _time.GetUtcNow());
        var engine = CreateEngine(setup, catalog.Versions.Count == 0 ? null : catalog.Index, catalog.SanctionedWallets, _time);
        _engine = new EngineCache(catalog, stored, engine, setup, new ConcurrentDictionary<string, RiskEngine>(StringComparer.Ordinal));
        return engine;
    }

    /// <summary>
    /// The engine for one organisation: <see cref="GetEngineAsync(CancellationToken)"/>'s, with the weights the organisation
    /// adopted (<see cref="RiskCalibrationService"/>) when it adopted some. No other organisation's weights are ever used.
    /// </summary>
    public async Task<RiskEngine> GetEngineAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        var engine = await GetEngineAsync(cancellationToken);
        var weights = await Calibration.GetWeightsAsync(organisationId, cancellationToken);
        if (weights.Adopted is null)
        {
            return engine;
        }

        // GetEngineAsync has just set the cache (to this engine, or to a newer one another call built meanwhile).
        var current = _engine!;

        // Versions are unique per organisation and never change, so the organisation and version name the engine.
        return current.ByOrganisation.GetOrAdd(
            organisationId + "\n" + weights.Adopted.Version,
            _ => CreateEngine(current.Setup with { Configuration = weights.InForce }, current.Catalog.Versions.Count == 0 ? null : current.Catalog.Index, current.Catalog.SanctionedWallets, _time));
    }

    private sealed record EngineCache(CatalogIndex Catalog, IReadOnlyList<StoredIndicator> Stored, RiskEngine Engine, RiskSetup Setup, ConcurrentDictionary<string, RiskEngine> ByOrganisation);

    /// <summary>Builds an engine for a setup and an optional sanctions index (used by the command line with list files).</summary>
    public static RiskEngine CreateEngine(RiskSetup setup, ScreeningIndex? sanctions, IReadOnlySet<string> sanctionedWallets, TimeProvider time) =>
        new(setup.Configuration, RiskContext.Create(setup.IpIntelligence, setup.Indicators, sanctions, null, sanctionedWallets, time));

    /// <summary><paramref name="setup"/> with the unexpired shared indicators of this service's store merged in (see <see cref="WithStoredIndicators"/>).</summary>
    /// <exception cref="IntelligenceDataException">A stored indicator has an invalid value.</exception>
    public async Task<RiskSetup> WithStoredIndicatorsAsync(RiskSetup setup, CancellationToken cancellationToken = default) =>
        WithStoredIndicators(setup, await _store.GetIndicatorsAsync(cancellationToken), _time.GetUtcNow());

    /// <summary>
    /// <paramref name="setup"/> with stored shared indicators merged into its indicators: those expired at <paramref name="now"/> are left out,
    /// and so are those whose type and value the setup's own indicator files already hold (the files' entries are kept as they are).
    /// Returns <paramref name="setup"/> itself when nothing is added.
    /// </summary>
    /// <exception cref="IntelligenceDataException">A stored indicator has an invalid value.</exception>
    public static RiskSetup WithStoredIndicators(RiskSetup setup, IReadOnlyList<StoredIndicator> stored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(stored);
        var files = setup.Indicators?.All ?? [];
        var known = files.Select(i => (i.Type, i.Value)).ToHashSet();
        var added = Active(stored, now).Select(ToIndicator).Where(i => !known.Contains((i.Type, i.Value))).ToList();
        return added.Count == 0 ? setup : setup with { Indicators = IndicatorSet.FromIndicators(files.Concat(added)) };
    }

    /// <summary>
    /// An indicator as the store keeps it: its CSV type name (an e-mail value with <c>*</c> or <c>?</c> is an <c>email_pattern</c>),
    /// its normalised value, context and source.
    /// </summary>
    public static StoredIndicator ToStoredIndicator(Indicator indicator, DateTimeOffset importedAt, DateTimeOffset? expiresAt = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var type = indicator.Type switch
        {
            IndicatorType.Email when indicator.Value.AsSpan().IndexOfAny('*', '?') >= 0 => "email_pattern",
            var t => t.ToString().ToLowerInvariant(),
        };
        return new StoredIndicator(type, indicator.Value, indicator.Context, indicator.Source, importedAt, expiresAt);
    }

    /// <summary>A stored indicator as the risk engine takes it (the value is normalised again when a set is built).</summary>
    /// <exception cref="IntelligenceDataException">The stored type is unknown.</exception>
    public static Indicator ToIndicator(StoredIndicator stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var type = stored.Type switch
        {
            "domain" => IndicatorType.Domain,
            "ip" => IndicatorType.Ip,
            "cidr" => IndicatorType.Cidr,
            "email" or "email_pattern" => IndicatorType.Email,
            "wallet" => IndicatorType.Wallet,
            "phone" => IndicatorType.Phone,
            _ => throw new IntelligenceDataException("(indicator store)", null, $"unknown indicator type '{stored.Type}' for '{stored.Value}'"),
        };
        return new Indicator(type, stored.Value, stored.Context, stored.Source);
    }

    private static List<StoredIndicator> Active(IReadOnlyList<StoredIndicator> stored, DateTimeOffset now) =>
        [.. stored.Where(i => i.ExpiresAt is null || i.ExpiresAt > now)];

    /// <summary>
    /// Reads and assesses records (one JSON object each) with the organisation's engine (<see cref="GetEngineAsync(string, CancellationToken)"/>),
    /// stores the assessed ones as <paramref name="organisationId"/>'s, and returns an outcome per record in input order.
    /// </summary>
    public async Task<IReadOnlyList<AssessmentOutcome>> AssessAsync(string organisationId, IReadOnlyList<string> records, bool store = true, CancellationToken cancellationToken = default) =>
        await AssessAsync(await GetEngineAsync(organisationId, cancellationToken), organisationId, records, store, null, cancellationToken);

    /// <summary>
    /// Assesses records through <see cref="AssessmentPipeline"/> with <paramref name="engine"/>: each record read once,
    /// matched with the sharing hub's indicators <paramref name="organisationId"/> may read (brought up to date with the
    /// store first, so indicators added, revoked or expired through any server count at once), linked into the
    /// organisation's network and scored once; when <paramref name="store"/>, stored with the memberships in one
    /// transaction (records whose id could not be named in a URL are refused first), else linked within the batch only.
    /// Returns an outcome per record in input order.
    /// </summary>
    /// <param name="engine">The engine (e.g. over list files given to <c>cordon assess</c>).</param>
    /// <param name="organisationId">The organisation assessing.</param>
    /// <param name="records">The records as JSON text.</param>
    /// <param name="store">Whether to store the assessments and memberships.</param>
    /// <param name="progress">Reading and evaluating progress (see <see cref="AssessmentPipeline.Gather"/>).</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    public async Task<IReadOnlyList<AssessmentOutcome>> AssessAsync(RiskEngine engine, string organisationId, IReadOnlyList<string> records, bool store, IProgress<int>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(records);
        Func<ApplicationRecord, IReadOnlyList<Signal>>? indicators = null;
        if (_hub is not null)
        {
            var matcher = await _hub.MatcherForAsync(organisationId, cancellationToken);
            indicators = record => HubRecordMatcher.Signals(matcher.Match(record), engine.Configuration);
        }

        var batch = AssessmentPipeline.Gather(engine, records, indicators, refuseUnreachableIds: store, progress);
        var outcomes = store
            ? await AssessmentPipeline.ScoreAndStoreAsync(engine, batch, _networks, organisationId, (assessed, memberships, ct) => StoreAsync(engine, organisationId, assessed, records, memberships, ct), cancellationToken)
            : AssessmentPipeline.ScoreWithinBatch(engine, batch, _networks?.Options ?? Networks.NetworkLinkerOptions.For(Setup.IpIntelligence));
        var done = outcomes.Count(o => o.Assessment is not null);
        CordonMetrics.Assessed(done, outcomes.Count - done);
        return outcomes;
    }

    private async Task StoreAsync(RiskEngine engine, string organisationId, IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<string> records, NetworkMembershipChange? memberships, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var stored = AssessmentPipeline.ToStored(outcomes, records, now);
        if (stored.Count == 0 && memberships is null)
        {
            return;
        }

        await _store.SaveAssessmentsAsync(organisationId, stored, memberships, cancellationToken);

        // Shadow mode: while the organisation has candidate weights, each new assessment is also scored with them, on the
        // same evidence, for the calibration report. Written after the assessments: a lost shadow score loses no decision.
        var weights = await Calibration.GetWeightsAsync(organisationId, cancellationToken);
        if (weights.ShadowConfiguration is not null)
        {
            var assessed = outcomes.Where(o => o.Assessment is not null).Select(o => o.Assessment!).ToList();
            await _store.SaveShadowScoresAsync(organisationId, RiskCalibrationService.ShadowScores(weights, engine.Configuration, assessed, now), CancellationToken.None);
        }
    }
}
