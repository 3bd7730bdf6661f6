using System.CommandLine;
using System.Globalization;
using Cordon.Core.Export;
using Cordon.Matching;
using Cordon.Screening;
using Cordon.Screening.Batch;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon compare-names</c>: scores name pairs. Input <c>id,name1,name2[,type]</c>; output <c>id,score</c>.</summary>
internal static class CompareNamesCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV with header id,name1,name2 and optional type", Required = true };
        var output = new Option<string>("--output") { Description = "CSV to write: id,score", Required = true };
        var errors = new Option<string?>("--errors") { Description = "Also write rejected rows to this CSV (line,id,error)" };
        var algorithm = AlgorithmOption.Create();
        var command = new Command("compare-names", "Score how likely each pair of names is the same name (0 to 1)") { input, output, errors, algorithm };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var matcher = AlgorithmOption.Resolve(parse, algorithm);
            using var csv = BatchCsvReader.OpenFile(parse.GetValue(input)!, ["id", "name1", "name2"], ["type"]);
            using var report = new BatchReport(parse.GetValue(input)!, parse.GetValue(errors));
            await using var results = new StreamWriter(parse.GetValue(output)!);
            await CsvCells.WriteLineAsync(results, ["id", "score"]);
            var compared = 0;
            foreach (var chunk in csv.Rows().Chunk(20_000))
            {
                ct.ThrowIfCancellationRequested();
                var scores = new double?[chunk.Length];
                var valid = chunk.Select(row => Validate(row, report)).ToArray();
                Parallel.For(0, chunk.Length, i =>
                {
                    if (valid[i] is { } kind)
                    {
                        scores[i] = matcher.CompareNames(chunk[i].Get("name1"), chunk[i].Get("name2"), kind);
                    }
                });
                for (var i = 0; i < chunk.Length; i++)
                {
                    if (scores[i] is { } score)
                    {
                        compared++;
                        await CsvCells.WriteLineAsync(results, [chunk[i].Get("id"), Math.Round(score, 4).ToString("0.0###", CultureInfo.InvariantCulture)]);
                    }
                }
            }

            report.Finish();
            Console.Error.WriteLine($"{compared} pair(s) scored; {report.Rejected} row(s) rejected.");
            await results.DisposeAsync();
            csv.ThrowIfStopped();
            return 0;
        }));
        return command;
    }

    private static Core.SubjectKind? Validate(BatchCsvRow row, BatchReport report)
    {
        var id = row.Get("id");
        string? error = row.Error;
        if (error is null && id.Length == 0)
        {
            error = "id is empty";
        }

        foreach (var column in new[] { "name1", "name2" })
        {
            var name = row.Get(column);
            if (error is null && name.Trim().Length == 0)
            {
                error = $"{column} is empty";
            }
            else if (error is null && name.Length > SubjectInput.MaxNameLength)
            {
                error = $"{column} is {name.Length} characters long; at most {SubjectInput.MaxNameLength} are accepted";
            }
        }

        var knownKind = SubjectInput.TryParseKind(row.Get("type"), out var kind);
        if (error is null && !knownKind)
        {
            error = $"type '{row.Get("type")}' is not one of person, organization, vessel, aircraft, any";
        }

        if (error is not null)
        {
            report.Reject(row.Line, id, error);
            return null;
        }

        return kind;
    }
}
