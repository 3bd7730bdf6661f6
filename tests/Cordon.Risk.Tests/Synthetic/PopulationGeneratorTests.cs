using System.Text.Json;
using Cordon.Risk.Synthetic;

namespace Cordon.Risk.Tests.Synthetic;

public sealed class PopulationGeneratorTests(PopulationFixture fixture) : IClassFixture<PopulationFixture>
{
    private IReadOnlyList<GeneratedApplication> Applications => fixture.Population.Applications;

    private static byte[] Bytes(GeneratedPopulation population, bool labels)
    {
        using var stream = new MemoryStream();
        if (labels)
        {
            PopulationGenerator.WriteLabels(population, stream);
        }
        else
        {
            PopulationGenerator.WriteRecords(population, stream);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Same_seed_gives_identical_bytes_and_another_seed_does_not()
    {
        var first = PopulationGenerator.Generate(600, 7);
        var second = PopulationGenerator.Generate(600, 7);
        var other = PopulationGenerator.Generate(600, 8);
        Assert.Equal(Bytes(first, false), Bytes(second, false));
        Assert.Equal(Bytes(first, true), Bytes(second, true));
        Assert.NotEqual(Bytes(first, false), Bytes(other, false));
    }

    [Fact]
    public void The_default_population_is_the_same_on_every_run()
    {
        Assert.Equal(Bytes(fixture.Population, false), Bytes(PopulationGenerator.Generate(), false));
    }

    [Fact]
    public void Every_generated_record_is_read_without_error()
    {
        var failures = Applications
            .Select(a => (a.Label.Id, Result: ApplicationReader.Read(a.Json)))
            .Where(r => r.Result.Errors.Count > 0 || r.Result.Record is null)
            .Take(5)
            .Select(r => r.Id + ": " + string.Join("; ", r.Result.Errors))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Default_population_has_5000_unique_records_mostly_legitimate_with_every_scenario()
    {
        Assert.Equal(PopulationGenerator.DefaultCount, Applications.Count);
        Assert.True(Applications.Count >= 5000);
        Assert.Equal(Applications.Count, Applications.Select(a => a.Label.Id).Distinct(StringComparer.Ordinal).Count());
        var legitimateShare = Applications.Count(a => !a.Label.Fraud) / (double)Applications.Count;
        Assert.InRange(legitimateShare, 0.85, 0.90);
        foreach (var scenario in PopulationScenarios.All)
        {
            Assert.Contains(Applications, a => a.Label.Scenario == scenario);
        }

        Assert.All(Applications, a => Assert.Equal(a.Label.Scenario.StartsWith("fraud_", StringComparison.Ordinal), a.Label.Fraud));
    }

    [Fact]
    public void Records_are_in_id_order_and_the_id_inside_each_line_matches_its_label()
    {
        var ids = Applications.Select(a => a.Label.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        foreach (var application in Applications.Take(200))
        {
            using var document = JsonDocument.Parse(application.Json);
            Assert.Equal(application.Label.Id, document.RootElement.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Groups_have_at_least_two_members_and_never_mix_fraudulent_and_legitimate_records()
    {
        var groups = Applications.Where(a => a.Label.GroupId is not null).GroupBy(a => a.Label.GroupId!, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.True(g.Count() >= 2, g.Key + " has " + g.Count() + " member(s)"));
        Assert.All(groups, g => Assert.Single(g.Select(a => a.Label.Fraud).Distinct()));
        Assert.All(groups, g => Assert.Single(g.Select(a => a.Label.Scenario).Distinct()));
        Assert.All(Applications.Where(a => a.Label.Fraud), a => Assert.NotNull(a.Label.GroupId));
        Assert.Contains(groups, g => g.First().Label.Scenario == PopulationScenarios.LegitFamily);
        Assert.Contains(groups, g => g.First().Label.Scenario == PopulationScenarios.LegitCompanyVpn);
        Assert.Contains(groups, g => g.First().Label.Scenario == PopulationScenarios.LegitCoworking);
        Assert.Contains(groups, g => g.Count() >= 10 && g.First().Label.Fraud);
        Assert.All(groups.Where(g => g.First().Label.Fraud), g => Assert.InRange(g.Count(), 2, 15));
    }

    [Fact]
    public void Fraudulent_records_show_some_but_never_all_red_flags()
    {
        var fraud = Applications.Where(a => a.Label.Fraud).ToList();
        Assert.All(fraud, a => Assert.InRange(a.PlantedFlags.Count, 2, FraudFlags.All.Count - 1));
        Assert.All(fraud, a => Assert.All(a.PlantedFlags, f => Assert.Contains(f, FraudFlags.All)));
        Assert.All(Applications.Where(a => !a.Label.Fraud), a => Assert.Empty(a.PlantedFlags));

        // Every flag occurs, and none occurs in every fraudulent record.
        foreach (var flag in FraudFlags.All)
        {
            var share = fraud.Count(a => a.PlantedFlags.Contains(flag)) / (double)fraud.Count;
            Assert.InRange(share, 0.02, 0.95);
        }
    }

    [Fact]
    public void Planted_flags_are_visible_in_the_records()
    {
        foreach (var application in Applications.Where(a => a.Label.Fraud))
        {
            var json = application.Json;
            if (application.PlantedFlags.Contains(FraudFlags.CameraRefused))
            {
                Assert.Contains("\"camera_refused\":true", json, StringComparison.Ordinal);
            }

            if (application.PlantedFlags.Contains(FraudFlags.ShippingElsewhere))
            {
                Assert.Contains("\"equipment_shipping\"", json, StringComparison.Ordinal);
            }

            if (application.PlantedFlags.Contains(FraudFlags.CryptoPayout))
            {
                Assert.Contains("\"crypto_payment\"", json, StringComparison.Ordinal);
            }

            if (!application.PlantedFlags.Contains(FraudFlags.CameraRefused))
            {
                Assert.DoesNotContain("\"camera_refused\":true", json, StringComparison.Ordinal);
            }
        }

        var shared = Applications
            .Where(a => a.PlantedFlags.Contains(FraudFlags.SharedDevice))
            .GroupBy(a => a.Label.GroupId)
            .Where(g => g.Count() >= 2)
            .ToList();
        Assert.NotEmpty(shared);
    }

    [Fact]
    public void Legitimate_population_includes_Korean_Korean_American_Chinese_and_Japanese_applicants()
    {
        var legitimate = Applications.Where(a => !a.Label.Fraud).Select(a => a.Json).ToList();
        Assert.True(legitimate.Count(j => j.Contains("\"nationality\":\"KR\"", StringComparison.Ordinal)) >= 100);
        string[] koreanFamilies = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon"];
        var koreanAmericans = legitimate.Count(j => j.Contains("\"nationality\":\"US\"", StringComparison.Ordinal)
            && koreanFamilies.Any(f => j.Contains("\"family_name\":\"" + f + "\"", StringComparison.Ordinal)));
        Assert.True(koreanAmericans >= 20, koreanAmericans + " Korean-American records");
        Assert.True(legitimate.Count(j => j.Contains("\"accept_language\":\"ko-KR", StringComparison.Ordinal)) >= 100);
        Assert.True(legitimate.Count(j => j.Contains("\"nationality\":\"CN\"", StringComparison.Ordinal)) >= 50);
        Assert.True(legitimate.Count(j => j.Contains("\"nationality\":\"JP\"", StringComparison.Ordinal)) >= 50);
        Assert.Contains(legitimate, j => j.Contains("\"other_names\":[\"김", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_produces_jsonl_and_labels_that_read_back()
    {
        var directory = Directory.CreateTempSubdirectory("cordon-pop-");
        try
        {
            var records = System.IO.Path.Combine(directory.FullName, "population.jsonl");
            var labels = System.IO.Path.Combine(directory.FullName, "labels.csv");
            var population = PopulationGenerator.Write(records, labels, 300, 11);
            var lines = File.ReadAllLines(records);
            Assert.Equal(300, lines.Length);
            Assert.Equal(population.Applications.Select(a => a.Json), lines);
            Assert.Equal("id,fraud,group_id,scenario", File.ReadLines(labels).First());
            var read = PopulationGenerator.ReadLabels(labels);
            Assert.Equal(300, read.Count);
            Assert.All(population.Applications, a => Assert.Equal(a.Label, read[a.Label.Id]));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
