using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Cordon.Core;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Storage;
using Npgsql;

namespace Cordon.Benchmarks;

/// <summary>
/// A bounded load run on loopback: a fresh PostgreSQL database, several <c>cordon serve</c> processes on it, and concurrent
/// clients screening names, assessing application records, adding and reading STIX objects over TAXII and reading alerts,
/// spread over the instances, until a time or a request count is reached. Shared by the <c>load</c> harness and a small run
/// in the operations tests.
/// </summary>
public sealed class LoadRun
{
    /// <summary>Operations and their share of the requests.</summary>
    public static readonly (string Name, int Weight)[] Mix =
    [
        ("screen", 40),
        ("assess", 25),
        ("taxii-add", 10),
        ("taxii-read", 15),
        ("alerts", 10),
    ];

    private const string ApiRoot = "load";

    /// <summary>Admin connection string of the PostgreSQL server (a database is created on it and dropped at the end).</summary>
    public required string AdminConnectionString { get; init; }

    /// <summary>Path of <c>cordon.dll</c>.</summary>
    public required string CordonDll { get; init; }

    /// <summary>Server processes.</summary>
    public int Instances { get; init; } = 2;

    /// <summary>Concurrent clients.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>Longest the load lasts.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Most requests sent.</summary>
    public int MaxRequests { get; init; } = 20_000;

