using System.CommandLine;
using System.Globalization;
using Cordon.Lists;
using Cordon.Lists.Csv;
using Cordon.Lists.Versions;
using Cordon.Screening;
using Cordon.Web.Endpoints;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon lists …</c>: import list files as versions, show versions, entries and differences.</summary>
internal static class ListsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("lists", "Import sanctions lists and inspect their versions");
        command.Subcommands.Add(Import(global));
        command.Subcommands.Add(Versions(global));
        command.Subcommands.Add(Diff(global));
        command.Subcommands.Add(Show(global));
        command.Subcommands.Add(ListSourcesCommand.Sources(global));
        command.Subcommands.Add(ListSourcesCommand.Update(global));
        return command;
    }

    private static Command Import(GlobalOptions global)
    {
        var paths = new Argument<string[]>("PATH") { Description = "List files or folders; formats are recognised by content", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format")
        {
            Description = "Read the files in this format instead of recognising it: 'csv' for your own list (with --map), or a list format such as eu-fsf-xml",
        };
        var map = new Option<string?>("--map")
        {
            Description = "With --format csv: which column holds which field, e.g. name=Name,dob=DOB,alias=Aliases,nationality=Country,id=Ref ("
                + string.Join(", ", CsvColumnMap.Fields.Keys) + ")",
        };
        var listId = new Option<string?>("--list-id") { Description = "With --format csv: the list's id, the same at every import so a new file replaces the last (default: csv- and the file name)" };
        var listName = new Option<string?>("--list-name") { Description = "With --format csv: the list's name as shown (default: the list id)" };
        var acceptIncomplete = new Option<bool>("--accept-incomplete")
        {
            Description = "Import a list read from part of its set (OFAC's sdn.csv without add.csv, alt.csv or sdn_comments.csv): every entry then lacks what the missing files hold",
        };
        var command = new Command("import", "Import list files as new versions (all or nothing), then re-screen the watch list") { paths, format, map, listId, listName, acceptIncomplete };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var given = parse.GetValue(paths)!;
            var forced = ForcedReader(parse.GetValue(format), parse.GetValue(map), parse.GetValue(listId), parse.GetValue(listName), given);
            await using var cordon = await global.OpenAsync(parse, ct);
            var (outcome, _) = await PlatformListImport.ImportAsync(
                cordon,
                new Accounts.AuditLog(cordon.Store, cordon.Time),
                Accounts.Actor.Operator,
                given,
                () => Terminal.Progress.Status().Start("Reading list files…", _ => ListFiles.LoadWithWarnings(given, forced)),
                parse.GetValue(acceptIncomplete),
                ct);
            foreach (var list in outcome.Lists)
            {
                var v = list.Version;
                Console.WriteLine(list.Unchanged
                    ? $"{v.ListName}: unchanged, version {v.Id} ({v.EntityCount} entries) stays in force"
                    : $"{v.ListName}: imported version {v.Id} with {v.EntityCount} entries ({v.Format})");
            }

            Console.WriteLine($"{outcome.Alerts.Count} watch-list alert(s) raised.");
            return 0;
        }));
        return command;
    }

    /// <summary>The reader <c>--format</c> asks for, or null to recognise formats by content.</summary>
    /// <exception cref="UserInputException">The format is unknown, or csv is asked for without a mapping or with several files.</exception>
    private static IListReader? ForcedReader(string? format, string? map, string? listId, string? listName, string[] paths)
    {
        if (format is null)
        {
            return map is null && listId is null && listName is null
                ? null
                : throw new UserInputException("--map, --list-id and --list-name go with --format csv");
        }

        if (format.Equals(GenericCsvReader.FormatName, StringComparison.OrdinalIgnoreCase))
        {
            if (map is null)
            {
                throw new UserInputException("--format csv needs --map to say which column holds which field, e.g. --map name=Name,dob=DOB (fields: " + string.Join(", ", CsvColumnMap.Fields.Keys) + ")");
            }

            if (paths.Length != 1)
            {
                throw new UserInputException("--format csv reads one file: one list at a time");
            }

            var id = listId ?? "csv-" + Path.GetFileNameWithoutExtension(paths[0]).ToLowerInvariant();
            return new GenericCsvReader(CsvColumnMap.Parse(map), id, listName);
        }

        if (map is not null || listId is not null || listName is not null)
        {
            throw new UserInputException("--map, --list-id and --list-name go with --format csv");
        }

        return ListReaders.All.FirstOrDefault(r => r.Format.Equals(format, StringComparison.OrdinalIgnoreCase))
            ?? throw new UserInputException($"unknown format '{format}' (known: {GenericCsvReader.FormatName}, {string.Join(", ", ListReaders.All.Select(r => r.Format))})");
    }

    private static Command Versions(GlobalOptions global)
    {
        var list = new Option<string?>("--list") { Description = "Only this list id (e.g. ofac-sdn)" };
        var command = new Command("versions", "Show stored list versions, newest first") { list };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var versions = await cordon.Store.GetListVersionsAsync(parse.GetValue(list), ct);
            var table = new Table().AddColumns("version", "list", "entries", "format", "imported (UTC)", "published", "in force");
            foreach (var v in versions)
            {
                table.AddRow(
                    v.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(v.ListId),
                    v.EntityCount.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(v.Format),
                    v.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    v.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    v.IsCurrent ? "yes" : "");
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Diff(GlobalOptions global)
    {
        var list = new Option<string?>("--list") { Description = "List id: compare its two newest versions" };
        var from = new Option<long?>("--from") { Description = "Older version id" };
        var to = new Option<long?>("--to") { Description = "Newer version id" };
        var paths = new Argument<string[]>("PATHS") { Description = "Or two list files/folders to compare without storing them (OLD NEW)", Arity = new ArgumentArity(0, 2) };
        var details = new Option<int>("--details") { Description = "How many changed entries to show field by field (default 20)", DefaultValueFactory = _ => 20 };
        var command = new Command("diff", "Entries added, removed and changed between two versions of a list") { list, from, to, paths, details };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var files = parse.GetValue(paths) ?? [];
            ListDiffResult difference;
            string title;
            if (files.Length == 2)
            {
                var older = ListFiles.Load([files[0]]);
                var newer = ListFiles.Load([files[1]]);
                if (older.Count != 1 || newer.Count != 1 || older[0].ListId != newer[0].ListId)
                {
                    throw new UserInputException("diff compares two versions of one list: give two paths that each hold the same single list.");
                }

                difference = ListDiff.Compare(older[0].Entities, newer[0].Entities);
                title = $"{older[0].ListName}: {files[0]} → {files[1]}";
            }
            else if (files.Length == 1)
            {
                throw new UserInputException("diff takes two paths (OLD NEW), or --list / --from / --to for stored versions.");
            }
            else
            {
                await using var cordon = await global.OpenAsync(parse, ct);
                var (older, newer) = await VersionComparison.ResolveAsync(cordon.Store, parse.GetValue(list), parse.GetValue(from), parse.GetValue(to), ct);
                difference = (await VersionComparison.CompareAsync(cordon.Store, older, newer, ct)).Difference;
                title = $"{newer.ListName}: version {older.Id} → {newer.Id}";
            }

            DiffPrinter.Print(title, difference, parse.GetValue(details));
            return 0;
        }));
        return command;
    }

    private static Command Show(GlobalOptions global)
    {
        var listId = new Argument<string>("LIST") { Description = "List id (e.g. ofac-sdn)" };
        var sourceId = new Argument<string>("ID") { Description = "Entry id in that list" };
        var version = new Option<long?>("--version") { Description = "Version id (default: the one in force)" };
        var command = new Command("show", "Show one entry with every field and its source record, as JSON") { listId, sourceId, version };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var id = parse.GetValue(listId)!;
            var versionId = parse.GetValue(version)
                ?? (await cordon.Store.GetListsAsync(ct)).FirstOrDefault(l => l.ListId == id)?.Current.Id
                ?? throw new UserInputException($"no list '{id}' is stored.");
            var entity = await cordon.Store.GetEntityAsync(versionId, parse.GetValue(sourceId)!, ct)
                ?? throw new UserInputException($"version {versionId} has no entry '{parse.GetValue(sourceId)}'.");
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(entity, CordonJsonIndented.Options));
            return 0;
        }));
        return command;
    }
}
