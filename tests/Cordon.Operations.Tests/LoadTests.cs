using Cordon.Benchmarks;

namespace Cordon.Operations.Tests;

/// <summary>
/// The load run of <c>bench/Cordon.Benchmarks -- load</c>, small: two servers on one PostgreSQL database under concurrent
/// screening, assessment, TAXII adds and reads and alert reads answer every request, and every acknowledged assessment is stored.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class LoadTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Two_instances_under_mixed_concurrent_load_answer_every_request_without_error()
    {
        var run = new LoadRun
        {
            AdminConnectionString = cluster.AdminConnectionString,
            CordonDll = Path.Combine(AppContext.BaseDirectory, "cordon.dll"),
            Instances = 2,
            Concurrency = 6,
            MaxRequests = 300,
            Duration = TimeSpan.FromSeconds(90),
        };

        var report = await run.RunAsync();

        Assert.True(report.Errors == 0, string.Join("; ", report.FirstErrors));
        Assert.True(report.Requests >= 100, $"only {report.Requests} requests were answered");
        Assert.Equal(LoadRun.Mix.Length, report.Operations.Count);
        Assert.Equal(report.AcknowledgedAssessments, report.StoredAssessments);
    }
}
