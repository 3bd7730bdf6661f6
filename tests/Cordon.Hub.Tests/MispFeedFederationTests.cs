using Cordon.Hub.Misp;
using Cordon.Storage;

namespace Cordon.Hub.Tests;

/// <summary>
/// Two Cordon servers: one publishes a collection as a MISP feed, the other follows it as MISP would. What arrives is
/// what the subscribing partner may read on the publisher, with the same TLP, and nothing more.
/// </summary>
public sealed class MispFeedFederationTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private HubServer publisher = null!;
    private HubServer consumer = null!;

    public async Task InitializeAsync()
    {
        publisher = await HubServer.StartAsync();
        consumer = await HubServer.StartAsync();
        await HubBundles.ImportAsync(publisher.Services.Store, HubServer.Shared, "org-a", MispImportTests.Fixture("cordon-dprk-sample.json"));
    }

    public async Task DisposeAsync()
    {
        await consumer.DisposeAsync();
        await publisher.DisposeAsync();
    }

    private MispFeedFollower Follower() => new(consumer.Services.Store, Http, consumer.Services.Time) { Correlation = consumer.Services.HubCorrelation };

    private async Task<Dictionary<string, HubStoredObject>> ConsumedAsync() =>
        (await consumer.Services.Store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Private, "org-a", 1000))).Objects.ToDictionary(o => o.ObjectId);

    [Fact]
    public async Task An_event_published_by_one_Cordon_as_a_MISP_feed_is_consumed_by_another_with_its_markings_and_nothing_the_partner_may_not_read()
    {
        // The consumer's org-a follows the publisher's shared collection with the credentials of org-b, which the
        // publisher has in org-a's sharing group.
        var feedUrl = new Uri(publisher.BaseAddress, $"/misp/feeds/{HubServer.Shared}/");
        await Follower().SaveAsync(new MispFeedSubscription("partner-hub", feedUrl, HubServer.Private, "org-a", $"{TestAuthentication.SchemeName} org-b analyst"));

        var first = await Follower().PollAsync("partner-hub");

        Assert.Empty(first.Problems);
        Assert.Equal((2, 2, 2), (first.Listed, first.Fetched, first.Stored));
        var consumed = await ConsumedAsync();
        Assert.Equal(HubTlp.Amber, consumed["indicator--0a1b2c3d-0002-4a00-8000-000000000002"].Tlp);
        Assert.Equal(HubTlp.Amber, consumed["indicator--0a1b2c3d-0001-4a00-8000-000000000001"].Tlp); // its tlp:green tag does not loosen the event's AMBER
        Assert.Equal(HubTlp.Clear, consumed["indicator--0a1b2c3d-0101-4a00-8000-000000000101"].Tlp);
        Assert.Equal(HubTlp.Green, consumed["indicator--0a1b2c3d-0102-4a00-8000-000000000102"].Tlp);
        Assert.StartsWith(feedUrl.AbsoluteUri, consumed["indicator--0a1b2c3d-0002-4a00-8000-000000000002"].Provenance, StringComparison.Ordinal);

        // AMBER+STRICT, RED, distribution 0 and a MISP sharing group stay on the publisher.
        foreach (var withheld in new[] { "0a1b2c3d-0007", "0a1b2c3d-0009", "0a1b2c3d-000a", "0a1b2c3d-000b", "6b7c8d9e-0201" })
        {
            Assert.DoesNotContain(consumed.Keys, id => id.Contains(withheld, StringComparison.Ordinal));
        }

        var again = await Follower().PollAsync("partner-hub");
        Assert.Equal((2, 0, 0), (again.Listed, again.Fetched, again.Added));
    }

    [Fact]
    public async Task A_partner_who_may_not_read_the_collection_consumes_nothing()
    {
        var feedUrl = new Uri(publisher.BaseAddress, $"/misp/feeds/{HubServer.Private}/");
        await Follower().SaveAsync(new MispFeedSubscription("private-hub", feedUrl, HubServer.Private, "org-a", $"{TestAuthentication.SchemeName} org-b analyst"));

        await Assert.ThrowsAsync<MispFeedException>(() => Follower().PollAsync("private-hub"));

        Assert.Empty(await ConsumedAsync());
    }
}
