namespace Cordon.Core.Tests;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kim", "kim", 0)]
    [InlineData("kim", "gim", 1)]
    [InlineData("jong", "jnog", 1)]
    [InlineData("example", "exmaple", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("microsoft", "rnicrosoft", 2)]
    public void Optimal_string_alignment_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b));
        Assert.Equal(expected, EditDistance.Compute(b, a));
    }

    [Fact]
    public void The_bound_stops_early_without_changing_distances_within_it()
    {
        Assert.Equal(1, EditDistance.Bounded("kim", "gim", 1));
        Assert.Equal(2, EditDistance.Bounded("kim", "lee", 1));
        Assert.Equal(3, EditDistance.Bounded("a", "abcd", 2));
    }

    [Fact]
    public void Long_text_is_measured_too()
    {
        // Name matching's copy once answered "more than the bound" for any pair longer than 62 characters.
        var a = new string('a', 300) + "b";
        var b = new string('a', 300) + "c";
        Assert.Equal(1, EditDistance.Bounded(a, b, 2));
        Assert.Equal(1, EditDistance.Compute(a, b));
    }
}
