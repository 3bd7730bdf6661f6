using Cordon.Accounts;
using Cordon.Core;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Storage.Tests;
using Cordon.Web.ListSources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Cordon.Lists;

namespace Cordon.Web.Tests;

/// <summary>
/// The server's schedule, and the lease that lets one instance at a time check a source when several share a database
/// (SQLite file, PostgreSQL server).
/// </summary>
public sealed class ListSourceScheduleTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>
{
    private static readonly byte[] UnXml = File.ReadAllBytes(SharedData.Path("lists", "un", "UN_consolidated.xml"));

    [Fact]
    public async Task The_server_fetches_an_enabled_source_when_it_is_due_and_imports_it_as_the_schedule()
    {
        var folder = Directory.CreateTempSubdirectory("cordon-schedule-").FullName;
        try
        {
            await using var server = await LoopbackListServer.StartAsync();
            server.Handler = LoopbackListServer.File(UnXml, "application/xml", "\"un-1\"");
            await using var cordon = await CordonServices.OpenAsync(null, folder);
            await using var app = CordonWebApplication.Build(cordon, [], builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Configuration[$"{ListSourceOptions.Section}:PollInterval"] = "00:00:00.200";
            });
            var sources = app.Services.GetRequiredService<ListSourceService>();
            await sources.AddAsync(Actor.Operator, "un", ListIds.UnConsolidated, server.Url("/un.xml"), "un-xml", TimeSpan.FromHours(6), enabled: true);
            await app.StartAsync();

            var deadline = DateTime.UtcNow.AddSeconds(60);
            ListSource source;
            while ((source = await sources.GetAsync("un")).LastOutcome is null && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Equal(ListSourceOutcomes.Changed, source.LastOutcome);
            Assert.Equal(source.LastCheckedAt + TimeSpan.FromHours(6), source.NextRunAt);
            Assert.Single(await cordon.Store.GetListVersionsAsync(ListIds.UnConsolidated));

            // Not due again for six hours: further ticks fetch nothing.
            await Task.Delay(1000);
            Assert.Single(server.Requests);
            var audit = await cordon.Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.ListImport));
            Assert.Equal((ListSourceService.ScheduleActor.UserName, AuditEntry.Platform), (audit.Entries.Single().UserName, audit.Entries.Single().OrganisationId));
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public Task Two_instances_on_one_SQLite_database_fetch_a_due_source_once() => TwoInstancesAsync(null);

    [Fact]
    public async Task Two_instances_on_one_PostgreSQL_database_fetch_a_due_source_once()
    {
        var (name, connectionString) = await postgres.CreateDatabaseAsync();
        try
        {
            await TwoInstancesAsync(connectionString);
        }
        finally
        {
            await postgres.DropDatabaseAsync(name);
        }
    }

    private static async Task TwoInstancesAsync(string? database)
    {
        var folder = Directory.CreateTempSubdirectory("cordon-lease-").FullName;
        try
        {
            await using var server = await LoopbackListServer.StartAsync();
            var serve = LoopbackListServer.File(UnXml, "application/xml");
            server.Handler = async context =>
            {
                // Slow enough that both instances look for due sources while the first still holds this one.
                await Task.Delay(500);
                await serve(context);
            };
            await using var first = await CordonServices.OpenAsync(database, folder);
            await using var second = await CordonServices.OpenAsync(database, folder);
            var (one, _) = ListSourceUpdateTests.CreateService(first);
            var (other, _) = ListSourceUpdateTests.CreateService(second);
            await one.AddAsync(Actor.Operator, "un", ListIds.UnConsolidated, server.Url("/un.xml"), "un-xml", null, enabled: true);

            var results = await Task.WhenAll(
                Task.Run(() => one.CheckDueAsync(ListSourceService.ScheduleActor)),
                Task.Run(() => other.CheckDueAsync(ListSourceService.ScheduleActor)));

            Assert.Single(server.Requests);
            Assert.Equal(1, results.Sum(r => r.Count));
            Assert.Equal(ListSourceOutcomes.Changed, results.SelectMany(r => r).Single().Outcome);
            Assert.Single(await second.Store.GetListVersionsAsync(ListIds.UnConsolidated));

            // While another instance holds a source, "check now" here says so instead of fetching it twice.
            Assert.NotNull(await first.Store.ClaimListSourceAsync("un", "elsewhere", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
            var busy = await Assert.ThrowsAsync<ListSourceBusyException>(() => other.CheckAsync(Actor.Operator, "un"));
            Assert.Contains("elsewhere", busy.Message, StringComparison.Ordinal);
            Assert.Single(server.Requests);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
