using System.Text.Json.Nodes;
using Cordon.Intelligence;
using Cordon.Screening;

namespace Cordon.Cli.Tests;

public class IndicatorsCommandTests
{
    [Fact]
    public async Task Importing_the_shared_indicators_stores_them_once_and_lists_them_by_type()
    {
        using var folder = new TempFolder();
        var csv = SharedData.Path("indicators", "dprk_itw_indicators.csv");

        var import = await CordonProcess.RunAsync(folder.Path, "indicators", "import", csv);
        var again = await CordonProcess.RunAsync(folder.Path, "indicators", "import", csv);
        var list = await CordonProcess.RunAsync(folder.Path, "indicators", "list");
        var domains = await CordonProcess.RunAsync(folder.Path, "indicators", "list", "--type", "domain");
        var patterns = await CordonProcess.RunAsync(folder.Path, "indicators", "list", "--type", "email_pattern");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("domain: 5", import.Out);
        Assert.Contains("email_pattern: 1", import.Out);
        Assert.Contains("ip: 55", import.Out);
        Assert.Contains("61 indicator(s) read from 1 file(s): 61 added, 0 updated, 0 unchanged.", import.Out);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("61 indicator(s) read from 1 file(s): 0 added, 0 updated, 61 unchanged.", again.Out);
        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains("61 indicator(s) (5 domain, 1 email_pattern, 55 ip).", list.Error);
        Assert.Equal(61, list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(domains.ExitCode == 0, domains.Error);
        Assert.Contains("5 indicator(s) (5 domain).", domains.Error);
        Assert.Contains("domain\tinditechlab.com\tfront-company site seized by US 2024-10-10\thttps://www.sentinelone.com/", domains.Out);
        Assert.Contains("inditechlab.com", domains.Out);
        Assert.Contains("tonywangtech.com", domains.Out);
        Assert.Contains("1 indicator(s) (1 email_pattern).", patterns.Error);
        Assert.Contains("tonywkj@hopana*", patterns.Out);
    }

    [Fact]
    public async Task A_broken_file_is_refused_with_file_and_line_and_nothing_is_stored()
    {
        using var folder = new TempFolder();
        var good = SharedData.Path("indicators", "dprk_itw_indicators.csv");
        var lines = await File.ReadAllLinesAsync(good);
        lines[4] = "ipv4,999.1.2.3,broken row,test";
        var broken = folder.Combine("broken_indicators.csv");
        await File.WriteAllLinesAsync(broken, lines);

        var import = await CordonProcess.RunAsync(folder.Path, "indicators", "import", good, broken);
        var list = await CordonProcess.RunAsync(folder.Path, "indicators", "list");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("broken_indicators.csv", import.Error);
        Assert.Contains("line 5", import.Error);
        Assert.Contains("999.1.2.3", import.Error);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("0 indicator(s).", list.Error);
        Assert.Equal(string.Empty, list.Out.Trim());
    }

    [Fact]
    public async Task An_unknown_type_filter_is_refused()
    {
        using var folder = new TempFolder();

        var list = await CordonProcess.RunAsync(folder.Path, "indicators", "list", "--type", "url");

        Assert.Equal(2, list.ExitCode);
        Assert.Contains("unknown indicator type 'url'", list.Error);
    }

    [Fact]
    public async Task Assessments_use_the_indicators_in_the_store_once_imported()
    {
        using var folder = new TempFolder();
        var record = JsonNode.Parse((await File.ReadAllLinesAsync(SharedData.Path("..", "samples", "applications.jsonl")))[0])!.AsObject();
        record["contacts"]!["emails"] = new JsonArray("tonywkj@hopanatech.com");
        var json = record.ToJsonString();
        await using var cordon = await CordonServices.OpenAsync(null, folder.Path);

        var before = await cordon.Assessments.AssessAsync(Cordon.Accounts.Organisation.DefaultId, [json], store: false);
        var indicators = IndicatorSet.Load(SharedData.Path("indicators", "dprk_itw_indicators.csv")).All
            .Select(i => AssessmentService.ToStoredIndicator(i, DateTimeOffset.UtcNow))
            .ToList();
        await cordon.Store.ImportIndicatorsAsync(indicators);
        var after = await cordon.Assessments.AssessAsync(Cordon.Accounts.Organisation.DefaultId, [json], store: false);

        Assert.DoesNotContain(before[0].Assessment!.Signals, s => s.Evidence.Any(e => e.Path == "$.contacts.emails[0]"));
        var evidence = Assert.Single(after[0].Assessment!.Signals.SelectMany(s => s.Evidence), e => e.Path == "$.contacts.emails[0]");
        Assert.Contains("Wang Kejia", evidence.Note);
    }

    [Fact]
    public void Stored_indicators_already_in_the_setup_files_are_not_added_twice_and_expired_ones_are_left_out()
    {
        var csv = SharedData.Path("indicators", "dprk_itw_indicators.csv");
        var files = IndicatorSet.Load(csv);
        var setup = RiskSetup.Default with { Indicators = files };
        var now = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);
        var same = files.All.Select(i => AssessmentService.ToStoredIndicator(i, now)).ToList();
        var phone = new Cordon.Storage.StoredIndicator("phone", "+12025550123", "test", "test", now);
        var expired = phone with { Value = "+12025550124", ExpiresAt = now.AddDays(-1) };

        Assert.Same(setup, AssessmentService.WithStoredIndicators(setup, same, now));
        var merged = AssessmentService.WithStoredIndicators(setup, [.. same, phone, expired], now);

        Assert.Equal(files.Count + 1, merged.Indicators!.Count);
        Assert.Single(merged.Indicators.Find(IndicatorType.Phone, "+1 202 555 0123"));
        Assert.Empty(merged.Indicators.Find(IndicatorType.Phone, "+12025550124"));
        Assert.Equal(
            files.Find(IndicatorType.Email, "tonywkj@hopanatech.com"),
            merged.Indicators.Find(IndicatorType.Email, "tonywkj@hopanatech.com"));
        Assert.Equal("email_pattern", same.Single(i => i.Value.Contains('*', StringComparison.Ordinal)).Type);
    }
}
