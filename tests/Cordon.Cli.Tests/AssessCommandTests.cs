using System.Text.Json;

namespace Cordon.Cli.Tests;

public class AssessCommandTests
{
    private static readonly string Samples = SharedData.Path("..", "samples", "applications.jsonl");

    [Fact]
    public async Task Assess_writes_one_object_per_input_line_in_order_and_reports_bad_records()
    {
        using var folder = new TempFolder();
        var lines = (await File.ReadAllLinesAsync(Samples)).Take(10).ToList();
        lines.Insert(3, """{"id":"broken-1","kind":"astronaut","submitted_at":"2026-01-01T00:00:00Z","person":{"full_name":"X"},"claimed_location":{"country":"US"}}""");
        lines.Insert(6, "this is not json");
        var input = folder.File("in.jsonl", string.Join('\n', lines) + "\n");
        var output = folder.Combine("out.jsonl");

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "assess", "--input", input, "--output", output, "--list", SharedData.Path("lists", "ofac-sample"), "--no-store");

        Assert.Equal(0, code);
        var results = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(lines.Count, results.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i is 3 or 6)
            {
                continue;
            }

            var expectedId = JsonDocument.Parse(lines[i]).RootElement.GetProperty("id").GetString();
            Assert.Equal(expectedId, results[i].GetProperty("id").GetString());
            Assert.InRange(results[i].GetProperty("score").GetInt32(), 0, 100);
            Assert.Contains(results[i].GetProperty("level").GetString(), new[] { "low", "medium", "high", "critical" });
            Assert.Equal(JsonValueKind.Array, results[i].GetProperty("signals").ValueKind);
            Assert.Equal(JsonValueKind.Array, results[i].GetProperty("recommendations").ValueKind);
        }

        Assert.Equal("broken-1", results[3].GetProperty("id").GetString());
        Assert.Contains(results[3].GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "$.kind");
        Assert.Equal(7, results[6].GetProperty("line").GetInt32());
        Assert.Contains("line 4 (id broken-1): $.kind", error);
        Assert.Contains("line 7", error);
        Assert.Contains("2 rejected", error);
    }

    [Fact]
    public async Task Every_signal_carries_its_evidence()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out.jsonl");

        var (code, _, _) = await CordonProcess.RunAsync(folder.Path, "assess", "--input", Samples, "--output", output, "--intelligence", SharedData.Path(), "--list", SharedData.Path("lists", "ofac-sdn-2021-07"), "--no-store");

        Assert.Equal(0, code);
        var signals = (await File.ReadAllLinesAsync(output)).SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("signals").EnumerateArray()).ToList();
        Assert.NotEmpty(signals);
        Assert.All(signals, s =>
        {
            Assert.False(string.IsNullOrEmpty(s.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(s.GetProperty("title").GetString()));
            Assert.True(s.GetProperty("evidence").GetArrayLength() > 0, s.GetProperty("code").GetString());
        });
    }

    // One pipeline: storing a batch (linked into the organisation's network, through the service the workspace uses) and
    // assessing it without the store (linked within the batch) read, gather and score alike, so a batch assessed into an
    // empty store writes the same bytes as the batch assessed alone.
    [Fact]
    public async Task Assessing_into_an_empty_store_writes_the_same_bytes_as_assessing_without_it()
    {
        using var folder = new TempFolder();
        var records = folder.Combine("records.jsonl");
        var (generated, _, _) = await CordonProcess.RunAsync(folder.Path, "risk", "generate", "--count", "400", "--seed", "7", "--output", records, "--labels", folder.Combine("labels.csv"));
        Assert.Equal(0, generated);
        string[] common = ["assess", "--input", records, "--intelligence", SharedData.Path(), "--list", SharedData.Path("lists", "ofac-sdn-2021-07")];

        var (storedCode, _, storedError) = await CordonProcess.RunAsync(folder.Path, [.. common, "--output", folder.Combine("stored.jsonl"), "--data", folder.Combine("data-a")]);
        var (aloneCode, _, aloneError) = await CordonProcess.RunAsync(folder.Path, [.. common, "--output", folder.Combine("alone.jsonl"), "--no-store"]);

        Assert.True(storedCode == 0, storedError);
        Assert.True(aloneCode == 0, aloneError);
        var stored = await File.ReadAllLinesAsync(folder.Combine("stored.jsonl"));
        var alone = await File.ReadAllLinesAsync(folder.Combine("alone.jsonl"));
        Assert.Equal(400, stored.Length);
        Assert.Equal(alone, stored);
        Assert.Contains(stored, l => l.Contains("\"network\":{", StringComparison.Ordinal));
        Assert.Contains(stored, l => l.Contains("\"family\":\"network\"", StringComparison.Ordinal));
        Assert.DoesNotContain(stored, l => l.Contains("Not evaluated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_intelligence_file_is_a_clear_error_before_any_work()
    {
        using var folder = new TempFolder();
        var intelligence = Directory.CreateDirectory(folder.Combine("intel", "ip")).FullName;
        await File.WriteAllTextAsync(Path.Combine(intelligence, "iptoasn-country.mmdb"), "not a maxmind database");
        var output = folder.Combine("out.jsonl");

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "assess", "--input", Samples, "--output", output, "--intelligence", folder.Combine("intel"), "--no-store");

        Assert.Equal(2, code);
        Assert.Contains("iptoasn-country.mmdb", error);
        Assert.False(File.Exists(output));
    }
}
