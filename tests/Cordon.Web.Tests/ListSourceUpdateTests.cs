using System.Diagnostics;
using System.Text;
using Cordon.Accounts;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.ListSources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cordon.Web.Tests;

/// <summary>
/// <c>cordon lists update</c>'s checks against real list files served from a loopback server: changed, not modified (304),
/// the same content again (200), truncated, the wrong content type, 500, slow, too large, the wrong list, much shorter.
/// </summary>
public sealed class ListSourceUpdateTests : IAsyncLifetime
{
    private static readonly string Sdn2019 = SharedData.Path("lists", "ofac-sdn-2019-01");
    private static readonly string Sdn2021 = SharedData.Path("lists", "ofac-sdn-2021-07");
    private static readonly byte[] UnXml = File.ReadAllBytes(SharedData.Path("lists", "un", "UN_consolidated.xml"));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-sources-" + Guid.NewGuid().ToString("N"));
    private CordonServices _cordon = null!;
    private LoopbackListServer _server = null!;

    public async Task InitializeAsync()
    {
        _cordon = await CordonServices.OpenAsync(null, _folder);
        _server = await LoopbackListServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _cordon.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The service with the production HTTP client, quick retries, and the options a test changes.</summary>
    internal static (ListSourceService Service, ServiceProvider Provider) CreateService(CordonServices cordon, Action<ListSourceOptions>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddListSourceHttp();
        collection.Configure<ListSourceOptions>(o =>
        {
            o.Retries = 2;
            o.RetryDelay = TimeSpan.FromMilliseconds(20);
            o.AttemptTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(o);
        });
        var provider = collection.BuildServiceProvider();
        var service = new ListSourceService(cordon, ListLoader.Default, provider.GetRequiredService<IHttpClientFactory>(), provider.GetRequiredService<IOptions<ListSourceOptions>>().Value);
        return (service, provider);
    }

    private async Task<ListSourceService> SourceAsync(string listId, string format, Action<ListSourceOptions>? configure = null)
    {
        var (service, _) = CreateService(_cordon, configure);
        await service.AddAsync(Actor.Operator, "test", listId, _server.Url("/list"), format, null, enabled: true);
        return service;
    }

    private Task<IReadOnlyList<ListVersionInfo>> VersionsAsync(string listId) => _cordon.Store.GetListVersionsAsync(listId);

    [Fact]
    public async Task A_changed_file_becomes_a_new_version_raises_watch_alerts_and_is_audited_for_every_organisation()
    {
        var sources = await SourceAsync(ListIds.OfacSdn, "ofac-csv");
        _server.Handler = LoopbackListServer.File(LoopbackListServer.Zip(Sdn2019), "application/zip", "\"2019\"");
        var first = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Changed, first.Outcome);
        Assert.Equal(7379, (await VersionsAsync(ListIds.OfacSdn)).Single().EntityCount);

        // Someone listed in 2021 but not in 2019 is watched: the update must raise an alert about them.
        var older = ListLoader.Default.Load(Sdn2019).Snapshots[0].Entities.Select(e => e.SourceId).ToHashSet();
        var added = ListLoader.Default.Load(Sdn2021).Snapshots[0].Entities.First(e => !older.Contains(e.SourceId) && e.Type == EntityType.Individual);
        await _cordon.WatchList.AddAsync(Organisation.DefaultId, [new WatchSubject("c-1", new ScreeningSubject { Name = added.PrimaryName }, DateTimeOffset.UtcNow)]);
        Assert.Empty(await _cordon.Store.GetAlertsAsync(Organisation.DefaultId, "c-1"));

        _server.Handler = LoopbackListServer.File(LoopbackListServer.Zip(Sdn2021), "application/zip", "\"2021\"");
        var second = await sources.CheckAsync(Actor.Operator, "test");

        Assert.Equal(ListSourceOutcomes.Changed, second.Outcome);
        Assert.True(second.Alerts >= 1, second.Message);
        Assert.NotEmpty(await _cordon.Store.GetAlertsAsync(Organisation.DefaultId, "c-1"));
        var versions = await VersionsAsync(ListIds.OfacSdn);
        Assert.Equal((2, 8976), (versions.Count, versions.Single(v => v.IsCurrent).EntityCount));
        Assert.Equal("\"2019\"", _server.Requests.Last().IfNoneMatch);
        var source = await sources.GetAsync("test");
        Assert.Equal(("\"2021\"", ListSourceOutcomes.Changed, (string?)null), (source.ETag, source.LastOutcome, source.LastError));
        Assert.Equal(source.LastCheckedAt, source.LastChangedAt);
        Assert.Equal(source.LastCheckedAt + TimeSpan.FromHours(6), source.NextRunAt);
        Assert.Null(source.LeasedBy);

        var audit = await _cordon.Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.ListImport));
        Assert.Equal(2, audit.Entries.Count);
        Assert.All(audit.Entries, e => Assert.Equal((AuditEntry.Platform, AuditOutcomes.Success), (e.OrganisationId, e.Outcome)));
    }

    [Fact]
    public async Task An_unchanged_file_stores_nothing_whether_the_server_answers_304_or_sends_it_again()
    {
        var sources = await SourceAsync(ListIds.UnConsolidated, "un-xml");
        _server.Handler = LoopbackListServer.File(UnXml, "text/xml; charset=utf-8", "\"un-1\"", "Tue, 01 Dec 2026 10:00:00 GMT");
        Assert.Equal(ListSourceOutcomes.Changed, (await sources.CheckAsync(Actor.Operator, "test")).Outcome);

        var notModified = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.NotModified, notModified.Outcome);
        Assert.Equal(("\"un-1\"", "Tue, 01 Dec 2026 10:00:00 GMT"), (_server.Requests.Last().IfNoneMatch, _server.Requests.Last().IfModifiedSince));

        // A server that ignores validators sends the same bytes again: recognised by their hash, nothing stored.
        _server.Handler = LoopbackListServer.File(UnXml, "application/xml");
        var same = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Unchanged, same.Outcome);
        Assert.Single(await VersionsAsync(ListIds.UnConsolidated));
        var source = await sources.GetAsync("test");
        Assert.Equal((ListSourceOutcomes.Unchanged, (string?)null), (source.LastOutcome, source.ETag));
        Assert.True(source.LastChangedAt < source.LastCheckedAt);
    }

    [Fact]
    public async Task A_download_cut_short_or_truncated_keeps_the_version_in_force_and_the_last_good_validators()
    {
        var sources = await SourceAsync(ListIds.UnConsolidated, "un-xml");
        _server.Handler = LoopbackListServer.File(UnXml, "application/xml", "\"un-1\"");
        await sources.CheckAsync(Actor.Operator, "test");
        var inForce = (await VersionsAsync(ListIds.UnConsolidated)).Single();

        // The connection drops half-way through the declared length.
        _server.Handler = async context =>
        {
            context.Response.ContentType = "application/xml";
            context.Response.ContentLength = UnXml.Length;
            await context.Response.Body.WriteAsync(UnXml.AsMemory(0, UnXml.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
        };
        var dropped = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Failed, dropped.Outcome);
        Assert.Contains("download", dropped.Error, StringComparison.Ordinal);

        // Half the file, served as if it were whole: the XML is broken and nothing is imported.
        var half = UnXml[..(UnXml.Length / 2)];
        _server.Handler = LoopbackListServer.File(half, "application/xml", "\"half\"");
        var truncated = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Failed, truncated.Outcome);
        Assert.Contains("list", truncated.Error, StringComparison.OrdinalIgnoreCase);

        var after = (await VersionsAsync(ListIds.UnConsolidated)).Single();
        Assert.Equal((inForce.Id, inForce.ContentHash, true), (after.Id, after.ContentHash, after.IsCurrent));
        var source = await sources.GetAsync("test");
        Assert.Equal(("\"un-1\"", ListSourceOutcomes.Failed, truncated.Error), (source.ETag, source.LastOutcome, source.LastError));
        var failures = await _cordon.Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.ListImport));
        Assert.Contains(failures.Entries, e => e.Outcome == AuditOutcomes.Failure && e.OrganisationId == AuditEntry.Platform);
    }

    [Fact]
    public async Task An_html_page_in_place_of_the_file_is_refused_by_its_content_type()
    {
        var sources = await SourceAsync(ListIds.UnConsolidated, "un-xml");
        _server.Handler = LoopbackListServer.File(Encoding.UTF8.GetBytes("<!doctype html><html><body>We moved!</body></html>"), "text/html; charset=utf-8");
        var result = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Failed, result.Outcome);
        Assert.Contains("text/html", result.Error, StringComparison.Ordinal);
        Assert.Empty(await VersionsAsync(ListIds.UnConsolidated));
    }

    [Fact]
    public async Task A_server_error_is_retried_then_recorded_and_the_source_is_tried_again_sooner()
    {
        var sources = await SourceAsync(ListIds.UnConsolidated, "un-xml", o => o.RetryAfterFailure = TimeSpan.FromMinutes(20));
        _server.Handler = context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        };
        var result = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Failed, result.Outcome);
        Assert.Contains("500", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
        var source = await sources.GetAsync("test");
        Assert.Equal(source.LastCheckedAt + TimeSpan.FromMinutes(20), source.NextRunAt);
        Assert.Empty(await VersionsAsync(ListIds.UnConsolidated));
    }

    [Fact]
    public async Task A_server_too_slow_to_answer_or_to_send_the_file_times_out()
    {
        var sources = await SourceAsync(ListIds.UnConsolidated, "un-xml", o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.Retries = 1;
            o.DownloadTimeout = TimeSpan.FromSeconds(3);
        });
        _server.Handler = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        };
        var clock = Stopwatch.StartNew();
        var silent = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Failed, silent.Outcome);
        Assert.Contains("did not answer", silent.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());

        // Headers at once, then the body a trickle: the whole download's deadline stops it.
        _server.Handler = async context =>
        {
            context.Response.ContentType = "application/xml";
            context.Response.ContentLength = UnXml.Length;
            for (var offset = 0; offset < UnXml.Length; offset += 1000)
            {
                await context.Response.Body.WriteAsync(UnXml.AsMemory(offset, Math.Min(1000, UnXml.Length - offset)), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(200, context.RequestAborted);
            }
        };
        clock.Restart();
        var trickle = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Failed, trickle.Outcome);
        Assert.Contains("did not finish", trickle.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), clock.Elapsed.ToString());
        Assert.Empty(await VersionsAsync(ListIds.UnConsolidated));
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_refused_whether_or_not_its_length_is_declared()
    {
        var sources = await SourceAsync(ListIds.UnConsolidated, "un-xml", o => o.MaxDownloadBytes = 100_000);
        _server.Handler = LoopbackListServer.File(UnXml, "application/xml");
        var declared = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Contains("more than the 100,000", declared.Error, StringComparison.Ordinal);

        _server.Handler = async context =>
        {
            context.Response.ContentType = "application/xml";
            await context.Response.Body.WriteAsync(UnXml);
        };
        var chunked = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Contains("larger than the 100,000", chunked.Error, StringComparison.Ordinal);
        Assert.Empty(await VersionsAsync(ListIds.UnConsolidated));
    }

    [Fact]
    public async Task Another_list_in_place_of_the_sources_one_is_refused()
    {
        var sources = await SourceAsync(ListIds.OfacSdn, "ofac-csv");
        _server.Handler = LoopbackListServer.File(UnXml, "application/xml");
        var result = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Failed, result.Outcome);
        Assert.Contains("holds the list 'un-sc', not 'ofac-sdn'", result.Error, StringComparison.Ordinal);
        Assert.Empty(await _cordon.Store.GetListsAsync());
    }

    [Fact]
    public async Task A_file_much_shorter_than_the_version_in_force_is_held_back()
    {
        var sources = await SourceAsync(ListIds.OfacSdn, "ofac-csv", o => o.MaxShrink = 0.1);
        _server.Handler = LoopbackListServer.File(LoopbackListServer.Zip(Sdn2021), "application/zip");
        await sources.CheckAsync(Actor.Operator, "test");

        // The 2019 file has 18 % fewer entries than the 2021 one: past the 10 % allowed here.
        _server.Handler = LoopbackListServer.File(LoopbackListServer.Zip(Sdn2019), "application/zip");
        var result = await sources.CheckAsync(Actor.Operator, "test");
        Assert.Equal(ListSourceOutcomes.Failed, result.Outcome);
        Assert.Contains("7,379 entries against 8,976", result.Error, StringComparison.Ordinal);
        Assert.Equal(8976, (await VersionsAsync(ListIds.OfacSdn)).Single().EntityCount);
    }

    [Fact]
    public async Task Sources_are_validated_the_official_ones_listed_disabled_and_never_removed()
    {
        var (sources, _) = CreateService(_cordon);
        var all = await sources.GetSourcesAsync();
        Assert.Equal(Lists.Sources.OfficialListSources.All.Select(s => s.Name).Order(), all.Select(s => s.Name).Order());
        Assert.All(all, s => Assert.False(s.Enabled));
        Assert.Contains(all, s => s.Name == "un-sc" && s.Url == "https://scsanctions.un.org/resources/xml/en/consolidated.xml");

        await Assert.ThrowsAsync<ArgumentException>(() => sources.RemoveAsync(Actor.Operator, "un-sc"));
        await Assert.ThrowsAsync<ArgumentException>(() => sources.AddAsync(Actor.Operator, "x", "un-sc", "ftp://example.test/x", null, null, false));
        await Assert.ThrowsAsync<ArgumentException>(() => sources.AddAsync(Actor.Operator, "x", "un-sc", "https://example.test/x", "no-such-format", null, false));
        await Assert.ThrowsAsync<ArgumentException>(() => sources.AddAsync(Actor.Operator, "un-sc", "un-sc", "https://example.test/x", null, null, false));
        await Assert.ThrowsAsync<NotFoundException>(() => sources.CheckAsync(Actor.Operator, "missing"));

        var changed = await sources.ChangeAsync(Actor.Operator, "un-sc", null, _server.Url("/un.xml"), null, TimeSpan.FromHours(1));
        Assert.Equal((_server.Url("/un.xml"), TimeSpan.FromHours(1), "un-xml"), (changed.Url, changed.Interval, changed.Format));
        await sources.SetEnabledAsync(Actor.Operator, "un-sc", true);
        Assert.True((await sources.GetAsync("un-sc")).Enabled);
        var audit = await _cordon.Store.QueryAuditAsync(new AuditQuery(Action: ListSourceService.AuditAction));
        Assert.Equal(2, audit.Entries.Count);
        Assert.All(audit.Entries, e => Assert.Equal(AuditEntry.Platform, e.OrganisationId));
    }
}
