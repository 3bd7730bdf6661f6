using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Cordon.Operations.Tests;

/// <summary>PostgreSQL stopped under a running server, then started again: 503 with Retry-After meanwhile, service again without a restart.</summary>
[Collection(OperationsTestGroup.Name)]
public sealed class DatabaseOutageTests(PostgresCluster cluster)
{
    private static readonly string[] Samples = File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"));

    [Fact]
    public async Task Requests_get_503_while_the_database_is_down_and_succeed_again_once_it_is_back()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        var key = await TestCredentials.CreateKeyAsync(database, folder.Path);
        await using (var importer = await Screening.CordonServices.OpenAsync(database, folder.Path))
        {
            // A list in force, so that the server is ready before and after the outage.
            await importer.Importer.ImportAsync(Cordon.Lists.ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots);
        }

        await using var server = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
        await server.WaitReadyAsync(TimeSpan.FromMinutes(1));
        (await server.Client.GetAsync("/api/lists")).EnsureSuccessStatusCode();

        HttpResponseMessage lists, assessment, ready, live;
        await cluster.StopAsync();
        try
        {
            lists = await server.Client.GetAsync("/api/lists");
            assessment = await server.Client.PostAsync("/api/assessments", new StringContent(Samples[0], Encoding.UTF8, "application/json"));
            // Probes come without credentials, as a load balancer's do.
            using var probe = new HttpClient { BaseAddress = server.Client.BaseAddress };
            ready = await probe.GetAsync("/health/ready");
            live = await probe.GetAsync("/health/live");
        }
        finally
        {
            await cluster.StartAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, lists.StatusCode);
        Assert.True(lists.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells clients when to come back");
        Assert.Equal("application/problem+json", lists.Content.Headers.ContentType?.MediaType);
        var problem = await lists.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("Database unavailable", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("Host=", await lists.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, assessment.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("database unavailable", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        // Pooled connections cut by the shutdown fail once each and are dropped; within a few tries the server serves again.
        var recovered = await EventuallyOkAsync(() => server.Client.GetAsync("/api/lists"), TimeSpan.FromSeconds(30));
        var stored = await EventuallyOkAsync(() => server.Client.PostAsync("/api/assessments", new StringContent(Samples[0], Encoding.UTF8, "application/json")), TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, recovered);
        Assert.Equal(HttpStatusCode.OK, stored);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/ready")).StatusCode);
        Assert.Contains("answered 503: database unavailable", server.Log);
        Assert.DoesNotContain("fail:", server.Log);
    }

    private static async Task<HttpStatusCode> EventuallyOkAsync(Func<Task<HttpResponseMessage>> request, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = HttpStatusCode.InternalServerError;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await request();
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                return last;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, last);
            await Task.Delay(200);
        }

        return last;
    }
}
