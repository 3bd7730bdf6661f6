using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cordon.Core;
using Cordon.Hub;
using Cordon.Stix.Markings;
using Cordon.Storage;
using Cordon.Storage.Postgres;
using Cordon.Storage.Sqlite;
using Npgsql;

namespace Cordon.Benchmarks;

/// <summary>
/// The sharing hub at scale: N indicators added in envelopes (each parsed and checked like a TAXII add, stored in one
/// transaction with its status), then every one paged out through the hub's objects endpoint logic at a fixed limit, as a
/// partner organisation (so the TLP/sharing-group rule and the signed cursors are in the path). SQLite, and PostgreSQL
/// when CORDON_TEST_POSTGRES is set.
/// </summary>
internal sealed class HubHarness : IHarness
{
    private const string Collection = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    public string Name => "hub";

    public string Description => "sharing hub: add N STIX indicators in envelopes, then page them all out over the TAXII read path (--indicators 1000000 --envelope 1000 --limit 1000 [--only sqlite|postgresql])";

    public async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--indicators", 1_000_000);
        var envelope = Option(args, "--envelope", 1000);
        var limit = Option(args, "--limit", 1000);
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var targets = new List<(string Name, Func<Task<(ICordonStore, Func<Task>)>> Create)>();
        if (only is null or "sqlite")
        {
            targets.Add(("sqlite", CreateSqliteAsync));
        }

        if ((only is null or "postgresql") && Environment.GetEnvironmentVariable("CORDON_TEST_POSTGRES") is { Length: > 0 } postgres)
        {
            targets.Add(("postgresql", () => CreatePostgresAsync(postgres)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} indicators, {envelope:N0} per envelope, pages of {limit:N0}"));
        foreach (var (name, create) in targets)
        {
            var (store, cleanup) = await create();
            try
            {
                await using (store)
                {
                    await RunOneAsync(name, store, count, envelope, limit);
                }
            }
            finally
            {
                await cleanup();
            }
        }

        return 0;
    }

    private static async Task RunOneAsync(string provider, ICordonStore store, int count, int envelopeSize, int limit)
    {
        await store.MigrateAsync();
        await store.SaveHubApiRootAsync(new HubApiRoot("bench", "Bench", null, 100_000_000));
        await store.SaveHubCollectionAsync(new HubCollectionInfo(Collection, "bench", "Bench", null, null, [TaxiiMediaTypes.Stix21]));
        await store.SetHubCollectionRightAsync(new HubCollectionRight(Collection, "org-a", true, true));
        await store.SetHubCollectionRightAsync(new HubCollectionRight(Collection, "org-b", true, false));
        await store.SaveHubSharingGroupAsync(new HubSharingGroup("g", "group", ["org-a", "org-b"]));
        var hub = new SharingHub(store, options: new SharingHubOptions { MaxPageSize = limit, MaxObjectsPerEnvelope = envelopeSize });
        var writer = new HubCaller("org-a", "bench", MayWrite: true);
        var reader = new HubCaller("org-b", "bench", MayWrite: false);

        var add = Stopwatch.StartNew();
        var envelopes = new List<double>();
        for (var start = 0; start < count; start += envelopeSize)
        {
            var body = Envelope(start, Math.Min(envelopeSize, count - start));
            var one = Stopwatch.StartNew();
            var status = await hub.AddObjectsAsync(writer, "bench", Collection, body);
            envelopes.Add(one.Elapsed.TotalMilliseconds);
            if (status.Failures.Count > 0)
            {
                throw new InvalidOperationException(status.Failures[0].Message);
            }
        }

        add.Stop();

        var page = Stopwatch.StartNew();
        var pages = new List<double>();
        var read = 0;
        string? next = null;
        do
        {
            var one = Stopwatch.StartNew();
            var result = await hub.GetObjectsAsync(reader, "bench", Collection, TaxiiFilter.None with { Limit = limit, Next = next });
            var bytes = result.Objects.Sum(o => o.Json!.Length);
            pages.Add(one.Elapsed.TotalMilliseconds);
            read += result.Objects.Count;
            next = result.Next;
            GC.KeepAlive(bytes);
        }
        while (next is not null);

        page.Stop();
        if (read != count)
        {
            throw new InvalidOperationException($"paged out {read} of {count} indicators");
        }

        Console.WriteLine(provider);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  add:    {add.Elapsed.TotalSeconds,8:F1} s  {count / add.Elapsed.TotalSeconds,10:N0} indicators/s  envelope median {Median(envelopes),7:F1} ms  p95 {Percentile(envelopes, 0.95),7:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  page:   {page.Elapsed.TotalSeconds,8:F1} s  {count / page.Elapsed.TotalSeconds,10:N0} indicators/s  page median {Median(pages),7:F1} ms  p95 {Percentile(pages, 0.95),7:F1} ms  ({pages.Count:N0} pages)"));
    }

    private static byte[] Envelope(int start, int size)
    {
        var text = new StringBuilder(size * 420).Append("{\"objects\":[");
        for (var i = 0; i < size; i++)
        {
            var n = start + i;
            if (i > 0)
            {
                text.Append(',');
            }

            // Deterministic ids (so runs are comparable), one value per indicator, every TLP level that a partner reads.
            var id = new Guid(n, 0x1234, 0x4321, 0x80, 0, 0, 0, 0, 0, 0, 1).ToString();
            var marking = (n % 3) switch { 0 => TlpMarkings.GreenId, 1 => TlpMarkings.ClearId, _ => TlpMarkings.AmberId };
            text.Append(CultureInfo.InvariantCulture, $$"""
                {"type":"indicator","spec_version":"2.1","id":"indicator--{{id}}","created":"2026-11-01T09:00:00.000Z","modified":"2026-11-01T09:00:00.000Z","name":"Front-company mailbox","pattern":"[email-addr:value = 'applicant{{n}}@front-{{n % 997}}.example']","pattern_type":"stix","valid_from":"2026-11-01T09:00:00Z","object_marking_refs":["{{marking}}"]}
                """);
        }

        return Encoding.UTF8.GetBytes(text.Append("]}").ToString());
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p) => Percentiles.NearestRank(values.Order().ToList(), p);

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static Task<(ICordonStore, Func<Task>)> CreateSqliteAsync()
    {
        var folder = Directory.CreateTempSubdirectory("cordon-bench-hub-");
        ICordonStore store = new SqliteCordonStore(Path.Combine(folder.FullName, "cordon.db"));
        return Task.FromResult<(ICordonStore, Func<Task>)>((store, () =>
        {
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        }));
    }

    private static async Task<(ICordonStore, Func<Task>)> CreatePostgresAsync(string admin)
    {
        var name = "cordon_bench_hub_" + Guid.NewGuid().ToString("N");
        await Execute(admin, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return (new PostgresCordonStore(connectionString), () => Execute(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
