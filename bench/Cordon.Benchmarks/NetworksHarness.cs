using System.Diagnostics;
using System.Globalization;
using Cordon.Intelligence;
using Cordon.Networks;
using Cordon.Risk;
using Cordon.Risk.Synthetic;

namespace Cordon.Benchmarks;

/// <summary>
/// Network linking at scale: key extraction and a full build over a large synthetic population (made of 100,000-record
/// populations with distinct seeds and id prefixes, so ids never collide while shared infrastructure — forwarders, VPN
/// pools, résumé templates — recurs as it would), peak memory, then the latency of linking one more record.
/// </summary>
public sealed class NetworksHarness : IHarness
{
    private const int Chunk = 100_000;

    /// <inheritdoc/>
    public string Name => "networks";

    /// <inheritdoc/>
    public string Description => "network linking: full build of N records (default 1,000,000) with memory, then incremental Add latency";

    /// <inheritdoc/>
    public Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--records", 1_000_000);
        var adds = Option(args, "--adds", 1_000);
        var options = NetworkLinkerOptions.For(IpIntelligence.Load(IpDataFiles.FromSharedLayout(SharedData.Path())));

        // Generation is not linking. Slices are generated (and parsed) on every core at once, then their keys extracted on
        // every core (timed), and the raw records dropped: only keys are held, as the linker holds them.
        var keys = new List<RecordKeys>(count);
        var extra = new List<ApplicationRecord>(adds);
        var generate = Stopwatch.StartNew();
        var extract = new Stopwatch();
        var parallelSlices = Math.Max(1, Environment.ProcessorCount);
        var total = count + adds;
        var slices = (total + Chunk - 1) / Chunk;
        for (var first = 0; first < slices; first += parallelSlices)
        {
            var batch = Enumerable.Range(first, Math.Min(parallelSlices, slices - first)).ToArray();
            var generated = new ApplicationRecord[batch.Length][];
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelSlices }, b =>
            {
                var chunk = batch[b];
                var size = Math.Min(Chunk, total - (chunk * Chunk));
                var prefix = string.Create(CultureInfo.InvariantCulture, $"c{chunk:D2}-");
                var population = PopulationGenerator.Generate(Math.Max(size, 10), PopulationGenerator.DefaultSeed + chunk);
                generated[b] = [.. population.Applications.Take(size).Select(a => Prefixed(Trusted(a.Json), prefix))];
            });

            var records = generated.SelectMany(r => r).ToArray();
            var linkCount = Math.Max(0, Math.Min(records.Length, count - keys.Count));
            var extracted = new RecordKeys[linkCount];
            extract.Start();
            Parallel.For(0, extracted.Length, i => extracted[i] = LinkKeyExtractor.Extract(records[i], options));
            extract.Stop();
            keys.AddRange(extracted);
            extra.AddRange(records.Skip(linkCount).Take(adds - extra.Count));
            Console.Error.Write($"\rgenerated {keys.Count + extra.Count:N0} records ({generate.Elapsed.TotalSeconds:0} s)");
        }

        generate.Stop();
        Console.Error.WriteLine();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var linker = NetworkLinker.Build(keys, options);
        build.Stop();
        var groups = linker.Groups();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"records {count:N0}: key extraction {extract.Elapsed.TotalSeconds:0.0} s ({Environment.ProcessorCount} threads), build {build.Elapsed.TotalSeconds:0.0} s, linking total {(extract.Elapsed + build.Elapsed).TotalSeconds:0.0} s; {groups.Count:N0} groups with {groups.Sum(g => g.Members.Count):N0} records"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: linker index {(after - before) / 1048576.0:N0} MiB (managed, after build), process peak working set {peak / 1048576.0:N0} MiB (includes the generated keys and records); generation took {generate.Elapsed.TotalSeconds:0} s"));

        var latencies = new List<double>(extra.Count);
        var recomputations = linker.Recomputations;
        foreach (var record in extra)
        {
            var watch = Stopwatch.StartNew();
            linker.Add(record);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        double At(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"incremental Add of {latencies.Count:N0} new records into {count:N0}: median {At(0.5):0.00} ms, p90 {At(0.9):0.00} ms, p99 {At(0.99):0.00} ms, max {latencies[^1]:0.0} ms; full recomputations {linker.Recomputations - recomputations}"));
        return Task.FromResult(0);
    }

    /// <summary>
    /// Maps a generated record without validating it against the schema: the generator's output is validated by its own
    /// tests, and schema validation (about a millisecond a record) would make generating a million records take longer
    /// than linking them.
    /// </summary>
    private static ApplicationRecord Trusted(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return RecordMapper.Map(document.RootElement.Clone());
    }

    private static ApplicationRecord Prefixed(ApplicationRecord record, string prefix) =>
        record with { Id = prefix + record.Id, ReferredBy = record.ReferredBy is null ? null : prefix + record.ReferredBy };

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
