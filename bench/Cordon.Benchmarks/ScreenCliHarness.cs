using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Benchmarks;

/// <summary>
/// <c>cordon screen</c> end to end, as a user runs it: a new process per run (start, list files read, index built or
/// its snapshot loaded, every name screened, results written) on a CSV of names made like the <c>screen</c> harness's
/// queries (fixed seed) from OFAC SDN 2021-07, UN, US CSL 2022-04 and OFAC non-SDN. Options: <c>--names N</c> (default
/// 20000), <c>--runs N</c> (default 3), <c>--cordon PATH</c> (the cordon.dll to run; default the one beside this
/// harness), <c>--folder DIR</c> (keep the input, results and snapshot cache there), <c>--no-snapshot</c> (pass <c>--no-index-cache</c>: build the index in every run).
/// </summary>
public sealed class ScreenCliHarness : IHarness
{
    private static readonly string[] Lists = ["ofac-sdn-2021-07", "un", "us-csl-2022-04", "ofac-consolidated-nonsdn"];

    /// <inheritdoc/>
    public string Name => "screen-cli";

    /// <inheritdoc/>
    public string Description => "cordon screen end to end (new process, lists read, 20,000 names): names/s";

    /// <inheritdoc/>
    public async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--names") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 20_000;
        var runs = Option(args, "--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
        var cordon = Option(args, "--cordon") ?? Path.Combine(AppContext.BaseDirectory, "cordon.dll");
        var noSnapshot = args.Contains("--no-snapshot");
        var kept = Option(args, "--folder");
        var folder = kept is null ? Directory.CreateTempSubdirectory("cordon-screen-cli-").FullName : Directory.CreateDirectory(kept).FullName;
        try
        {
            var entities = new List<ListedEntity>();
            foreach (var list in Lists)
            {
                entities.AddRange(ListLoader.Default.Load(SharedData.Path("lists", list)).Snapshots.SelectMany(s => s.Entities));
            }

            var input = Path.Combine(folder, "names.csv");
            var text = new StringBuilder("id,name\n");
            var queries = ScreeningHarness.MakeQueries(entities, count);
            for (var i = 0; i < queries.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"q{i},\"{queries[i].Subject.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
            }

            await File.WriteAllTextAsync(input, text.ToString());
            Console.WriteLine($"{queries.Count:N0} names ({queries.Count(q => q.Listed):N0} perturbed list names) against {string.Join(" + ", Lists)}; {cordon}");
            var arguments = new List<string> { cordon, "screen", "--input", input, "--output", Path.Combine(folder, "results.csv") };
            foreach (var list in Lists)
            {
                arguments.AddRange(["--list", SharedData.Path("lists", list)]);
            }

            if (noSnapshot)
            {
                arguments.Add("--no-index-cache");
            }

            var seconds = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = folder };
                foreach (var a in arguments)
                {
                    start.ArgumentList.Add(a);
                }

                // The snapshot cache lives under the folder of this run only, so the first run starts without one.
                start.Environment["XDG_CACHE_HOME"] = Path.Combine(folder, "cache");
                var watch = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                watch.Stop();
                if (process.ExitCode != 0)
                {
                    Console.WriteLine($"cordon screen failed ({process.ExitCode}): {await stderr}");
                    return 1;
                }

                seconds.Add(watch.Elapsed.TotalSeconds);
                var summary = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.Contains("screened", StringComparison.Ordinal));
                _ = await stdout;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: {watch.Elapsed.TotalSeconds:0.00} s = {queries.Count / watch.Elapsed.TotalSeconds:N0} names/s; {summary?.Trim()}"));
            }

            var results = await File.ReadAllLinesAsync(Path.Combine(folder, "results.csv"));
            Console.WriteLine($"result lines (last run): {results.Length - 1:N0}");
            seconds.Sort();
            var median = Percentiles.NearestRank(seconds, 0.5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of {runs}: {median:0.00} s = {queries.Count / median:N0} names/s (best {seconds[0]:0.00} s)"));
            return 0;
        }
        finally
        {
            if (kept is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