    /// <summary>Where progress goes.</summary>
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>Runs the load and returns what happened.</summary>
    public async Task<LoadReport> RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("cordon-load-").FullName;
        var database = await CreateDatabaseAsync();
        var servers = new List<Process>();
        try
        {
            var (key, collection, names) = await PrepareAsync(database, folder);
            var ports = new List<int>();
            for (var i = 0; i < Instances; i++)
            {
                var port = FreePort();
                ports.Add(port);
                servers.Add(StartServer(database, port, folder));
            }

            var clients = new List<HttpClient>();
            foreach (var port in ports)
            {
                var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
                clients.Add(client);
                await WaitReadyAsync(client, servers[clients.Count - 1]);
            }

            Log($"{Instances} instances ready on ports {string.Join(", ", ports)}; load: {Concurrency} clients, at most {MaxRequests:N0} requests or {Duration.TotalSeconds:0} s");
            var report = await DriveAsync(clients, collection, names);
            report.StoredAssessments = await ScalarAsync(database, "SELECT COUNT(*) FROM assessments");
            foreach (var client in clients)
            {
                client.Dispose();
            }

            return report;
        }
        finally
        {
            foreach (var server in servers)
            {
                if (!server.HasExited)
                {
                    server.Kill();
                }

                await server.WaitForExitAsync();
                server.Dispose();
            }

            NpgsqlConnection.ClearAllPools();
            await DropDatabaseAsync(database);
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<LoadReport> DriveAsync(IReadOnlyList<HttpClient> clients, string collection, IReadOnlyList<string> names)
    {
        var samples = File.ReadAllLines(Testing.SharedData.Path("..", "samples", "applications.jsonl"));
        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentDictionary<string, int>();
        var firstErrors = new ConcurrentQueue<string>();
        var sent = 0;
        var acknowledgedAssessments = 0;
        var clock = Stopwatch.StartNew();
        var totalWeight = Mix.Sum(m => m.Weight);
        var workers = Enumerable.Range(0, Concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var n = 0; ; n++)
            {
                var index = Interlocked.Increment(ref sent);
                if (index > MaxRequests || clock.Elapsed > Duration)
                {
                    return;
                }

                var client = clients[index % clients.Count];
                var pick = random.Next(totalWeight);
                var operation = Mix.First(m => (pick -= m.Weight) < 0).Name;
                using var request = operation switch
                {
                    "screen" => Json(HttpMethod.Post, "/api/screen", new JsonObject { ["name"] = names[random.Next(names.Count)] }.ToJsonString()),
                    "assess" => Json(HttpMethod.Post, "/api/assessments", WithId(samples[random.Next(samples.Length)], $"load-{worker}-{n}")),
                    "taxii-add" => Taxii(HttpMethod.Post, $"/taxii2/{ApiRoot}/collections/{collection}/objects/", Envelope(random)),
                    "taxii-read" => Taxii(HttpMethod.Get, $"/taxii2/{ApiRoot}/collections/{collection}/objects/?limit=20", null),
                    _ => new HttpRequestMessage(HttpMethod.Get, "/api/alerts"),
                };
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    latencies.GetOrAdd(operation, _ => []).Add(elapsed);
                    if (!response.IsSuccessStatusCode)
                    {
                        errors.AddOrUpdate(operation, 1, (_, c) => c + 1);
                        if (firstErrors.Count < 5)
                        {
                            firstErrors.Enqueue($"{operation}: {(int)response.StatusCode}");
                        }
                    }
                    else if (operation == "assess")
                    {
                        Interlocked.Increment(ref acknowledgedAssessments);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.AddOrUpdate(operation, 1, (_, c) => c + 1);
                    if (firstErrors.Count < 5)
                    {
                        firstErrors.Enqueue($"{operation}: {e.GetType().Name} {e.Message}");
                    }
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        clock.Stop();
        return new LoadReport(
            clock.Elapsed,
            latencies.ToDictionary(p => p.Key, p => OperationStats.Of([.. p.Value], errors.GetValueOrDefault(p.Key))),
            errors.Values.Sum(),
            [.. firstErrors])
        {
            AcknowledgedAssessments = acknowledgedAssessments,
        };
    }

    private async Task<(string Key, string Collection, IReadOnlyList<string> Names)> PrepareAsync(string database, string folder)
    {
        await using var cordon = await CordonServices.OpenAsync(database, folder);
        var snapshots = new[] { "ofac-sdn-2021-07", "un" }.SelectMany(l => ListLoader.Default.Load(Testing.SharedData.Path("lists", l)).Snapshots).ToList();
        await cordon.Importer.ImportAsync(snapshots);
        var accounts = new AccountService(cordon.Store, cordon.Store, cordon.Time);
        var user = await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "load-client", null, CordonRoles.Analyst, null);
        var key = await accounts.CreateApiKeyAsync(Actor.Operator, user.User.UserName, "load test");
        var collection = Guid.NewGuid().ToString();
        await cordon.Store.SaveHubApiRootAsync(new HubApiRoot(ApiRoot, "Load", "Load test", 10 << 20));
        await cordon.Store.SaveHubCollectionAsync(new HubCollectionInfo(collection, ApiRoot, "Load", null, null, ["application/stix+json;version=2.1"]));
        await cordon.Store.SetHubCollectionRightAsync(new HubCollectionRight(collection, Organisation.DefaultId, true, true));

        // Two names in three from the lists, with a letter dropped now and then; the rest clean names.
        var random = new Random(7);
        var listed = snapshots.SelectMany(s => s.Entities).Select(e => e.PrimaryName).Where(n => n.Length > 6).OrderBy(_ => random.Next()).Take(2000)
            .Select(n => random.Next(3) == 0 ? n.Remove(random.Next(n.Length), 1) : n);
        var clean = File.ReadLines(Path.Combine(Testing.SharedData.RepositoryRoot, "eval", "clean-names.csv")).Skip(1).Select(l => l.Split(',')[1]).Take(1000);
        return (key.Secret, collection, [.. listed, .. clean]);
    }

    private Process StartServer(string database, int port, string folder)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in new[] { CordonDll, "serve", "--urls", $"http://127.0.0.1:{port}", "--database", database, "--no-default-lists", "--rate-limit", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("CORDON_DATABASE");
        start.Environment["CORDON_DATA"] = Path.Combine(folder, "data");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && (line.StartsWith("fail", StringComparison.Ordinal) || line.StartsWith("crit", StringComparison.Ordinal)))
            {
                Log($"server {port}: {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitReadyAsync(HttpClient client, Process server)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !server.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("a cordon server did not become ready");
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, string body) =>
        new(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpRequestMessage Taxii(HttpMethod method, string path, string? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd("application/taxii+json;version=2.1");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
        }

        return request;
    }

    private static string WithId(string record, string id)
    {
        var node = JsonNode.Parse(record)!;
        node["id"] = id;
        return node.ToJsonString();
    }

    private static string Envelope(Random random)
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var objects = new JsonArray();
        for (var i = 0; i < 3; i++)
        {
            objects.Add(new JsonObject
            {
                ["type"] = "indicator",
                ["spec_version"] = "2.1",
                ["id"] = "indicator--" + Guid.NewGuid(),
                ["created"] = now,
                ["modified"] = now,
                ["name"] = "Load test address",
                ["pattern"] = $"[ipv4-addr:value = '198.51.{random.Next(256)}.{random.Next(256)}']",
                ["pattern_type"] = "stix",
                ["valid_from"] = now,
            });
        }

        return new JsonObject { ["objects"] = objects }.ToJsonString();
    }

    private async Task<string> CreateDatabaseAsync()
    {
        var name = "cordon_load_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    private async Task DropDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>What a load run measured.</summary>
/// <param name="Elapsed">Wall time of the load.</param>
/// <param name="Operations">Figures per operation.</param>
/// <param name="Errors">Requests that failed (non-2xx or no answer).</param>
/// <param name="FirstErrors">The first few failures, for diagnosis.</param>
public sealed record LoadReport(TimeSpan Elapsed, IReadOnlyDictionary<string, OperationStats> Operations, int Errors, IReadOnlyList<string> FirstErrors)
{
    /// <summary>Requests answered (successfully or not).</summary>
    public int Requests => Operations.Values.Sum(o => o.Count);

    /// <summary>Assessments the servers acknowledged with 200.</summary>
    public int AcknowledgedAssessments { get; init; }

    /// <summary>Assessment rows in the database after the run.</summary>
    public long StoredAssessments { get; set; }

    /// <summary>A table in Markdown.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| operation | requests | errors | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, stats) in Operations.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {stats.Count:N0} | {stats.Errors} | {stats.Count / Elapsed.TotalSeconds:0.0} | {stats.P50:0.0} | {stats.P95:0.0} | {stats.P99:0.0} |");
        }

        var all = OperationStats.Of([.. Operations.Values.SelectMany(o => o.Latencies)], Errors);
        text.AppendLine(CultureInfo.InvariantCulture, $"| **all** | **{Requests:N0}** | **{Errors}** | **{Requests / Elapsed.TotalSeconds:0.0}** | **{all.P50:0.0}** | **{all.P95:0.0}** | **{all.P99:0.0}** |");
        return text.ToString();
    }
}

/// <summary>Latency figures of one operation.</summary>
/// <param name="Latencies">Every latency, in milliseconds, sorted.</param>
/// <param name="Errors">Failures.</param>
public sealed record OperationStats(double[] Latencies, int Errors)
{
    /// <summary>Requests.</summary>
    public int Count => Latencies.Length;

    /// <summary>Median latency (ms).</summary>
    public double P50 => Percentile(0.50);

    /// <summary>95th percentile latency (ms).</summary>
    public double P95 => Percentile(0.95);

    /// <summary>99th percentile latency (ms).</summary>
    public double P99 => Percentile(0.99);

    /// <summary>Sorts a copy of the latencies.</summary>
    public static OperationStats Of(double[] latencies, int errors)
    {
        Array.Sort(latencies);
        return new OperationStats(latencies, errors);
    }

    private double Percentile(double p) => Percentiles.NearestRank(Latencies, p);
}
