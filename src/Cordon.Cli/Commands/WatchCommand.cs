using Cordon.Core;
using System.CommandLine;
using System.Globalization;
using Cordon.Screening;
using Cordon.Screening.Batch;
using Cordon.Storage;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon watch …</c>: customers kept under watch and re-screened whenever a list changes.</summary>
internal static class WatchCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("watch", "Keep subjects under watch: they are re-screened on every list import");
        command.Subcommands.Add(Add(global));
        command.Subcommands.Add(List(global));
        command.Subcommands.Add(Remove(global));
        command.Subcommands.Add(Rescreen(global));
        return command;
    }

    private static Command Add(GlobalOptions global)
    {
        var input = new Option<string>("--input") { Description = "CSV with header id,name and optional type,date_of_birth,nationality", Required = true };
        var command = new Command("add", "Add or replace watch subjects from a CSV and screen them now") { input };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var file = parse.GetValue(input)!;
            using var csv = BatchCsvReader.OpenFile(file, ScreeningCsv.RequiredColumns, ScreeningCsv.OptionalColumns);
            using var report = new BatchReport(file, null);
            var subjects = new Dictionary<string, WatchSubject>(StringComparer.Ordinal);
            var now = DateTimeOffset.UtcNow;
            foreach (var row in csv.Rows())
            {
                var id = row.Get("id");
                var subjectInput = ScreeningCsv.Input(row);
                if (row.Error is not null || AddressableIds.Problem(id) is not null)
                {
                    report.Reject(row.Line, id, row.Error ?? AddressableIds.Problem(id)!);
                }
                else if (!subjectInput.TryCreate(out var subject, out var error))
                {
                    report.Reject(row.Line, id, error);
                }
                else if (!subjects.TryAdd(id, new WatchSubject(id, subject, now)))
                {
                    report.Reject(row.Line, id, "id appears earlier in the file");
                }
            }

            // A watch list is changed all at once or not at all: a file that breaks part-way adds nothing.
            csv.ThrowIfStopped();
            await using var cordon = await global.OpenAsync(parse, ct);
            var alerts = await cordon.WatchList.AddAsync(await global.OrganisationAsync(parse, cordon, ct), subjects.Values.ToList(), ct);
            Console.WriteLine($"{subjects.Count} subject(s) under watch; {alerts.Count} new alert(s); {report.Rejected} row(s) rejected.");
            return 0;
        }));
        return command;
    }

    private static Command List(GlobalOptions global)
    {
        var command = new Command("list", "Show watch subjects and their current matches");
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var organisation = await global.OrganisationAsync(parse, cordon, ct);
            var matches = (await cordon.Store.GetWatchMatchesAsync(organisation, null, ct)).ToLookup(m => m.SubjectId);
            var table = new Table().AddColumns("id", "name", "type", "matches");
            foreach (var subject in await cordon.Store.GetWatchSubjectsAsync(organisation, ct))
            {
                table.AddRow(
                    Markup.Escape(subject.Id),
                    Markup.Escape(subject.Subject.Name),
                    subject.Subject.Kind.ToString(),
                    Markup.Escape(string.Join("; ", matches[subject.Id].Select(m => $"{m.ListId}:{m.EntitySourceId} {m.EntityName} ({m.Score.ToString("0.00", CultureInfo.InvariantCulture)})"))));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Remove(GlobalOptions global)
    {
        var ids = new Argument<string[]>("ID") { Arity = ArgumentArity.OneOrMore, Description = "Subject ids" };
        var command = new Command("remove", "Stop watching subjects (their alerts are kept)") { ids };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var organisation = await global.OrganisationAsync(parse, cordon, ct);
            var missing = new List<string>();
            foreach (var id in parse.GetValue(ids)!)
            {
                if (!await cordon.WatchList.RemoveAsync(organisation, id, ct))
                {
                    missing.Add(id);
                }
            }

            if (missing.Count > 0)
            {
                throw new UserInputException($"not under watch: {string.Join(", ", missing)} (the others were removed).");
            }

            return 0;
        }));
        return command;
    }

    private static Command Rescreen(GlobalOptions global)
    {
        var command = new Command("rescreen", "Screen every watch subject of every organisation against the lists in force now");
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var alerts = await cordon.WatchList.RescreenAllAsync(ct);
            Console.WriteLine($"{alerts.Count} new alert(s).");
            return 0;
        }));
        return command;
    }
}
