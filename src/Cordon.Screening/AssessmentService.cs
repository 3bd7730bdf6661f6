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
    /// Reads and assesses records (one JSON object each), stores the assessed ones as <paramref name="organisationId"/>'s,
    /// and returns an outcome per record in input order.
    /// </summary>
    public async Task<IReadOnlyList<AssessmentOutcome>> AssessAsync(string organisationId, IReadOnlyList<string> records, bool store = true, CancellationToken cancellationToken = default)
    {
        var engine = await GetEngineAsync(organisationId, cancellationToken);
        var assessed = Assess(engine, records);
        if (store)
        {
            assessed = RefuseUnreachableIds(assessed);
        }

        assessed = await WithHubIndicatorsAsync(engine, organisationId, assessed, records, cancellationToken);
        var outcomes = store
            ? await LinkAndStoreAsync(engine, assessed, records, organisationId, cancellationToken)
            : NetworkService.LinkWithinBatch(engine, assessed, records, _networks?.Options ?? Networks.NetworkLinkerOptions.For(Setup.IpIntelligence));
        var done = outcomes.Count(o => o.Assessment is not null);
        CordonMetrics.Assessed(done, outcomes.Count - done);
        return outcomes;
    }

    /// <summary>
    /// Turns into errors the assessments of records whose id could not be named in a URL (<see cref="AddressableIds"/>): such a
    /// record would be stored but could never be read, exported or erased through the API, so it is refused before storing.
    /// </summary>
    public static IReadOnlyList<AssessmentOutcome> RefuseUnreachableIds(IReadOnlyList<AssessmentOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return [.. outcomes.Select(o => o.Assessment is { } assessment && AddressableIds.Problem(assessment.Id) is { } problem
            ? o with { Assessment = null, Errors = [new RecordError("$.id", problem)] }
            : o)];
    }

    /// <summary>
    /// Adds to assessed outcomes the sharing hub's indicators that <paramref name="organisationId"/> may read and that match
    /// each record (family <c>intelligence</c>, rule <c>HUB-INDICATOR</c>), re-scoring those that match. The index is
    /// brought up to date with the store first, so indicators added, revoked or expired through any server count at once.
    /// Unchanged without a hub.
    /// </summary>
    public async Task<IReadOnlyList<AssessmentOutcome>> WithHubIndicatorsAsync(RiskEngine engine, string organisationId, IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<string> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(records);
        if (_hub is null || outcomes.All(o => o.Assessment is null))
        {
            return outcomes;
        }

        var matcher = await _hub.MatcherForAsync(organisationId, cancellationToken);
        var result = new AssessmentOutcome[outcomes.Count];
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            result[i] = outcome;
            if (outcome.Assessment is { } assessment && ApplicationReader.Read(records[outcome.Position]).Record is { } record)
            {
                var signals = HubRecordMatcher.Signals(matcher.Match(record), Setup.Configuration);
                if (signals.Count > 0)
                {
                    result[i] = outcome with { Assessment = engine.WithFamilySignals(assessment, HubRecordMatcher.HubSignalFamily, signals) };
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Links assessed outcomes into the groups of every record <paramref name="organisationId"/> has stored, then stores the
    /// assessments with their records and the network memberships they bring in one transaction, so that a process killed
    /// mid-batch leaves neither half. Without a network service only the assessments are stored.
    /// </summary>
    public async Task<IReadOnlyList<AssessmentOutcome>> LinkAndStoreAsync(RiskEngine engine, IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<string> records, string organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(records);
        if (_networks is null)
        {
            await StoreAsync(engine, organisationId, outcomes, records, null, cancellationToken);
            return outcomes;
        }

        return await _networks.LinkAsync(
            engine,
            outcomes,
            records,
            (linked, memberships, ct) => StoreAsync(engine, organisationId, linked, records, memberships, ct),
            organisationId,
            cancellationToken);
    }

    private async Task StoreAsync(RiskEngine engine, string organisationId, IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<string> records, NetworkMembershipChange? memberships, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var stored = outcomes
            .Where(o => o.Assessment is not null)
            .Select(o => new StoredAssessment(
                o.Assessment!.Id,
                records[o.Position],
                AssessmentJson.Serialize(o.Assessment),
                o.Assessment.Score,
                AssessmentJson.LevelName(o.Assessment.Level),
                o.Assessment.EngineVersion,
                now))
            .ToList();
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

    /// <summary>
    /// Validates every record, then assesses the valid ones together so that signals across records
    /// (a shared device, payout account or photo) are found. Pure: no storage.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="records">The records as JSON text.</param>
    /// <param name="progress">Receives the number of records done so far, counting validation and assessment as one step each (so up to twice the record count).</param>
    public static IReadOnlyList<AssessmentOutcome> Assess(RiskEngine engine, IReadOnlyList<string> records, IProgress<int>? progress = null)
    {
        var read = new ApplicationReadResult[records.Count];
        var validated = 0;
        Parallel.For(0, records.Count, i =>
        {
            read[i] = ApplicationReader.Read(records[i]);
            var count = Interlocked.Increment(ref validated);
            if (progress is not null && count % 64 == 0)
            {
                progress.Report(count);
            }
        });
        progress?.Report(records.Count);
        var valid = new List<ApplicationRecord>();
        var positions = new List<int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new AssessmentOutcome[records.Count];
        for (var i = 0; i < read.Length; i++)
        {
            if (read[i].Record is { } record)
            {
                if (seen.TryAdd(record.Id, i))
                {
                    valid.Add(record);
                    positions.Add(i);
                }
                else
                {
                    outcomes[i] = new AssessmentOutcome(i, record.Id, null, [new RecordError("$.id", $"id '{record.Id}' is already used by record {seen[record.Id] + 1} of this batch")]);
                }
            }
            else
            {
                outcomes[i] = new AssessmentOutcome(i, TryReadId(records[i]), null, read[i].Errors);
            }
        }

        var assessments = engine.AssessBatch(valid, progress is null ? null : new OffsetProgress(progress, records.Count));
        for (var k = 0; k < assessments.Count; k++)
        {
            outcomes[positions[k]] = new AssessmentOutcome(positions[k], assessments[k].Id, assessments[k], []);
        }

        return outcomes;
    }

    /// <summary>Shifts the engine's count past the validation step.</summary>
    private sealed class OffsetProgress(IProgress<int> inner, int offset) : IProgress<int>
    {
        public void Report(int value) => inner.Report(offset + value);
    }

    private static string? TryReadId(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or a property name or the id that does not decode (half a surrogate pair): the record has no readable id.
            return null;
        }
    }
}
