using System.CommandLine;
using System.Globalization;
using Cordon.Core;
using Cordon.Core.Export;
using Cordon.Matching;
using Cordon.Screening;
using Cordon.Screening.Batch;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary>
/// <c>cordon screen</c>: batch screening with a file contract other tools rely on.
/// The contract is <see cref="ScreeningCsv"/>, shared with the workspace's batch screening.
/// </summary>
internal static class ScreenCommand
{
    // Rows are screened in chunks so memory stays flat however large the input is.
    private const int ChunkSize = 20_000;

    public static Command Create(GlobalOptions global)
    {
        var lists = new Option<string[]>("--list") { Description = "List file or folder to screen against instead of the stored lists (repeatable; the database is not touched)", AllowMultipleArgumentsPerToken = false };
        var input = new Option<string>("--input") { Description = "CSV with header id,name and optional type,date_of_birth,nationality", Required = true };
        var output = new Option<string>("--output") { Description = "CSV to write: id,name,rank,score,list,entity_id,matched_name,primary_name", Required = true };
        var threshold = new Option<double?>("--threshold") { Description = "Lowest score reported, between 0 and 1 (default: the matcher's recommended threshold)" };
        var limit = new Option<int>("--limit") { Description = "Most matches per query (default 5)", DefaultValueFactory = _ => 5 };
        var errors = new Option<string?>("--errors") { Description = "Also write rejected rows to this CSV (line,id,error)" };
        var algorithm = AlgorithmOption.Create();
        var indexCache = new Option<string?>("--index-cache") { Description = "Folder of screening index snapshots for --list files (default: $CORDON_INDEX_CACHE, else $XDG_CACHE_HOME/cordon/screening-index, else ~/.cache/cordon/screening-index); a snapshot is used only when made from the same files by the same build" };
        var noIndexCache = new Option<bool>("--no-index-cache") { Description = "Build the screening index from the --list files without reading or saving a snapshot" };
        var command = new Command("screen", "Screen a CSV of names against sanctions lists") { lists, input, output, threshold, limit, errors, algorithm, indexCache, noIndexCache };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var matcher = AlgorithmOption.Resolve(parse, algorithm);
            var chosenThreshold = parse.GetValue(threshold) ?? matcher.DefaultThreshold;
            var chosenLimit = parse.GetValue(limit);
            if (chosenThreshold is < 0 or > 1 || double.IsNaN(chosenThreshold))
            {
                throw new UserInputException("--threshold must be between 0 and 1.");
            }

            if (chosenLimit < 1)
            {
                throw new UserInputException("--limit must be at least 1.");
            }

            using var csv = BatchCsvReader.OpenFile(parse.GetValue(input)!, ScreeningCsv.RequiredColumns, ScreeningCsv.OptionalColumns);
            var cache = parse.GetValue(noIndexCache) ? null : new ScreeningIndexCache(parse.GetValue(indexCache) ?? DefaultIndexCache());
            var index = await LoadIndexAsync(global, parse, parse.GetValue(lists) ?? [], matcher, cache, ct);
            using var report = new BatchReport(parse.GetValue(input)!, parse.GetValue(errors));
            await using (var results = new StreamWriter(parse.GetValue(output)!))
            {
                await CsvCells.WriteLineAsync(results, ScreeningCsv.ResultColumns);
                var screened = 0;
                var matched = 0;
                await Terminal.Progress.Progress().AutoClear(true).StartAsync(async progress =>
                {
                    var task = progress.AddTask("Screening", maxValue: 1.0);
                    foreach (var chunk in csv.Rows().Chunk(ChunkSize))
                    {
                        ct.ThrowIfCancellationRequested();
                        var outcomes = new (string Id, string Name, IReadOnlyList<ScreeningMatch>? Matches)[chunk.Length];
                        var subjects = chunk.Select(row => Parse(row, report)).ToArray();
                        Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = ct }, i =>
                        {
                            if (subjects[i] is { } subject)
                            {
                                outcomes[i] = (chunk[i].Get("id"), chunk[i].Get("name"), index.Screen(subject, chosenLimit, chosenThreshold));
                            }
                        });

                        foreach (var (id, name, found) in outcomes)
                        {
                            if (found is null)
                            {
                                continue;
                            }

                            screened++;
                            matched += found.Count > 0 ? 1 : 0;
                            for (var rank = 0; rank < found.Count; rank++)
                            {
                                await results.WriteAsync(ScreeningCsv.ResultLine(id, name, rank + 1, found[rank]) + "\r\n");
                            }
                        }

                        task.Value = csv.Fraction;
                        task.Description = $"Screening ({screened:N0} rows)";
                    }
                });

