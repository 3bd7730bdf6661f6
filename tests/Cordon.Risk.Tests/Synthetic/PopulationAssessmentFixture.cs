using Cordon.Intelligence;
using Cordon.Lists;
using Cordon.Matching;
using Cordon.Risk.Evaluation;
using Cordon.Risk.Synthetic;
using Microsoft.Extensions.Time.Testing;

namespace Cordon.Risk.Tests.Synthetic;

/// <summary>
/// The default population assessed once by the engine with the shared data, as the CLI runs it: default configuration,
/// IP intelligence, indicators, OFAC SDN 2021-07 and UN sanctions (names and wallets), libphonenumber, look-alikes;
/// the clock at the population's base date.
/// </summary>
public sealed class PopulationAssessmentFixture
{
    public PopulationAssessmentFixture()
    {
        Population = PopulationGenerator.Generate();
        var entities = new[] { "ofac-sdn-2021-07", "un" }
            .SelectMany(folder => ListLoader.Default.Load(SharedData.Path("lists", folder)).Snapshots)
            .SelectMany(s => s.Entities)
            .ToList();
        var context = RiskContext.Create(
            IpIntelligence.Load(IpDataFiles.FromSharedLayout(SharedData.Path())),
            IndicatorSet.Load(SharedData.Path("indicators", "dprk_itw_indicators.csv")),
            Matcher.Default.BuildIndex(entities),
            sanctionedWallets: RiskContext.WalletsOf(entities),
            time: new FakeTimeProvider(PopulationGenerator.BaseDate));
        var records = Population.Applications.Select(a => ApplicationReader.Read(a.Json).Record!).ToList();
        Assessments = new RiskEngine(RiskConfiguration.Default, context).AssessBatch(records);
        Report = RiskEvaluator.Evaluate(Assessments, Population.Labels, FairnessCohorts.FromJsonLines(Population.Applications.Select(a => a.Json)));
    }

    public GeneratedPopulation Population { get; }

    public IReadOnlyList<Assessment> Assessments { get; }

    public EvaluationReport Report { get; }
}
