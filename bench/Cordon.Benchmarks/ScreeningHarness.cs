using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Matching;

namespace Cordon.Benchmarks;

/// <summary>
/// Loads every shared list together, builds one screening index and measures index build time, memory, single-query
/// latency (median, p95, p99) over varied queries (list names with perturbations, and clean names), and batch
/// throughput with <c>Parallel.ForEach</c> on two cores. Options: <c>--queries N</c> (default 4000), <c>--batch N</c>
/// (default 20000).
/// </summary>
public sealed class ScreeningHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "screen";

    /// <inheritdoc/>
    public string Description => "screening index over all shared lists: build time, memory, query latency, batch throughput";

    /// <inheritdoc/>
    public Task<int> RunAsync(string[] args)
    {
        var queryCount = Option(args, "--queries", 4000);
        var batchCount = Option(args, "--batch", 20000);

        var load = Stopwatch.StartNew();
        var entities = new List<ListedEntity>();
        foreach (var folder in Directory.GetDirectories(SharedData.Path("lists")).Order(StringComparer.Ordinal))
        {
            var result = ListLoader.Default.Load(folder);
            foreach (var snapshot in result.Snapshots)
            {
                entities.AddRange(snapshot.Entities);
                Console.WriteLine($"  {Path.GetFileName(folder),-26} {snapshot.ListId,-10} {snapshot.Entities.Count,7:N0} entries");
            }
        }

        load.Stop();
        var names = entities.Sum(e => 1 + e.Aliases.Count);
        Console.WriteLine($"lists loaded: {entities.Count:N0} entries, {names:N0} names (primary + aliases) in {load.Elapsed.TotalSeconds:0.0} s");

        var algorithms = OptionText(args, "--algorithm") is { } chosen ? [chosen] : MatchingAlgorithms.Names;
        var queries = MakeQueries(entities, queryCount);
        Console.WriteLine($"queries: {queries.Count:N0} ({queries.Count(q => q.Listed):N0} perturbed list names, {queries.Count(q => !q.Listed):N0} clean names)");

        // Every algorithm in the same run, on the same queries: their figures are comparable on a loaded machine.
        foreach (var algorithm in algorithms)
        {
            Measure(MatchingAlgorithms.Get(algorithm), entities, queries, batchCount);
        }

        return Task.FromResult(0);
    }

    private static void Measure(Matcher matcher, List<ListedEntity> entities, List<(ScreeningSubject Subject, bool Listed)> queries, int batchCount)
    {
        Console.WriteLine();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var index = matcher.BuildIndex(entities);
        build.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"algorithm: {matcher.Algorithm}, threshold {matcher.DefaultThreshold:0.00}");
        Console.WriteLine($"index build: {build.Elapsed.TotalSeconds:0.00} s for {index.EntityCount:N0} entries, {index.NameCount:N0} indexed names");
        Console.WriteLine($"memory: index {(after - before) / 1048576.0:0} MB managed (GC.GetTotalMemory delta); working set {process.WorkingSet64 / 1048576.0:0} MB");


        // Warm-up: JIT and tiered compilation, caches.
        foreach (var q in queries.Take(500))
        {
            index.Screen(q.Subject);
        }

        var latencies = new double[queries.Count];
        var hits = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var matches = index.Screen(queries[i].Subject);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (queries[i].Listed && matches.Count > 0)
            {
                hits++;
            }
        }

        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single query: median {Percentiles.NearestRank(latencies, 0.50):0.000} ms, p95 {Percentiles.NearestRank(latencies, 0.95):0.000} ms, p99 {Percentiles.NearestRank(latencies, 0.99):0.000} ms, max {latencies[^1]:0.000} ms"));
        Console.WriteLine($"  (perturbed list names with at least one match: {hits:N0} of {queries.Count(q => q.Listed):N0})");

        var batch = Enumerable.Range(0, batchCount).Select(i => queries[i % queries.Count].Subject).ToList();
        var found = new ConcurrentBag<int>();
        var throughput = Stopwatch.StartNew();
        Parallel.ForEach(
            Partitioner.Create(0, batch.Count, 256),
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            range =>
            {
                var local = 0;
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    local += index.Screen(batch[i]).Count;
                }

                found.Add(local);
            });
        throughput.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batch: {batch.Count:N0} names in {throughput.Elapsed.TotalSeconds:0.00} s on 2 threads = {batch.Count / throughput.Elapsed.TotalSeconds:N0} names/s ({found.Sum():N0} matches)"));
    }

    internal static List<(ScreeningSubject Subject, bool Listed)> MakeQueries(List<ListedEntity> entities, int count)
    {
        // Fixed seed: the same queries on every run.
        var random = new Random(20260101);
        var queries = new List<(ScreeningSubject, bool)>(count);
        var clean = File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "eval", "clean-names.csv"))
            .Skip(1)
            .Select(line => line.Split(',')[1].Trim('"'))
            .Where(n => n.Length > 0)
            .ToList();
        while (queries.Count < count)
        {
            if (queries.Count % 3 == 2 && clean.Count > 0)
            {
                queries.Add((new ScreeningSubject { Name = clean[random.Next(clean.Count)] }, false));
                continue;
            }

            var entity = entities[random.Next(entities.Count)];
            var name = entity.Aliases.Count > 0 && random.Next(3) == 0 ? entity.Aliases[random.Next(entity.Aliases.Count)].Name : entity.PrimaryName;
            queries.Add((new ScreeningSubject { Name = Perturb(name, random) }, true));
        }

        return queries;
    }

    private static string Perturb(string name, Random random)
    {
        var words = name.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        switch (random.Next(5))
        {
            case 0 when words.Count > 1:
                // Family name moved to the end.
                words.Add(words[0]);
                words.RemoveAt(0);
                break;
            case 1:
                // One typing error in the longest word.
                var longest = words.OrderByDescending(w => w.Length).First();
                if (longest.Length > 4)
                {
                    var at = random.Next(1, longest.Length - 1);
                    words[words.IndexOf(longest)] = longest.Remove(at, 1);
                }

                break;
            case 2 when words.Count > 2:
                // Two words joined.
                words[1] += words[2].ToLowerInvariant();
                words.RemoveAt(2);
                break;
            case 3:
                return name.ToLowerInvariant();
            default:
                break;
        }

        return string.Join(' ', words);
    }

    private static string? OptionText(string[] args, string name)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == name)
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }
}