                report.Finish();
                Console.Error.WriteLine($"{screened} name(s) screened, {matched} with at least one match at or above {chosenThreshold:0.###}; {report.Rejected} row(s) rejected.");
            }

            csv.ThrowIfStopped();

            return 0;
        }));
        return command;
    }

    private static ScreeningSubject? Parse(BatchCsvRow row, BatchReport report)
    {
        var id = row.Get("id");
        if (row.Error is not null)
        {
            report.Reject(row.Line, id, row.Error);
            return null;
        }

        if (id.Length == 0)
        {
            report.Reject(row.Line, id, "id is empty");
            return null;
        }

        var input = ScreeningCsv.Input(row);
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            report.Reject(row.Line, id, "name is empty");
            return null;
        }

        if (!input.TryCreate(out var subject, out var error))
        {
            report.Reject(row.Line, id, error);
            return null;
        }

        return subject;
    }

    private static async Task<ScreeningIndex> LoadIndexAsync(GlobalOptions global, ParseResult parse, string[] lists, Matcher matcher, ScreeningIndexCache? cache, CancellationToken ct)
    {
        if (lists.Length > 0)
        {
            if (cache is null)
            {
                var snapshots = Terminal.Progress.Status().Start("Reading list files…", _ => ListFiles.Load(lists));
                return matcher.BuildIndex(snapshots.SelectMany(s => s.Entities));
            }

            // The files are read and parsed only when no snapshot of the index was made from exactly these bytes by this
            // build (the list readers' code and the loader's limits are part of the key).
            var key = string.Join(
                '\n',
                "files " + Lists.ContentHash.OfPaths(lists),
                "readers " + typeof(Lists.ListLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
                "limits " + ListFiles.Loader.Limits);
            var cached = await cache.GetOrBuildAsync(
                matcher,
                key,
                _ => Task.FromResult<IReadOnlyList<ListedEntity>>(
                    [.. Terminal.Progress.Status().Start("Reading list files…", _ => ListFiles.Load(lists)).SelectMany(s => s.Entities)]),
                cancellationToken: ct);
            Report(cached, cache);
            return cached.Index;
        }

        await using var cordon = await global.OpenAsync(parse, ct);
        var catalog = await cordon.Catalog.GetIndexAsync(matcher.Algorithm, ct);
        if (catalog.Versions.Count == 0)
        {
            throw new UserInputException("no lists are stored: import some with 'cordon lists import PATH', or give --list PATH.");
        }

        return catalog.Index;
    }

    private static void Report(CachedIndex cached, ScreeningIndexCache cache)
    {
        if (cached.FromSnapshot)
        {
            Console.Error.WriteLine($"screening index loaded from its snapshot in {cache.Folder}");
            return;
        }

        Console.Error.WriteLine($"screening index built ({cached.RebuildReason})");
        if (cached.SaveError is not null)
        {
            Console.Error.WriteLine($"warning: could not save the screening index snapshot in {cache.Folder}: {cached.SaveError}");
        }
    }

    /// <summary>$CORDON_INDEX_CACHE, else the user's cache folder (XDG base directories).</summary>
    private static string DefaultIndexCache()
    {
        if (GlobalOptions.Setting("Cordon:IndexCache") is { } configured)
        {
            return configured;
        }

        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "cordon", "screening-index");
    }
}
