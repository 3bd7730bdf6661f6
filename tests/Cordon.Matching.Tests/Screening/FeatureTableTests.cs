namespace Cordon.Matching.Tests.Screening;

public sealed class FeatureTableTests
{
    [Fact]
    public void Every_feature_is_documented_and_named_once()
    {
        var features = Matcher.Default.Features;
        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Name));
            Assert.True(f.Description.Length > 20, f.Name);
            Assert.True(f.MinPoints <= f.MaxPoints, f.Name);
        });
        Assert.Equal(features.Count, features.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void Every_option_has_a_documented_default()
    {
        var options = MatchingOptions.Default;
        Assert.All(typeof(MatchingOptions).GetProperties().Where(p => p.Name != nameof(MatchingOptions.Default)), p =>
        {
            var value = p.GetValue(options);
            Assert.NotNull(value);
            if (value is double d)
            {
                Assert.InRange(d, -1, 1);
            }
        });
    }

    [Theory]
    [InlineData(1.5, 0.0)]
    [InlineData(-0.1, 0.0)]
    [InlineData(0.86, 0.2)]
    public void Out_of_range_options_are_refused(double threshold, double dobMismatch) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Matcher(MatchingOptions.Default with { Threshold = threshold, DobMismatchPoints = dobMismatch == 0 ? -0.3 : dobMismatch }));

    [Fact]
    public void Algorithm_is_named_and_versioned()
    {
        Assert.Matches(@"^cordon-[a-z]+-v\d+$", Matcher.Default.Algorithm);
        Assert.InRange(Matcher.Default.DefaultThreshold, 0.5, 1.0);
    }

    [Fact]
    public void Options_change_results_only_through_a_new_matcher()
    {
        var strict = new Matcher(MatchingOptions.Default with { Threshold = 0.99 });
        Assert.Equal(0.99, strict.DefaultThreshold);
        Assert.NotEqual(strict.DefaultThreshold, Matcher.Default.DefaultThreshold);
    }

    [Fact]
    public void Documentation_lists_every_feature()
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "matching.md"));
        Assert.All(Matcher.Default.Features, f => Assert.Contains($"`{f.Name}`", doc, StringComparison.Ordinal));
        Assert.Contains(Matcher.Default.Algorithm, doc, StringComparison.Ordinal);
        Assert.Contains(Matcher.Default.DefaultThreshold.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), doc, StringComparison.Ordinal);
    }
}
