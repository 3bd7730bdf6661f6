namespace Cordon.Lists.Tests.Un;

/// <summary>Timing tests run alone, after the parallel ones, so that they measure the code under test only.</summary>
[CollectionDefinition(nameof(SerialTiming), DisableParallelization = true)]
public sealed class SerialTiming;
