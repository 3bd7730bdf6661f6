using Cordon.Risk;
using Cordon.Risk.Synthetic;

namespace Cordon.Networks.Tests;

public sealed class ResumeAndIncrementalTests
{
    private const string Resume =
        "Jane Doe\njane@example.com +1 415 555 2671\nBackend engineer who built a ledger reconciliation service in Go for a payments startup, "
        + "migrated batch settlement jobs from cron scripts to Temporal workflows, cut reconciliation lag from six hours to twelve minutes, "
        + "wrote the on-call runbook and mentored two junior engineers through their first production incidents.";

    private const string Edited =
        "Mark Roe\nmark.roe@example.net\nBackend engineer who built a ledger reconciliation service in Go for a fintech startup, "
        + "migrated batch settlement jobs from cron scripts to Temporal workflows, cut reconciliation lag from six hours to ten minutes, "
        + "wrote the on-call runbook and mentored two junior engineers through their first production incidents.";

    private const string Unrelated =
        "Ana Lima\nFrontend developer focused on accessibility audits for public-sector websites, design systems in React and Storybook, "
        + "screen-reader testing with NVDA and VoiceOver, and performance budgets enforced in continuous integration for large editorial teams.";

    [Fact]
    public void MinHash_finds_a_lightly_edited_resume_and_not_an_unrelated_one()
    {
        var a = MinHasher.Fingerprint(Resume, ["Jane Doe", "Jane", "Doe"])!;
        var b = MinHasher.Fingerprint(Edited, ["Mark Roe", "Mark", "Roe"])!;
        var c = MinHasher.Fingerprint(Unrelated, ["Ana Lima"])!;
        Assert.True(MinHasher.Jaccard(a, b) >= 0.6, MinHasher.Jaccard(a, b).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(MinHasher.Jaccard(a, c) < 0.1, "unrelated " + MinHasher.Jaccard(a, c).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(MinHasher.BandKeys(a).Intersect(MinHasher.BandKeys(b)).Any(), "no shared band");
        Assert.Empty(MinHasher.BandKeys(a).Intersect(MinHasher.BandKeys(c)));

        var linker = NetworkLinker.Build([Records.Make("a", Records.Resume(Resume)), Records.Make("b", Records.Resume(Edited)), Records.Make("c", Records.Resume(Unrelated))]);
        var group = Assert.Single(linker.Groups());
        Assert.Equal(["a", "b"], group.Members);
        Assert.Contains(group.Links, l => l.Kind == LinkKinds.Resume);
    }

    // Low limits make many values, shingles and résumé bands cross the limit while records arrive, so the regrouping of
    // only the groups they held together is compared with a full build too (with and without résumés).
    [Theory]
    [InlineData(30, 10, true)]
    [InlineData(4, 3, false)]
    [InlineData(4, 3, true)]
    public void Incremental_add_gives_the_same_groups_as_a_full_build(int frequencyLimit, int addressLimit, bool withResumes)
    {
        var population = PopulationGenerator.Generate(1500, 7);
        var records = population.Applications.Select(a => ApplicationReader.Read(a.Json).Record!)
            .Select(r => withResumes ? r : r with { ResumeText = null })
            .ToList();
        var options = new NetworkLinkerOptions { DocumentFrequencyLimit = frequencyLimit, AddressFrequencyLimit = addressLimit };
        var built = NetworkLinker.Build(records, options);
        var incremental = new NetworkLinker(options);
        foreach (var record in records)
        {
            incremental.Add(record);
        }

        var expected = built.Groups();
        var actual = incremental.Groups();
        Assert.NotEmpty(expected);
        Assert.True(frequencyLimit > 10 || incremental.Recomputations > 0, "no value crossed the limit");
        Assert.Equal(expected.Select(g => (g.Id, string.Join(",", g.Members))), actual.Select(g => (g.Id, string.Join(",", g.Members))));

        // The group of one record, found from its members' values only, matches the full listing.
        foreach (var group in expected.Take(20))
        {
            var single = incremental.GroupOf(group.Members[^1]);
            Assert.NotNull(single);
            Assert.Equal(group.Members, single.Members);
            Assert.Equal(group.Links, single.Links);
            Assert.Equal(group.Explanation, single.Explanation);
        }
    }

    [Fact]
    public void Pairwise_evaluation_counts_pairs_from_group_sizes()
    {
        var truth = new Dictionary<string, string?> { ["a"] = "g1", ["b"] = "g1", ["c"] = "g1", ["d"] = null, ["e"] = null };
        var predicted = new Dictionary<string, string> { ["a"] = "a", ["b"] = "a", ["c"] = "c", ["d"] = "a", ["e"] = "e" };
        var score = PairwiseEvaluation.Evaluate(truth, predicted);
        Assert.Equal(1, score.TruePositivePairs);
        Assert.Equal(3, score.PredictedPairs);
        Assert.Equal(3, score.ActualPairs);
    }
}
