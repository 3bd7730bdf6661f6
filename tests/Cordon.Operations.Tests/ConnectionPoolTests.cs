using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Storage.Postgres;

namespace Cordon.Operations.Tests;

/// <summary>Issue 21 item 2: a bounded pool per instance, and an exhausted pool reported as such.</summary>
[Collection(OperationsTestGroup.Name)]
public sealed class ConnectionPoolTests(PostgresCluster cluster)
{
    [Theory]
    [InlineData("Host=db;Database=cordon", PostgresCordonStore.DefaultMaxPoolSize)]
    [InlineData("Host=db;Database=cordon;Maximum Pool Size=7", 7)]
    [InlineData("Host=db;Database=cordon;Timeout=5;Maximum Pool Size=150", 150)]
    [InlineData("postgresql://cordon@db/cordon?Maximum%20Pool%20Size=9", 9)]
    public async Task An_instance_opens_at_most_20_connections_unless_its_connection_string_says_otherwise(string database, int expected)
    {
        await using var store = Storage.CordonStore.Open(database, Path.GetTempPath());

        Assert.Equal(expected, ((PostgresCordonStore)store).MaxPoolSize);
    }

    [Fact]
    public async Task An_exhausted_pool_answers_503_with_its_own_title_and_metric_not_database_unavailable()
    {
        var database = await cluster.CreateDatabaseAsync() + ";Maximum Pool Size=2;Timeout=2";
        await using var server = await InProcessServer.StartAsync(database: database);
        var before = await MetricsText.ReadAsync(server.Client);

        HttpResponseMessage exhausted;
        // Each held lock keeps one pooled connection: two of them take the whole pool.
        await using (await server.Services.Store.AcquireLockAsync("pool-test-1"))
        await using (await server.Services.Store.AcquireLockAsync("pool-test-2"))
        {
            exhausted = await server.Client.GetAsync("/api/lists");
        }

        var after = await MetricsText.ReadAsync(server.Client);
        var served = await server.Client.GetAsync("/api/lists");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exhausted.StatusCode);
        Assert.True(exhausted.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await exhausted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Database connection pool exhausted", problem.GetProperty("title").GetString());
        Assert.Contains("every database connection it may open", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Host=", await exhausted.Content.ReadAsStringAsync());
        Assert.Equal(1, after.Sum("cordon_database_pool_exhausted_total") - before.Sum("cordon_database_pool_exhausted_total"));
        Assert.Equal(0, after.Sum("cordon_database_unavailable_total") - before.Sum("cordon_database_unavailable_total"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task A_database_that_is_away_is_still_database_unavailable_not_an_exhausted_pool()
    {
        var database = $"Host=127.0.0.1;Port={CordonProcesses.FreePort()};Username=cordon;Database=none;Timeout=2";
        await using var store = Storage.CordonStore.Open(database, Path.GetTempPath());

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => store.GetListsAsync());

        Assert.True(Storage.StoreFailures.IsUnavailable(refused));
        Assert.False(Storage.StoreFailures.IsPoolExhausted(refused));
    }
}
