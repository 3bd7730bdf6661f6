using Cordon.Risk.Synthetic;

namespace Cordon.Risk.Tests.Synthetic;

/// <summary>The default population, generated once for the tests of this folder.</summary>
public sealed class PopulationFixture
{
    public GeneratedPopulation Population { get; } = PopulationGenerator.Generate();
}
