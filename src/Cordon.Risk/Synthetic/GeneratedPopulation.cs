namespace Cordon.Risk.Synthetic;

/// <summary>A labelled synthetic population, in generation order.</summary>
/// <param name="Applications">The generated records.</param>
public sealed record GeneratedPopulation(IReadOnlyList<GeneratedApplication> Applications)
{
    /// <summary>The labels keyed by record id.</summary>
    public IReadOnlyDictionary<string, PopulationLabel> Labels =>
        Applications.ToDictionary(a => a.Label.Id, a => a.Label, StringComparer.Ordinal);
}
