using System.Text.Json;
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
    private (CatalogIndex Catalog, RiskEngine Engine)? _engine;

    /// <summary>Creates the service.</summary>
    public AssessmentService(ICordonStore store, ScreeningCatalog catalog, RiskSetup setup, TimeProvider time)
    {
        _store = store;
        _catalog = catalog;
        Setup = setup;
        _time = time;
    }

    /// <summary>Configuration and intelligence files in use.</summary>
    public RiskSetup Setup { get; }

    /// <summary>The engine over the lists in force, rebuilt when they change.</summary>
    public async Task<RiskEngine> GetEngineAsync(CancellationToken cancellationToken = default)
    {
        var catalog = await _catalog.GetIndexAsync(cancellationToken);
        var current = _engine;
        if (current is { } known && ReferenceEquals(known.Catalog, catalog))
        {
            return known.Engine;
        }

        var engine = CreateEngine(Setup, catalog.Versions.Count == 0 ? null : catalog.Index, catalog.SanctionedWallets, _time);
        _engine = (catalog, engine);
        return engine;
    }

    /// <summary>Builds an engine for a setup and an optional sanctions index (used by the command line with list files).</summary>
    public static RiskEngine CreateEngine(RiskSetup setup, ScreeningIndex? sanctions, IReadOnlySet<string> sanctionedWallets, TimeProvider time) =>
        new(setup.Configuration, RiskContext.Create(setup.IpIntelligence, setup.Indicators, sanctions, null, sanctionedWallets, time));

    /// <summary>Reads and assesses records (one JSON object each), stores the assessed ones, and returns an outcome per record in input order.</summary>
    public async Task<IReadOnlyList<AssessmentOutcome>> AssessAsync(IReadOnlyList<string> records, bool store = true, CancellationToken cancellationToken = default)
    {
        var engine = await GetEngineAsync(cancellationToken);
        var outcomes = Assess(engine, records);
        if (store)
        {
            await StoreAsync(outcomes, records, cancellationToken);
        }

        return outcomes;
    }

    /// <summary>Stores the assessed outcomes with their records, in one transaction.</summary>
    public Task StoreAsync(IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<string> records, CancellationToken cancellationToken = default)
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
        return _store.SaveAssessmentsAsync(stored, cancellationToken);
    }

    /// <summary>
    /// Validates every record, then assesses the valid ones together so that signals across records
    /// (a shared device, payout account or photo) are found. Pure: no storage.
    /// </summary>
    public static IReadOnlyList<AssessmentOutcome> Assess(RiskEngine engine, IReadOnlyList<string> records)
    {
        var read = new ApplicationReadResult[records.Count];
        Parallel.For(0, records.Count, i => read[i] = ApplicationReader.Read(records[i]));
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

        var assessments = engine.AssessBatch(valid);
        for (var k = 0; k < assessments.Count; k++)
        {
            outcomes[positions[k]] = new AssessmentOutcome(positions[k], assessments[k].Id, assessments[k], []);
        }

        return outcomes;
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
        catch (JsonException)
        {
            return null;
        }
    }
}
