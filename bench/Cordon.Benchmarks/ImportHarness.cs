using System.Diagnostics;
using System.Globalization;
using Cordon.Lists;
using Cordon.Storage;
using Cordon.Storage.Postgres;
using Cordon.Storage.Sqlite;
using Npgsql;

namespace Cordon.Benchmarks;

/// <summary>
/// Parses OFAC SDN 2021-07 (8,976 entries) and saves it as a new list version into a fresh SQLite file, and into a
/// fresh PostgreSQL database when <c>CORDON_TEST_POSTGRES</c> names a server. Options: <c>--iterations N</c> (default 7).
/// </summary>
public sealed class ImportHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "import";

    /// <inheritdoc/>
    public string Description => "parse SDN 2021-07 and save it to a fresh SQLite (and PostgreSQL) store";

    /// <inheritdoc/>
    public async Task<int> RunAsync(string[] args)
    {
        var iterations = 7;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--iterations")
            {
                iterations = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var path = SharedData.Path("lists", "ofac-sdn-2021-07");
        var postgres = Environment.GetEnvironmentVariable("CORDON_TEST_POSTGRES");
        Console.WriteLine($"input: {path}");
        Console.WriteLine($"iterations: {iterations} (the first, cold, is reported apart and left out of median/min)");

        var targets = new List<(string Name, Func<Task<(ICordonStore Store, Func<Task> Cleanup)>> Create)>
        {
            ("sqlite", CreateSqliteAsync),
        };
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            targets.Add(("postgresql", () => CreatePostgresAsync(postgres)));
        }
        else
        {
            Console.WriteLine("postgresql: skipped (CORDON_TEST_POSTGRES not set; see scripts/postgres.sh)");
        }

        foreach (var (name, create) in targets)
        {
            var parse = new List<double>();
            var store = new List<double>();
            var read = new List<double>();
            var entities = 0;
            for (var i = 0; i < iterations; i++)
            {
                var (target, cleanup) = await create();
                try
                {
                    await target.MigrateAsync();
                    var watch = Stopwatch.StartNew();
                    var snapshot = ListLoader.Default.Load(path).Snapshots.Single();
                    parse.Add(watch.Elapsed.TotalMilliseconds);

                    watch.Restart();
                    var version = await target.SaveListVersionAsync(snapshot, DateTimeOffset.UtcNow);
                    store.Add(watch.Elapsed.TotalMilliseconds);

                    watch.Restart();
                    entities = (await target.GetEntitiesAsync(version.Id)).Count;
                    read.Add(watch.Elapsed.TotalMilliseconds);
                    if (entities != snapshot.Entities.Count)
                    {
                        Console.WriteLine($"{name}: read back {entities} entries of {snapshot.Entities.Count}");
                        return 1;
                    }
                }
                finally
                {
                    await target.DisposeAsync();
                    await cleanup();
                }
            }

            var total = parse.Zip(store, (p, s) => p + s).ToList();
            Console.WriteLine();
            Console.WriteLine($"{name}: {entities} entries");
            Console.WriteLine($"  {"",-22}{"cold",10}{"median",10}{"min",10}");
            Row("parse (ms)", parse);
            Row("store (ms)", store);
            Row("parse + store (ms)", total);
            Row("read back (ms)", read);
        }

        return 0;
    }

    private static void Row(string label, List<double> values)
    {
        var warm = values.Count > 1 ? values.Skip(1).Order().ToList() : values;
        var median = warm.Count % 2 == 1 ? warm[warm.Count / 2] : (warm[(warm.Count / 2) - 1] + warm[warm.Count / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-22}{values[0],10:F0}{median,10:F0}{warm[0],10:F0}"));
    }

    private static Task<(ICordonStore, Func<Task>)> CreateSqliteAsync()
    {
        var folder = Directory.CreateTempSubdirectory("cordon-bench-");
        ICordonStore store = new SqliteCordonStore(Path.Combine(folder.FullName, "cordon.db"));
        return Task.FromResult<(ICordonStore, Func<Task>)>((store, () =>
        {
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        }));
    }

    private static async Task<(ICordonStore, Func<Task>)> CreatePostgresAsync(string admin)
    {
        var name = "cordon_bench_" + Guid.NewGuid().ToString("N");
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
