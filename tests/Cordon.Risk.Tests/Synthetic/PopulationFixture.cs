using Cordon.Risk.Synthetic;

namespace Cordon.Risk.Tests.Synthetic;

/// <summary>The default population, generated once for the generator tests.</summary>
public sealed class PopulationFixture
{
    public GeneratedPopulation Population { get; } = PopulationGenerator.Generate();
}
