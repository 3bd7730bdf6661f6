namespace Cordon.Lists.Tests;

/// <summary>
/// Tests that measure time run in this collection: xunit runs it alone, after the parallel collections,
/// so that other tests competing for the two cores do not decide the result.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTiming
{
    public const string Name = "Timing";
}
