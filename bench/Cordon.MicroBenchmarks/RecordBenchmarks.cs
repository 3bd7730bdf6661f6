using BenchmarkDotNet.Attributes;
using Cordon.Lists;
using Cordon.Networks;
using Cordon.Risk;
using Cordon.Risk.Synthetic;
using Cordon.Screening;

namespace Cordon.MicroBenchmarks;

/// <summary>
/// One applicant record: reading and validating it, extracting its network link keys, and scoring its risk (the engine
/// with the shared intelligence data and OFAC SDN 2021-07 + UN, as <c>cordon assess</c> runs it).
/// </summary>
[MemoryDiagnoser]
public class RecordBenchmarks
{
    private RiskEngine _engine = null!;
    private string _json = "";
    private ApplicationRecord _record = null!;

    /// <summary>Which record of the synthetic population (0 is a clean applicant, 3 one of a fraud ring in the default seed).</summary>
    [Params(0, 3)]
    public int Record { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var population = PopulationGenerator.Generate(200, PopulationGenerator.DefaultSeed);
        _json = population.Applications[Record].Json;
        _record = ApplicationReader.Read(_json).Record!;
        var entities = new[] { "ofac-sdn-2021-07", "un" }
            .SelectMany(l => ListLoader.Default.Load(SharedData.Path("lists", l)).Snapshots)
            .SelectMany(s => s.Entities)
            .ToList();
        _engine = AssessmentService.CreateEngine(RiskSetup.Load(SharedData.Path(), null), Matching.Matcher.Default.BuildIndex(entities), RiskContext.WalletsOf(entities), TimeProvider.System);
    }

    /// <summary>JSON parsed and checked against the application schema.</summary>
    [Benchmark]
    public bool ReadRecord() => ApplicationReader.Read(_json).Record is not null;

    /// <summary>The record's link keys (identifiers, device and résumé fingerprints) for network linking.</summary>
    [Benchmark]
    public int ExtractLinkKeys() => LinkKeyExtractor.Extract(_record).Keys.Count;

    /// <summary>Every risk rule over the one record (sanctions screening of its names included).</summary>
    [Benchmark]
    public int AssessRecord() => _engine.Assess(_record).Score;
}
