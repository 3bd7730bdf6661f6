using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cordon.Hub.Misp;
using Cordon.Screening;
using Cordon.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Hub.Tests;

/// <summary>
/// Following a MISP feed served by a loopback HTTP server laid out as MISP publishes feeds (manifest.json with string
/// timestamps, one &lt;uuid&gt;.json per event), with real CIRCL OSINT events: incremental polls, withdrawn attributes,
/// authentication, and failures that store nothing of the failing event.
/// </summary>
public sealed class MispFeedTests : IAsyncLifetime
{
    private const string Xorist = "57c4445b-c548-4654-af0b-4be3950d210f";
    private const string Cerber = "56e12e66-f01c-41be-afea-4d9a950d210f";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cordon-misp-feed-" + Guid.NewGuid().ToString("N"));
    private CordonServices services = null!;
    private FeedServer feed = null!;
    private static readonly HttpClient Http = new();

    private ICordonStore Store => services.Store;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        services = await CordonServices.OpenAsync(null, folder);
        await HubServer.SeedAsync(Store);
        feed = await FeedServer.StartAsync("Bearer feed-secret");
        feed.Put(Xorist, await File.ReadAllTextAsync(MispImportTests.Fixture("circl-osint-57c4445b-c548-4654-af0b-4be3950d210f.json")));
        feed.Put(Cerber, await File.ReadAllTextAsync(MispImportTests.Fixture("pymisp-HTML_event.json")));
    }

    public async Task DisposeAsync()
    {
        await feed.DisposeAsync();
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private MispFeedFollower Follower() => new(Store, Http, services.Time) { Correlation = services.HubCorrelation };

    private async Task SubscribeAsync(string? authorization = "Bearer feed-secret") =>
        await Follower().SaveAsync(new MispFeedSubscription("circl", feed.BaseAddress, HubServer.Private, "org-a", authorization));

    private async Task<Dictionary<string, HubStoredObject>> StoredAsync() =>
        (await Store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Private, "org-a", 1000))).Objects.ToDictionary(o => o.ObjectId);

    [Fact]
    public async Task A_poll_fetches_only_new_or_changed_events_and_revokes_what_an_event_no_longer_holds()
    {
        await SubscribeAsync();

        var first = await Follower().PollAsync("circl");

        Assert.Equal((2, 2, 2), (first.Listed, first.Fetched, first.Stored));
        Assert.Empty(first.Problems);
        Assert.Equal(["/manifest.json", $"/{Cerber}.json", $"/{Xorist}.json"], feed.TakeRequests()); // the manifest, then oldest first
        var stored = await StoredAsync();
        Assert.Equal(first.Added, stored.Count);
        Assert.Equal($"{feed.BaseAddress}{Xorist}.json", stored["report--" + Xorist].Provenance);
        Assert.All(stored.Values, o => Assert.Equal(HubTlp.Clear, o.Tlp)); // tlp:white

        var again = await Follower().PollAsync("circl");
        Assert.Equal((2, 0, 0), (again.Listed, again.Fetched, again.Added));
        Assert.Equal(["/manifest.json"], feed.TakeRequests());

        // The publisher edits the Xorist event: one attribute withdrawn, one changed; the event's timestamp moves.
        var xorist = JsonNode.Parse(await File.ReadAllTextAsync(MispImportTests.Fixture("circl-osint-57c4445b-c548-4654-af0b-4be3950d210f.json")))!;
        var attributes = xorist["Event"]!["Attribute"]!.AsArray();
        var withdrawn = attributes.Single(a => a!["type"]!.GetValue<string>() == "md5")!;
        attributes.Remove(withdrawn);
        var changed = attributes.Single(a => a!["type"]!.GetValue<string>() == "filename")!;
        changed["value"] = "3Z4wnG9603it23y-renamed.exe";
        changed["timestamp"] = "1472600000";
        xorist["Event"]!["timestamp"] = "1472600000";
        feed.Put(Xorist, xorist.ToJsonString());

        var third = await Follower().PollAsync("circl");

        Assert.Equal((2, 1, 1, 1), (third.Listed, third.Fetched, third.Stored, third.Revoked));
        Assert.Equal(3, third.Added); // the changed attribute, the report, the revocation
        Assert.Equal(["/manifest.json", $"/{Xorist}.json"], feed.TakeRequests());
        stored = await StoredAsync();
        Assert.True(stored["indicator--" + withdrawn["uuid"]!.GetValue<string>()].Revoked);
        Assert.Equal("[file:name = '3Z4wnG9603it23y-renamed.exe']", JsonNode.Parse(stored["indicator--" + changed["uuid"]!.GetValue<string>()].Json!)!["pattern"]!.GetValue<string>());
        var subscription = Assert.Single(await Follower().GetAllAsync());
        Assert.Equal(1472600000, subscription.Seen[Xorist]);
    }

    [Fact]
    public async Task A_refused_manifest_stores_nothing_and_a_bad_event_is_retried_while_the_others_are_stored()
    {
        await SubscribeAsync("Bearer wrong");
        var refused = await Assert.ThrowsAsync<MispFeedException>(() => Follower().PollAsync("circl"));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());

        await SubscribeAsync();
        var broken = JsonNode.Parse(await File.ReadAllTextAsync(MispImportTests.Fixture("pymisp-HTML_event.json")))!;
        broken["Event"]!["Attribute"]![0]!["timestamp"] = "not a time";
        feed.Put(Cerber, broken.ToJsonString());
        feed.PutManifestOnly("0a0a0a0a-0b0b-4c0c-8d0d-0e0e0e0e0e0e", "1472541011"); // listed, but its file is missing (404)

        var poll = await Follower().PollAsync("circl");

        Assert.Equal((3, 3, 1), (poll.Listed, poll.Fetched, poll.Stored));
        Assert.Contains(poll.Problems, p => p.Contains($"{Cerber}.json", StringComparison.Ordinal) && p.Contains("Attribute[0].timestamp", StringComparison.Ordinal));
        Assert.Contains(poll.Problems, p => p.Contains("404", StringComparison.Ordinal));
        Assert.DoesNotContain(await StoredAsync(), o => o.Key.EndsWith(Cerber, StringComparison.Ordinal));

        feed.Put(Cerber, await File.ReadAllTextAsync(MispImportTests.Fixture("pymisp-HTML_event.json")));
        var retry = await Follower().PollAsync("circl");
        Assert.Equal((2, 1), (retry.Fetched, retry.Stored));
        Assert.Contains("report--" + Cerber, (await StoredAsync()).Keys);
    }

    /// <summary>A static MISP feed on a loopback port: manifest.json built from the events as MISP writes it (string timestamps).</summary>
    private sealed class FeedServer : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, string> events = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string> manifestOnly = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> requests = new();
        private WebApplication app = null!;

        public Uri BaseAddress { get; private set; } = null!;

        public static async Task<FeedServer> StartAsync(string authorization)
        {
            var server = new FeedServer();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            server.app = builder.Build();
            server.app.MapGet("/{file}", (string file, HttpContext context) =>
            {
                server.requests.Enqueue("/" + file);
                if (context.Request.Headers.Authorization != authorization)
                {
                    return Results.Unauthorized();
                }

                if (file == "manifest.json")
                {
                    return Results.Text(server.Manifest(), "application/json");
                }

                return file.EndsWith(".json", StringComparison.Ordinal) && server.events.TryGetValue(file[..^5], out var json) ? Results.Text(json, "application/json") : Results.NotFound();
            });
            await server.app.StartAsync();
            server.BaseAddress = new Uri(server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
            return server;
        }

        public void Put(string uuid, string json) => events[uuid] = json;

        public void PutManifestOnly(string uuid, string timestamp) => manifestOnly[uuid] = timestamp;

        public List<string> TakeRequests()
        {
            var taken = new List<string>();
            while (requests.TryDequeue(out var request))
            {
                taken.Add(request);
            }

            return taken;
        }

        private string Manifest()
        {
            var manifest = new JsonObject();
            foreach (var (uuid, json) in events)
            {
                var e = JsonNode.Parse(json)!["Event"]!;
                manifest[uuid] = new JsonObject
                {
                    ["Orgc"] = e["Orgc"]!.DeepClone(),
                    ["Tag"] = e["Tag"]?.DeepClone() ?? new JsonArray(),
                    ["info"] = e["info"]!.GetValue<string>(),
                    ["date"] = e["date"]!.GetValue<string>(),
                    ["analysis"] = e["analysis"]?.DeepClone(),
                    ["threat_level_id"] = e["threat_level_id"]?.DeepClone(),
                    ["timestamp"] = e["timestamp"]!.DeepClone(),
                };
            }

            foreach (var (uuid, timestamp) in manifestOnly)
            {
                manifest[uuid] = new JsonObject { ["info"] = "missing", ["timestamp"] = timestamp };
            }

            return manifest.ToJsonString();
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
