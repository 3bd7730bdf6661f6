namespace Cordon.Cli.Tests;

public class RiskEvaluateCommandTests
{
    [Fact]
    public async Task Every_population_and_the_worst_case_are_printed_exit_is_1_below_a_target_and_a_held_out_population_shows_totals_only()
    {
        using var folder = new TempFolder();
        var good = Directory.CreateDirectory(folder.Combine("populations", "good")).FullName;
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "risk", "generate", "--count", "400", "--seed", "21", "--output", Path.Combine(good, "records.jsonl"), "--labels", Path.Combine(good, "labels.csv"))).ExitCode);

        // The same records with every label the wrong way round: precision and recall far below the targets. It is named
        // like the population the default weights were held out from, so it is read by its totals only.
        var heldOut = Directory.CreateDirectory(folder.Combine("populations", "payroll")).FullName;
        File.Copy(Path.Combine(good, "records.jsonl"), Path.Combine(heldOut, "records.jsonl"));
        File.WriteAllLines(Path.Combine(heldOut, "labels.csv"), File.ReadAllLines(Path.Combine(good, "labels.csv")).Select((line, i) =>
        {
            if (i == 0)
            {
                return line;
            }

            var fields = line.Split(',');
            fields[1] = fields[1] == "true" ? "false" : "true";
            return string.Join(',', fields);
        }));

        var run = await CordonProcess.RunAsync(folder.Path, "risk", "evaluate", "--populations-dir", folder.Combine("populations"), "--population", "good", "--population", "payroll", "--show-errors", "3");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("== Population good: 400 records", run.Out, StringComparison.Ordinal);
        Assert.Contains("== Population payroll: 400 records", run.Out, StringComparison.Ordinal);
        Assert.Contains("== Worst case over good, payroll", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"precision\s+[0-9.]+ >= 0\.95\s+NOT MET\s+\(payroll\)", run.Out);
        Assert.Contains("Calibration           records    fraud  observed  stated", run.Out, StringComparison.Ordinal);
        Assert.Contains("Fairness (legitimate records only)", run.Out, StringComparison.Ordinal);
        Assert.Contains("korean_name", run.Out, StringComparison.Ordinal);
        Assert.Contains("payroll", run.Error, StringComparison.Ordinal);

        // The tuning population lists its errors and scenarios; the held-out one neither.
        var goodPart = run.Out[..run.Out.IndexOf("== Population payroll", StringComparison.Ordinal)];
        var heldOutPart = run.Out[run.Out.IndexOf("== Population payroll", StringComparison.Ordinal)..];
        Assert.Contains("Scenario                      records", goodPart, StringComparison.Ordinal);
        Assert.Contains("Misses:", goodPart, StringComparison.Ordinal);
        Assert.DoesNotContain("Scenario                      records", heldOutPart, StringComparison.Ordinal);
        Assert.DoesNotContain("Misses:", heldOutPart, StringComparison.Ordinal);
        Assert.Contains("payroll is held out", heldOutPart, StringComparison.Ordinal);
    }
}
