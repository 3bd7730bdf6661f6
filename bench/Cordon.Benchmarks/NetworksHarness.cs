using System.Diagnostics;
using System.Globalization;
using Cordon.Core;
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

        // Generation is not linking. Slices are generated (and parsed) on both cores at once, their keys extracted on both
        // cores (timed) and handed to the linker as they come, so neither the raw records nor the extracted keys of the
        // whole population are ever held: only what the linker keeps. The build's own time is its wall time minus the time
        // spent inside the source (generation and extraction), which is measured there.
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var extra = new List<ApplicationRecord>(adds);
        var generate = new Stopwatch();
        var extract = new Stopwatch();
        var linked = 0;
        IEnumerable<RecordKeys> Source()
        {
            var parallelSlices = Math.Max(1, Environment.ProcessorCount);
            var total = count + adds;
            var slices = (total + Chunk - 1) / Chunk;
            for (var first = 0; first < slices; first += parallelSlices)
            {
                generate.Start();
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
                generated = null;
                var linkCount = Math.Max(0, Math.Min(records.Length, count - linked));
                extra.AddRange(records.Skip(linkCount).Take(adds - extra.Count));
                generate.Stop();

                extract.Start();
                var extracted = new RecordKeys[linkCount];
                Parallel.For(0, extracted.Length, i => extracted[i] = LinkKeyExtractor.Extract(records[i], options));
                extract.Stop();

                // The generated batch is garbage from here: collected now, so the peak working set is the linker's and
                // one batch's, not whatever the collector left lying around.
                generate.Start();
                records = null;
                GC.Collect();
                generate.Stop();
                Console.Error.Write($"\rgenerated {linked + linkCount + extra.Count:N0} records (generation {generate.Elapsed.TotalSeconds:0} s, extraction {extract.Elapsed.TotalSeconds:0} s)");
                foreach (var keys in extracted)
                {
                    linked++;
                    yield return keys;
                }
            }
        }

        var wall = Stopwatch.StartNew();
        var linker = NetworkLinker.Build(Source(), options);
        wall.Stop();
        Console.Error.WriteLine();
        var build = wall.Elapsed - generate.Elapsed - extract.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var groups = linker.Groups();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"records {count:N0}: key extraction {extract.Elapsed.TotalSeconds:0.0} s ({Environment.ProcessorCount} threads), build {build.TotalSeconds:0.0} s, linking total {(extract.Elapsed + build).TotalSeconds:0.0} s; {groups.Count:N0} groups with {groups.Sum(g => g.Members.Count):N0} records"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: linker (managed, after build) {(after - baseline) / 1048576.0:N0} MiB, process peak working set {peak / 1048576.0:N0} MiB (includes one generated batch of {Math.Min(count, Chunk * Environment.ProcessorCount):N0} records); generation took {generate.Elapsed.TotalSeconds:0} s"));

        // Linking and describing are timed apart: describing a group (members, links, explanation) costs as much as the
        // group is large, and the product describes once per batch, after linking.
        var latencies = new List<double>(extra.Count);
        var linking = new List<double>(extra.Count);
        var describing = new List<double>(extra.Count);
        var recomputations = linker.Recomputations;
        foreach (var record in extra)
        {
            var watch = Stopwatch.StartNew();
            linker.Link(record);
            var linkedAt = watch.Elapsed.TotalMilliseconds;
            _ = linker.GroupOf(record.Id);
            var total = watch.Elapsed.TotalMilliseconds;
            latencies.Add(total);
            linking.Add(linkedAt);
            describing.Add(total - linkedAt);
        }

        string Summary(List<double> values)
        {
            values.Sort();
            double At(double q) => Percentiles.NearestRank(values, q);
            return string.Create(CultureInfo.InvariantCulture, $"median {At(0.5):0.00} ms, p90 {At(0.9):0.00} ms, p99 {At(0.99):0.00} ms, max {values[^1]:0.0} ms");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"incremental Add of {latencies.Count:N0} new records into {count:N0}: {Summary(latencies)}; full recomputations {linker.Recomputations - recomputations}"));
        Console.WriteLine($"  of which Link (linking alone): {Summary(linking)}");
        Console.WriteLine($"  of which GroupOf (describing the new record's group): {Summary(describing)}");
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
