using Cordon.Intelligence;
using Cordon.Lists;
using Cordon.Matching;

namespace Cordon.Risk.Tests;

/// <summary>The engine with the real shared data: OFAC SDN 2021-07 and the UN list, IP intelligence, indicators.</summary>
public sealed class RealDataFixture
{
    public RealDataFixture()
    {
        var entities = new[] { "ofac-sdn-2021-07", "un" }
            .SelectMany(folder => ListLoader.Default.Load(SharedData.Path("lists", folder)).Snapshots)
            .SelectMany(s => s.Entities)
            .ToList();
        Sanctions = Matcher.Default.BuildIndex(entities);
        Context = RiskContext.Create(
            IpIntelligence.Load(IpDataFiles.FromSharedLayout(SharedData.Path())),
            IndicatorSet.Load(SharedData.Path("indicators", "dprk_itw_indicators.csv")),
            Sanctions,
            sanctionedWallets: RiskContext.WalletsOf(entities));
        Engine = new RiskEngine(RiskConfiguration.Default, Context);
    }

    public ScreeningIndex Sanctions { get; }

    public RiskContext Context { get; }

    public RiskEngine Engine { get; }
}
