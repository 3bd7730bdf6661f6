using System.Text.Json;

namespace Cordon.Cli.Tests;

public class NetworksCommandTests
{
    [Fact]
    public async Task Assess_links_stored_records_and_networks_writes_every_group_with_links_and_risk()
    {
        using var folder = new TempFolder();
        await CordonProcess.RunAsync(folder.Path, "risk", "generate", "--count", "2000", "--seed", "7", "--output", folder.Combine("r.jsonl"), "--labels", folder.Combine("l.csv"));
        var labels = File.ReadAllLines(folder.Combine("l.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[2]);

        var assess = await CordonProcess.RunAsync(folder.Path, "assess", "--input", folder.Combine("r.jsonl"), "--output", folder.Combine("out.jsonl"), "--list", SharedData.Path("lists", "ofac-sample"));
        var networks = await CordonProcess.RunAsync(folder.Path, "networks", "--output", folder.Combine("networks.json"), "--farms", folder.Combine("farms.json"));

        Assert.Equal(0, assess.ExitCode);
        Assert.Equal(0, networks.ExitCode);
        using var written = JsonDocument.Parse(File.ReadAllText(folder.Combine("networks.json")));
        var groups = written.RootElement.EnumerateArray().ToList();
        Assert.True(groups.Count >= 5, $"{groups.Count} groups");
        var groupOf = new Dictionary<string, string>();
        foreach (var group in groups)
        {
            var members = group.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToList();
            Assert.True(members.Count >= 2);
            Assert.Equal(members.Count, group.GetProperty("size").GetInt32());
            Assert.StartsWith("net-", group.GetProperty("id").GetString());
            var links = group.GetProperty("links").EnumerateArray().ToList();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.False(string.IsNullOrEmpty(l.GetProperty("kind").GetString()) || string.IsNullOrEmpty(l.GetProperty("value").GetString())));
            var risk = group.GetProperty("risk");
            Assert.InRange(risk.GetProperty("score").GetInt32(), 0, 100);
            Assert.NotEmpty(risk.GetProperty("reasons").EnumerateArray());
            foreach (var member in members)
            {
                groupOf[member] = group.GetProperty("id").GetString()!;
            }

            // Most members of a found group carry the same label: the links are real, not noise.
            var top = members.GroupBy(m => labels[m]).Max(g => g.Count());
            Assert.True(top * 2 > members.Count, $"group {group.GetProperty("id")} mixes labels: {string.Join(' ', members.Select(m => labels[m]))}");
        }

        // Each assessment names the group that networks.json lists for its record.
        var withNetwork = 0;
        foreach (var line in File.ReadLines(folder.Combine("out.jsonl")))
        {
            using var assessment = JsonDocument.Parse(line);
            var id = assessment.RootElement.GetProperty("id").GetString()!;
            if (assessment.RootElement.TryGetProperty("network", out var network))
            {
                withNetwork++;
                Assert.Equal(groupOf[id], network.GetProperty("groupId").GetString());
                Assert.NotEmpty(network.GetProperty("sharedValues").EnumerateArray());
            }
            else
            {
                Assert.False(groupOf.ContainsKey(id), $"{id} is in a group but its assessment has no network");
            }
        }

        Assert.Equal(groupOf.Count, withNetwork);
        Assert.True(File.Exists(folder.Combine("farms.json")));
    }
}
