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

        // A near-duplicate résumé is one kind of medium evidence: with a shared address (a second kind) it joins; alone it does not.
        Assert.Empty(NetworkLinker.Build([Records.Make("a", Records.Resume(Resume)), Records.Make("b", Records.Resume(Edited))]).Groups());
        var home = Records.Home("12 Oak Street", "78701");
        var linker = NetworkLinker.Build([
            Records.Make("a", Records.All(home, Records.Resume(Resume))),
            Records.Make("b", Records.All(home, Records.Resume(Edited))),
            Records.Make("c", Records.All(home, Records.Resume(Unrelated)))]);
        var group = Assert.Single(linker.Groups());
        Assert.Equal(["a", "b"], group.Members);
        Assert.Contains(group.Links, l => l.Kind == LinkKinds.Resume);
    }

    // Low limits make many values, shingles and résumé bands cross the limit while records arrive, so the regrouping of
    // only the groups they held together is compared with a full build too (with and without résumés). With a low floor
    // the relative limit grows from 3 to 15 while the 1,500 records arrive, so values that were common link again.
    [Theory]
    [InlineData(30, 10, true, 10)]
    [InlineData(4, 3, false, 10)]
    [InlineData(4, 3, true, 10)]
    [InlineData(30, 10, true, 3)]
    public void Incremental_add_gives_the_same_groups_as_a_full_build(int frequencyLimit, int addressLimit, bool withResumes, int minLimit)
    {
        var population = PopulationGenerator.Generate(1500, 7);
        var records = population.Applications.Select(a => ApplicationReader.Read(a.Json).Record!)
            .Select(r => withResumes ? r : r with { ResumeText = null })
            .ToList();
        var options = new NetworkLinkerOptions { DocumentFrequencyLimit = frequencyLimit, AddressFrequencyLimit = addressLimit, MinFrequencyLimit = minLimit };
        var built = NetworkLinker.Build(records, options);
        var incremental = new NetworkLinker(options);
        for (var i = 0; i < records.Count; i++)
        {
            // Link (without describing) and Add (describing the new record's group) must link alike.
            if (i % 2 == 0)
            {
                incremental.Add(records[i]);
            }
            else
            {
                incremental.Link(records[i]);
            }
        }

        var expected = built.Groups();
        var actual = incremental.Groups();
        Assert.NotEmpty(expected);
        Assert.True((frequencyLimit > 10 && minLimit >= 10) || incremental.Recomputations > 0, "no value crossed the limit and the limit never moved");
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
    public void The_frequency_limit_is_one_percent_of_the_population_between_the_floor_and_the_cap()
    {
        var options = NetworkLinkerOptions.Default;
        Assert.Equal(10, options.LimitFor(options.DocumentFrequencyLimit, 0));
        Assert.Equal(10, options.LimitFor(options.DocumentFrequencyLimit, 500));
        Assert.Equal(10, options.LimitFor(options.DocumentFrequencyLimit, 1000));
        Assert.Equal(11, options.LimitFor(options.DocumentFrequencyLimit, 1001));
        Assert.Equal(20, options.LimitFor(options.DocumentFrequencyLimit, 2000));
        Assert.Equal(30, options.LimitFor(options.DocumentFrequencyLimit, 1_000_000));
        Assert.Equal(10, options.LimitFor(options.AddressFrequencyLimit, 1_000_000));
        Assert.Equal(4, options.LimitFor(4, 500));
        Assert.Equal(30, (options with { CommonShare = 0 }).LimitFor(options.DocumentFrequencyLimit, 500));

        // In a small population a referrer and a résumé held by 11 of 500 records link nothing; held by 10, they link.
        // A person's own identifier (a payout account) shared by 11 still links: only the cap applies to identifiers.
        static List<ApplicationRecord> Population(int holders, Func<int, Action<System.Text.Json.Nodes.JsonObject>> shared) => [.. Enumerable.Range(0, 500).Select(i => i < holders
            ? Records.Make("h" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), shared(i))
            : Records.Make("o" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)))];
        var sameTeam = Records.All(Records.ReferredBy("boss"), Records.Resume(Resume));
        Assert.Single(NetworkLinker.Build(Population(10, _ => sameTeam)).Groups());
        Assert.Empty(NetworkLinker.Build(Population(11, _ => sameTeam)).Groups());
        Assert.Equal(11, Assert.Single(NetworkLinker.Build(Population(11, _ => Records.Account("99887766554433"))).Groups()).Members.Count);
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
