namespace Cordon.Core.Tests;

public sealed class PercentilesTests
{
    [Fact]
    public void Nearest_rank_gives_measured_values()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(5, Percentiles.NearestRank(sorted, 0.5));
        Assert.Equal(10, Percentiles.NearestRank(sorted, 0.95));
        Assert.Equal(1, Percentiles.NearestRank(sorted, 0));
        Assert.Equal(10, Percentiles.NearestRank(sorted, 1));
        Assert.Equal(0, Percentiles.NearestRank([], 0.99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank(sorted, 1.5));
    }
}
