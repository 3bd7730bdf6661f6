using Cordon.Core;
using Cordon.Matching.Tests.Screening;

namespace Cordon.Matching.Tests.V2;

public sealed class AlgorithmRegistryTests
{
    [Fact]
    public void Both_algorithms_are_registered_by_name_and_v1_stays_the_released_one()
    {
        Assert.Equal(["cordon-name-v1", "cordon-name-v2"], MatchingAlgorithms.Names);
        Assert.Equal("cordon-name-v1", MatchingAlgorithms.Get("cordon-name-v1").Algorithm);
        Assert.Equal("cordon-name-v2", MatchingAlgorithms.Get("CORDON-NAME-V2 ").Algorithm);
        Assert.Equal(MatchingAlgorithms.Default, MatchingAlgorithms.Get(null).Algorithm);
        Assert.Equal(MatchingAlgorithms.Default, Matcher.Default.Algorithm);
    }

    [Fact]
    public void An_unknown_algorithm_is_refused_with_the_known_names()
    {
        var e = Assert.Throws<ArgumentException>(() => MatchingAlgorithms.Get("cordon-name-v9"));
        Assert.Contains("cordon-name-v1", e.Message, StringComparison.Ordinal);
        Assert.False(MatchingAlgorithms.TryGet("nope", out _));
        Assert.Throws<ArgumentException>(() => new Matcher("nope"));
    }

    [Fact]
    public void V1_scores_are_unchanged_by_v2_beside_it()
    {
        // Figures of the released v1 (docs/matching.md and the issue): v2 must not move them.
        var v1 = MatchingAlgorithms.Get(MatchingAlgorithms.V1);
        Assert.Equal(0.862, v1.CompareNames("Commerzbank AG", "Commerzbank GmbH"), 3);
        Assert.Equal(0.588, v1.CompareNames("Volkswagen Aktiengesellschaft", "Volkswagen AG"), 3);
        Assert.Equal(0.333, v1.CompareNames("Bill Gates", "William Gates"), 3);
        Assert.True(v1.CompareNames("김종일", "김정일") > 0.95);
    }

    [Fact]
    public void Explanations_and_screening_results_name_the_algorithm_that_produced_them()
    {
        var entities = new[] { Entities.Organisation("1", "Global Relief Foundation (GRF)") };
        foreach (var name in MatchingAlgorithms.Names)
        {
            var matcher = MatchingAlgorithms.Get(name);
            Assert.Equal(name, matcher.ExplainNames("A", "B").Algorithm);
            var index = matcher.BuildIndex(entities);
            Assert.Same(matcher, index.Matcher);
            var hit = index.Screen(new ScreeningSubject { Name = "Global Relief Foundation (GRF)", Kind = SubjectKind.Organization }).Single();
            Assert.Equal(name, hit.Explanation.Algorithm);
        }
    }
}
