using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Risk.Synthetic;
using Cordon.Screening;
using Cordon.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Cordon.Benchmarks;

/// <summary>
/// Risk assessment speed on the labelled synthetic population: batch throughput as <c>cordon assess</c> runs it,
/// and the latency of one record over REST against a real server on loopback.
/// </summary>
public sealed class AssessHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "assess";

    /// <inheritdoc/>
    public string Description => "risk assessment: batch records/s and REST latency per record (synthetic population)";

    /// <inheritdoc/>
    public async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--records", 10_000);
        var requests = Option(args, "--requests", count);
        var population = PopulationGenerator.Generate(count, PopulationGenerator.DefaultSeed);
        var records = population.Applications.Select(a => a.Json).ToList();
        var setup = RiskSetup.Load(SharedData.Path(), null);
        var entities = new[] { "ofac-sdn-2021-07", "un" }
            .SelectMany(l => ListLoader.Default.Load(SharedData.Path("lists", l)).Snapshots)
            .SelectMany(s => s.Entities)
            .ToList();
        var engine = AssessmentService.CreateEngine(setup, Matching.Matcher.Default.BuildIndex(entities), Risk.RiskContext.WalletsOf(entities), TimeProvider.System);
        Console.WriteLine($"population: {records.Count:N0} records; sanctions: {entities.Count:N0} entries (OFAC SDN 2021-07 + UN); intelligence: shared/data");

        Cordon.Assessments.AssessmentPipeline.Assess(engine, records.Take(500).ToList(), link: false);
        var runs = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var outcomes = Cordon.Assessments.AssessmentPipeline.Assess(engine, records, link: false);
            runs.Add(watch.Elapsed.TotalSeconds);
            if (outcomes.Any(o => o.Assessment is null))
            {
                Console.WriteLine("error: generated records were rejected");
                return 1;
            }
        }

        runs.Sort();
        var read = Stopwatch.StartNew();
        var parsed = new Risk.ApplicationRecord[records.Count];
        Parallel.For(0, records.Count, i => parsed[i] = Risk.ApplicationReader.Read(records[i]).Record!);
        read.Stop();
        var assess = Stopwatch.StartNew();
        engine.AssessBatch(parsed);
        assess.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"of which: reading and schema validation {read.Elapsed.TotalSeconds:0.00} s (2 threads), rules {assess.Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch (validate + assess {records.Count:N0} records, 3 runs): median {runs[1]:0.00} s = {records.Count / runs[1]:N0} records/s; best {records.Count / runs[0]:N0} records/s"));

        var folder = Directory.CreateTempSubdirectory("cordon-bench-assess-").FullName;
        try
        {
            await using var cordon = await CordonServices.OpenAsync(null, folder, null, setup);
            await cordon.Importer.ImportAsync(new[] { "ofac-sdn-2021-07", "un" }.SelectMany(l => ListLoader.Default.Load(SharedData.Path("lists", l)).Snapshots).ToList());
            await using var app = CordonWebApplication.Build(cordon, [], builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            for (var i = 0; i < 200; i++)
            {
                await Post(client, records[i % records.Count]);
            }

            var latencies = new List<double>(requests);
            var total = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                await Post(client, records[i % records.Count]);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }

            total.Stop();
            latencies.Sort();
            double At(double q) => Percentiles.NearestRank(latencies, q);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"REST POST /api/assessments (one record each, stored in SQLite, {requests:N0} sequential requests on loopback): median {At(0.5):0.00} ms, p95 {At(0.95):0.00} ms, p99 {At(0.99):0.00} ms; {requests / total.Elapsed.TotalSeconds:N0} requests/s"));
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory: working set {Environment.WorkingSet / 1024 / 1024:N0} MB"));
        return 0;
    }

    private static async Task Post(HttpClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/assessments", content);
        response.EnsureSuccessStatusCode();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
