using Cordon.Core;
using Cordon.Core.Evaluation;
using Cordon.Matching.Evaluation;

namespace Cordon.Matching.Tests.Evaluation;

public sealed class MatchEvaluatorTests
{
    private static LabelledNamePair Pair(string id, string a, string b, bool match, string category = "c") =>
        new(id, a, b, SubjectKind.Person, match, category, "");

    private static LabelledQuery Query(string id, string name, params string[] expected) =>
        new(id, new ScreeningSubject { Name = name }, expected.Select(EntityKey.Parse).ToList(), "q", "");

    private static EvaluationHit Hit(string key, double score) => new(EntityKey.Parse(key), key, score);

    [Fact]
    public void Pairs_are_decided_at_the_threshold_inclusive()
    {
        var scores = new Dictionary<string, double> { ["a"] = 0.95, ["b"] = 0.80, ["c"] = 0.79, ["d"] = 0.10, ["e"] = 0.85 };
        var pairs = new[]
        {
            Pair("1", "a", "x", true, "kp"), Pair("2", "b", "x", true, "kp"), Pair("3", "c", "x", true, "ru"),
            Pair("4", "d", "x", false, "ru"), Pair("5", "e", "x", false, "kp"),
        };

        var result = MatchEvaluator.EvaluatePairs(pairs, (n1, _, _) => scores[n1], 0.80);

        Assert.Equal(new ConfusionMatrix(TruePositives: 2, FalsePositives: 1, TrueNegatives: 1, FalseNegatives: 1), result.Matrix);
        Assert.Equal(["3", "5"], result.Errors.Select(e => e.Pair.Id));
        Assert.Equal(new ConfusionMatrix(2, 1, 0, 0), result.ByCategory["kp"]);
        Assert.Equal(new ConfusionMatrix(0, 0, 1, 1), result.ByCategory["ru"]);
        Assert.Equal(5, result.Timing.Calls);
    }

    [Fact]
    public void Pair_kind_is_passed_to_the_scorer()
    {
        SubjectKind? seen = null;
        var pair = new LabelledNamePair("1", "a", "b", SubjectKind.Vessel, true, "v", "");

        MatchEvaluator.EvaluatePairs([pair], (_, _, kind) => { seen = kind; return 1; }, 0.5);

        Assert.Equal(SubjectKind.Vessel, seen);
    }

    [Fact]
    public void Query_is_found_when_any_acceptable_entry_is_in_the_top_results()
    {
        var results = new Dictionary<string, IReadOnlyList<EvaluationHit>>
        {
            ["first"] = [Hit("ofac-sdn:1", 0.99), Hit("un-sc:9", 0.90)],
            ["copy"] = [Hit("us-csl:1", 0.97), Hit("ofac-sdn:7", 0.96)],
            ["second"] = [Hit("ofac-sdn:7", 0.95), Hit("ofac-sdn:1", 0.93)],
            ["wrong"] = [Hit("ofac-sdn:7", 0.95)],
            ["below"] = [Hit("ofac-sdn:1", 0.50)],
            ["clean-ok"] = [Hit("ofac-sdn:3", 0.40)],
            ["clean-hit"] = [Hit("ofac-sdn:3", 0.91)],
        };
        var queries = new[]
        {
            Query("Q1", "first", "ofac-sdn:1", "us-csl:1"),
            Query("Q2", "copy", "ofac-sdn:1", "us-csl:1"),
            Query("Q3", "second", "ofac-sdn:1"),
            Query("Q4", "wrong", "ofac-sdn:1"),
            Query("Q5", "below", "ofac-sdn:1"),
            Query("Q6", "clean-ok"),
            Query("Q7", "clean-hit"),
        };

        var result = MatchEvaluator.EvaluateQueries(queries, s => results[s.Name], threshold: 0.8, limit: 5);

        Assert.Equal(new ConfusionMatrix(TruePositives: 3, FalsePositives: 1, TrueNegatives: 1, FalseNegatives: 2), result.Matrix);
        Assert.Equal(2, result.FoundAtRankOne);
        Assert.Equal(1, result.WrongEntityOnly);
        Assert.Equal(0.6, result.Recall, 10);
        Assert.Equal(0.4, result.RankOneRate, 10);
        Assert.Equal(0.5, result.FalseMatchRate, 10);
        Assert.Equal(["Q3", "Q4", "Q5", "Q7"], result.Errors.Select(e => e.Query.Id));
        Assert.Equal(2, result.Errors.Single(e => e.Query.Id == "Q3").ExpectedRank);
    }

    [Fact]
    public void Query_limit_cuts_the_results_looked_at()
    {
        IReadOnlyList<EvaluationHit> hits = [Hit("a:1", 0.99), Hit("a:2", 0.98), Hit("a:3", 0.97)];

        var result = MatchEvaluator.EvaluateQueries([Query("Q1", "x", "a:3")], _ => hits, threshold: 0.5, limit: 2);

        Assert.Equal(1, result.Matrix.FalseNegatives);
        Assert.Equal(1, result.WrongEntityOnly);
    }

    [Fact]
    public void Clean_names_count_every_name_with_a_hit_at_the_threshold()
    {
        var names = Enumerable.Range(1, 2000).Select(i => new CleanName("C" + i, "name " + i, SubjectKind.Person)).ToList();

        var result = MatchEvaluator.EvaluateCleanNames(names,
            s => s.Name is "name 7" or "name 1500" ? [Hit("ofac-sdn:1", 0.9)] : s.Name == "name 8" ? [Hit("ofac-sdn:1", 0.89)] : [],
            threshold: 0.9);

        Assert.Equal(2000, result.Screened);
        Assert.Equal(["C7", "C1500"], result.FalseMatches.Select(f => f.Name.Id));
        Assert.Equal(1.0, result.FalseMatchesPerThousand, 10);
        Assert.Equal(2000, result.Timing.Calls);
    }

    [Fact]
    public void Timing_percentiles_use_nearest_rank()
    {
        var t = TimingSummary.Of(Enumerable.Range(1, 100).Select(i => (double)i).Reverse());

        Assert.Equal(50, t.MedianMilliseconds);
        Assert.Equal(95, t.P95Milliseconds);
        Assert.Equal(100, t.MaxMilliseconds);
        Assert.Equal(0, TimingSummary.Of([]).Calls);
    }
}
