namespace Cordon.Benchmarks;

/// <summary>
/// Two (or more) <c>cordon serve</c> instances on one PostgreSQL, loaded concurrently with screening, assessment, TAXII adds and
/// reads and alert reads (see <see cref="LoadRun"/>). Needs <c>CORDON_TEST_POSTGRES</c> (<c>eval "$(scripts/postgres.sh start)"</c>).
/// Options: <c>--instances N</c> (2), <c>--concurrency N</c> (16), <c>--seconds N</c> (60), <c>--requests N</c> (20000).
/// </summary>
public sealed class LoadHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "load";

    /// <inheritdoc/>
    public string Description => "two servers on one PostgreSQL under concurrent screening, assessment and TAXII load: throughput, p50/p95/p99, errors";

    /// <inheritdoc/>
    public async Task<int> RunAsync(string[] args)
    {
        var postgres = Environment.GetEnvironmentVariable("CORDON_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            Console.Error.WriteLine("load: set CORDON_TEST_POSTGRES (eval \"$(scripts/postgres.sh start)\")");
            return 2;
        }

        var run = new LoadRun
        {
            AdminConnectionString = postgres,
            CordonDll = Path.Combine(AppContext.BaseDirectory, "cordon.dll"),
            Instances = Option(args, "--instances", 2),
            Concurrency = Option(args, "--concurrency", 16),
            Duration = TimeSpan.FromSeconds(Option(args, "--seconds", 60)),
            MaxRequests = Option(args, "--requests", 20_000),
            Log = Console.WriteLine,
        };
        var report = await run.RunAsync();
        Console.WriteLine($"elapsed {report.Elapsed.TotalSeconds:0.0} s, {report.Requests:N0} requests, {report.Errors} errors; assessments acknowledged {report.AcknowledgedAssessments:N0}, stored {report.StoredAssessments:N0}");
        Console.Write(report.ToMarkdown());
        foreach (var error in report.FirstErrors)
        {
            Console.WriteLine("error: " + error);
        }

        return report.Errors == 0 ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
