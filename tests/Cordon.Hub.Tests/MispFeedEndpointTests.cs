using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cordon.Hub.Misp;

namespace Cordon.Hub.Tests;

/// <summary>A collection served as a MISP feed over HTTP: per organisation, through the TAXII read rule.</summary>
public sealed class MispFeedEndpointTests : IAsyncLifetime
{
    private const string AmberEvent = "8f4c2a6e-1b3d-4e5f-9a7b-0c1d2e3f4a5b";
    private const string ClearEvent = "8f4c2a6e-2b3d-4e5f-9a7b-0c1d2e3f4a5c";
    private HubServer server = null!;

    public async Task InitializeAsync()
    {
        server = await HubServer.StartAsync();
        await HubBundles.ImportAsync(server.Services.Store, HubServer.Shared, "org-a", MispImportTests.Fixture("cordon-dprk-sample.json"));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string? organisation, string path)
    {
        using var client = server.Client(organisation);
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_organisation_gets_the_feed_of_what_it_may_read()
    {
        var (status, body) = await GetAsync("org-b", $"/misp/feeds/{HubServer.Shared}/manifest.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var manifest = JsonNode.Parse(body)!.AsObject();
        Assert.Equal([AmberEvent, ClearEvent], manifest.Select(p => p.Key).Order());
        Assert.Equal("1762387200", manifest[ClearEvent]!["timestamp"]!.GetValue<string>());
        Assert.Equal("Partner CERT", manifest[AmberEvent]!["Orgc"]!["name"]!.GetValue<string>());

        // org-b shares org-a's group: the AMBER event without what is AMBER+STRICT or RED.
        (status, body) = await GetAsync("org-b", $"/misp/feeds/shared/{AmberEvent}.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var amber = Assert.Single(MispJson.Read("feed", Encoding.UTF8.GetBytes(body)));
        Assert.Equal(
            ["0a1b2c3d-0001-4a00-8000-000000000001", "0a1b2c3d-0002-4a00-8000-000000000002", "0a1b2c3d-0003-4a00-8000-000000000003", "0a1b2c3d-0004-4a00-8000-000000000004",
             "0a1b2c3d-0005-4a00-8000-000000000005", "0a1b2c3d-0006-4a00-8000-000000000006", "0a1b2c3d-0008-4a00-8000-000000000008", "0a1b2c3d-000c-4a00-8000-00000000000c",
             "0a1b2c3d-000d-4a00-8000-00000000000d"],
            amber.Attributes.Select(a => a.Uuid));
        Assert.Equal(["person"], amber.Objects.Select(o => o.Name)); // the identity object has distribution 0

        // org-c is in no group with org-a: the CLEAR event only; the AMBER one is not found at all.
        (status, body) = await GetAsync("org-c", $"/misp/feeds/{HubServer.Shared}/manifest.json");
        Assert.Equal([ClearEvent], JsonNode.Parse(body)!.AsObject().Select(p => p.Key));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("org-c", $"/misp/feeds/{HubServer.Shared}/{AmberEvent}.json")).Status);
        (status, body) = await GetAsync("org-c", $"/misp/feeds/{HubServer.Shared}/{ClearEvent}.json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, MispJson.Read("feed", Encoding.UTF8.GetBytes(body))[0].Attributes.Count);

        (status, body) = await GetAsync("org-c", $"/misp/feeds/{HubServer.Shared}/hashes.csv");
        Assert.Equal(HttpStatusCode.OK, status);
#pragma warning disable CA5351 // MISP's hashes.csv is MD5 by definition
        var wallet = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")));
#pragma warning restore CA5351
        Assert.Contains($"{wallet},{ClearEvent}\n", body, StringComparison.Ordinal);
        Assert.Equal(2, body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_collection_the_organisation_may_not_read_is_not_found_and_strangers_are_not_let_in()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("org-x", $"/misp/feeds/{HubServer.Shared}/manifest.json")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("org-d", $"/misp/feeds/{HubServer.Shared}/manifest.json")).Status); // write-only
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("org-a", "/misp/feeds/00000000-0000-4000-8000-000000000000/manifest.json")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("org-a", $"/misp/feeds/{HubServer.Shared}/not-a-uuid.json")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(null, $"/misp/feeds/{HubServer.Shared}/manifest.json")).Status);
    }
}
