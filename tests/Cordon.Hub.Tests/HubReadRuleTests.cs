using Cordon.Storage;

namespace Cordon.Hub.Tests;

/// <summary>The in-memory read rule (sighting counts) agrees with the store's SQL rule on every level and relation.</summary>
public sealed class HubReadRuleTests : IAsyncLifetime
{
    private HubServer server = null!;

    public async Task InitializeAsync() => server = await HubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Memory_rule_and_store_query_agree_for_every_level_and_reader()
    {
        var store = server.Services.Store;
        var items = HubTlp.All.Select(level => new HubObjectToAdd(
            Stix.NewId("indicator"), "indicator", "2.1", Stix.T0, null, level, false, null, null, "{}")).ToList();
        await store.AddHubObjectsAsync(new HubAddRequest(HubServer.Shared, "org-a", items, null, Stix.T0));
        var rule = new HubReadRule(await store.GetHubSharingGroupsAsync());

        foreach (var reader in new[] { "org-a", "org-b", "org-c" })
        {
            var visible = (await store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Shared, reader, 100, WithJson: false))).Objects.Select(o => o.Tlp).ToHashSet();
            foreach (var level in HubTlp.All)
            {
                Assert.Equal(visible.Contains(level), rule.CanRead("org-a", level, reader));
            }
        }

        Assert.False(rule.CanRead("org-a", HubTlp.Red, "org-b"));
        Assert.True(rule.CanRead("org-b", HubTlp.Red, "org-b"));
    }
}
