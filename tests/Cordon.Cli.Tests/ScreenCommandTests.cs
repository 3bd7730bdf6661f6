namespace Cordon.Cli.Tests;

public class ScreenCommandTests
{
    private static readonly string Sample = SharedData.Path("lists", "ofac-sample");

    [Fact]
    public async Task Screen_writes_the_contract_columns_and_skips_bad_rows_with_their_line()
    {
        using var folder = new TempFolder();
        var input = folder.File("queries.csv", """
            id,name,type,date_of_birth,nationality
            q1,Daniel Moreno,person,1972-10-12,Belize
            q2,,person,,
            q3,TASCA,vessel,,
            q4,Elvis Logan Morey,person,1963-02-30,
            q5,Somebody Entirely Unlisted,person,,
            """);
        var output = folder.Combine("results.csv");

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "screen", "--list", Sample, "--input", input, "--output", output);

        Assert.Equal(0, code);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("id,name,rank,score,list,entity_id,matched_name,primary_name", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(rows, r => r[0] == "q1" && r[1] == "Daniel Moreno" && r[2] == "1" && r[4] == "ofac-sdn" && r[5] == "15102");
        Assert.Contains(rows, r => r[0] == "q3" && r[1] == "TASCA" && r[2] == "1" && r[5] == "52327");
        Assert.DoesNotContain(rows, r => r[0] is "q2" or "q4" or "q5");
        Assert.All(rows, r => Assert.InRange(double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
        Assert.Contains("line 3 (id q2): name is empty", error);
        Assert.Contains("line 5 (id q4): date_of_birth '1963-02-30'", error);
        Assert.Contains("2 row(s) rejected", error);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_written_as_text_as_the_workspace_writes_them()
    {
        // cordon screen once wrote "=2+3" as is while the workspace's download neutralised it (CSV injection, OWASP).
        using var folder = new TempFolder();
        var input = folder.File("queries.csv", "id,name\n=2+3,Daniel Moreno\n\"@SUM(1,2)\",Daniel Moreno\n");
        var output = folder.Combine("results.csv");

        var (code, _, _) = await CordonProcess.RunAsync(folder.Path, "screen", "--list", Sample, "--input", input, "--output", output);

        Assert.Equal(0, code);
        var lines = (await File.ReadAllLinesAsync(output)).Skip(1).ToList();
        Assert.Contains(lines, l => l.StartsWith("'=2+3,Daniel Moreno,1,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("\"'@SUM(1,2)\",Daniel Moreno,1,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('=') || l.StartsWith('@'));
    }

    [Fact]
    public async Task Threshold_and_limit_shape_the_output()
    {
        using var folder = new TempFolder();
        var input = folder.File("queries.csv", "id,name\nq1,Iran Aircraft Avionics International\n");
        var output = folder.Combine("results.csv");

        var (code, _, _) = await CordonProcess.RunAsync(folder.Path, "screen", "--list", Sample, "--input", input, "--output", output, "--threshold", "0", "--limit", "2");

        Assert.Equal(0, code);
        var rows = (await File.ReadAllLinesAsync(output)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["1", "2"], rows.Select(r => r[2]));
        var scores = rows.Select(r => double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Theory]
    [InlineData("identifier,name\nq1,Moreno\n", "unknown column 'identifier'")]
    [InlineData("id,full_name\nq1,Moreno\n", "unknown column 'full_name'")]
    [InlineData("id,type\nq1,person\n", "missing required column(s) name")]
    [InlineData("", "the file is empty")]
    public async Task A_wrong_header_stops_before_any_work(string content, string expected)
    {
        using var folder = new TempFolder();
        var input = folder.File("queries.csv", content);

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "screen", "--list", Sample, "--input", input, "--output", folder.Combine("out.csv"));

        Assert.Equal(2, code);
        Assert.Contains(input, error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task An_unrecognised_list_file_is_refused_by_name()
    {
        using var folder = new TempFolder();
        var input = folder.File("queries.csv", "id,name\nq1,Moreno\n");
        var notAList = folder.File("notes.txt", "these are not sanctions\n");

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "screen", "--list", notAList, "--input", input, "--output", folder.Combine("out.csv"));

        Assert.Equal(2, code);
        Assert.Contains("notes.txt", error);
    }

    [Fact]
    public async Task Compare_names_writes_id_and_score()
    {
        using var folder = new TempFolder();
        var input = folder.File("pairs.csv", "id,name1,name2,type\np1,\"KIM, Jong Un\",Jong-un Kim,person\np2,Kim Jong Un,Kim Yo Jong,person\np3,,x,\n");
        var output = folder.Combine("scores.csv");

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "compare-names", "--input", input, "--output", output);

        Assert.Equal(0, code);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("id,score", lines[0]);
        var scores = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, scores.Count);
        Assert.True(scores["p1"] > scores["p2"]);
        Assert.Contains("line 4 (id p3): name1 is empty", error);
    }

    [Fact]
    public async Task A_huge_name_is_refused_by_row_and_the_batch_goes_on()
    {
        using var folder = new TempFolder();
        var input = folder.File("queries.csv", "id,name\nq1,Daniel Moreno\nq2," + new string('B', 2_000_000) + "\nq3,TASCA\n");
        var output = folder.Combine("results.csv");

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "screen", "--list", Sample, "--input", input, "--output", output);

        Assert.Equal(0, code);
        Assert.Contains("line 3 (id q2): name is 2000000 characters long", error);
        var ids = (await File.ReadAllLinesAsync(output)).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(["q1", "q3"], ids);
    }

    [Fact]
    public async Task A_file_broken_part_way_keeps_the_results_before_the_break_and_fails()
    {
        using var folder = new TempFolder();
        var input = folder.File("queries.csv", "id,name\nq1,Daniel Moreno\nq2,\"TASCA\n");
        var output = folder.Combine("results.csv");

        var (code, _, error) = await CordonProcess.RunAsync(folder.Path, "screen", "--list", Sample, "--input", input, "--output", output);

        Assert.Equal(2, code);
        Assert.Contains("queries.csv, line 3", error);
        Assert.Contains("q1,Daniel Moreno,1,", await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task The_index_snapshot_of_list_files_is_used_only_for_the_same_bytes_and_screens_as_a_fresh_build()
    {
        using var folder = new TempFolder();
        var lists = folder.Combine("lists");
        Directory.CreateDirectory(lists);
        foreach (var file in Directory.GetFiles(Sample))
        {
            File.Copy(file, Path.Combine(lists, Path.GetFileName(file)));
        }

        var input = folder.File("queries.csv", "id,name\nq1,Daniel Moreno\nq2,Margaret Ellen Whitfield\nq3,TASCA\nq4,Iran Aircraft Avionics International\n");
        async Task<(string Results, string Error)> Screen(params string[] extra)
        {
            var output = folder.Combine("results.csv");
            var (code, _, error) = await CordonProcess.RunAsync(folder.Path, ["screen", "--list", lists, "--input", input, "--output", output, "--threshold", "0.5", .. extra]);
            Assert.True(code == 0, error);
            return (await File.ReadAllTextAsync(output), error);
        }

        var fresh = await Screen("--no-index-cache");
        var first = await Screen();
        var second = await Screen();

        Assert.Contains("screening index built (no snapshot yet)", first.Error, StringComparison.Ordinal);
        Assert.Contains("screening index loaded from its snapshot", second.Error, StringComparison.Ordinal);
        Assert.Equal(fresh.Results, first.Results);
        Assert.Equal(fresh.Results, second.Results);
        Assert.Contains("q1,Daniel Moreno,1,", second.Results, StringComparison.Ordinal);
        Assert.DoesNotContain("q2,", second.Results, StringComparison.Ordinal);

        // A changed list file is a different index: the renamed entry is found under its new name at once.
        var sdn = Path.Combine(lists, "sdn.csv");
        await File.WriteAllTextAsync(sdn, (await File.ReadAllTextAsync(sdn)).Replace("\"MORENO, Daniel\"", "\"WHITFIELD, Margaret Ellen\"", StringComparison.Ordinal));
        var changed = await Screen();

        Assert.Contains("screening index built (no snapshot yet)", changed.Error, StringComparison.Ordinal);
        Assert.Contains("q2,Margaret Ellen Whitfield,1,", changed.Results, StringComparison.Ordinal);
        Assert.Equal(changed.Results, (await Screen("--no-index-cache")).Results);

        // A damaged snapshot is rebuilt, never read.
        var snapshots = Directory.GetFiles(folder.Combine("index-cache"), "*.snapshot");
        Assert.Equal(2, snapshots.Length);
        var snapshot = snapshots.OrderByDescending(File.GetLastWriteTimeUtc).First();
        var bytes = await File.ReadAllBytesAsync(snapshot);
        bytes[bytes.Length / 2] ^= 0x04;
        await File.WriteAllBytesAsync(snapshot, bytes);
        var repaired = await Screen();

        Assert.Contains("screening index built (snapshot checksum does not match its contents (corrupt))", repaired.Error, StringComparison.Ordinal);
        Assert.Equal(changed.Results, repaired.Results);
    }
}
