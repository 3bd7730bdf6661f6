namespace Cordon.Cli.Tests;

public class RiskCommandTests
{
    [Fact]
    public async Task Generate_is_deterministic_and_writes_records_with_labels()
    {
        using var folder = new TempFolder();

        var first = await CordonProcess.RunAsync(folder.Path, "risk", "generate", "--count", "300", "--seed", "7", "--output", folder.Combine("a.jsonl"), "--labels", folder.Combine("a.csv"));
        var second = await CordonProcess.RunAsync(folder.Path, "risk", "generate", "--count", "300", "--seed", "7", "--output", folder.Combine("b.jsonl"), "--labels", folder.Combine("b.csv"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var records = await File.ReadAllLinesAsync(folder.Combine("a.jsonl"));
        var labels = await File.ReadAllLinesAsync(folder.Combine("a.csv"));
        Assert.Equal(300, records.Length);
        Assert.Equal("id,fraud,group_id,scenario", labels[0]);
        Assert.Equal(301, labels.Length);
        Assert.Equal(await File.ReadAllBytesAsync(folder.Combine("a.jsonl")), await File.ReadAllBytesAsync(folder.Combine("b.jsonl")));
    }

    [Fact]
    public async Task Generated_records_are_all_accepted_by_assess()
    {
        using var folder = new TempFolder();
        await CordonProcess.RunAsync(folder.Path, "risk", "generate", "--count", "200", "--output", folder.Combine("r.jsonl"), "--labels", folder.Combine("l.csv"));

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "assess", "--input", folder.Combine("r.jsonl"), "--output", folder.Combine("out.jsonl"), "--no-store", "--list", SharedData.Path("lists", "ofac-sample"));

        Assert.Equal(0, code);
        Assert.Contains("200 record(s) assessed", error);
        Assert.Contains("0 rejected", error);
        Assert.Equal(200, (await File.ReadAllLinesAsync(folder.Combine("out.jsonl"))).Length);
    }

    [Fact]
    public async Task Rules_lists_every_rule_with_its_source()
    {
        using var folder = new TempFolder();

        var (code, output, _) = await CordonProcess.RunAsync(folder.Path, "risk", "rules");

        Assert.Equal(0, code);
        foreach (var rule in new[] { "LOC-VPN", "ACC-REMOTE-TOOL", "ID-SANCTIONS", "MON-CRYPTO", "HIR-CAMERA-REFUSED", "EMP-LOOKALIKE-DOMAIN" })
        {
            Assert.Contains(rule, output);
        }
    }
}
