using System.Text.Json.Nodes;
using Cordon.Hub.Misp;
using Cordon.Screening;
using Cordon.Storage;

namespace Cordon.Hub.Tests;

/// <summary>
/// MISP JSON → Cordon → STIX bundle → another Cordon → MISP JSON keeps every event, attribute and object field MISP
/// gave (value, type, category, to_ids, comment, tags, distribution, sharing group, deletion, object membership), and
/// going back to MISP never hands out something under a looser rule than the stored marking.
/// </summary>
public sealed class MispRoundTripTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cordon-misp-rt-" + Guid.NewGuid().ToString("N"));
    private CordonServices first = null!;
    private CordonServices second = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        first = await CordonServices.OpenAsync(null, Path.Combine(folder, "first"));
        second = await CordonServices.OpenAsync(null, Path.Combine(folder, "second"));
        await HubServer.SeedAsync(first.Store);
        await HubServer.SeedAsync(second.Store);
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("cordon-dprk-sample.json")]
    [InlineData("pymisp-to_delete2.json")]
    [InlineData("pymisp-long_event.json")]
    [InlineData("circl-osint-57c4445b-c548-4654-af0b-4be3950d210f.json")]
    public async Task MISP_to_Cordon_to_STIX_to_Cordon_to_MISP_keeps_every_attribute_tag_and_marking(string file)
    {
        var path = MispImportTests.Fixture(file);
        var originals = MispJson.Read(file, await File.ReadAllBytesAsync(path));
        await HubBundles.ImportAsync(first.Store, HubServer.Shared, "org-a", path);

        var bundle = Path.Combine(folder, "bundle.json");
        await using (var stream = File.Create(bundle))
        {
            await HubBundles.ExportAsync(first.Store, HubServer.Shared, "org-a", stream);
        }

        await HubBundles.ImportAsync(second.Store, HubServer.Shared, "org-a", bundle, format: HubImportFormat.Stix);
        var firstLevels = await Levels(first.Store);
        Assert.Equal(firstLevels, await Levels(second.Store));

        var back = await new MispFeedPublisher(second.Store).EventsAsync(HubServer.Shared, "org-a", forFeed: false);

        Assert.Equal(originals.Count, back.Count);
        foreach (var original in originals)
        {
            var returned = Assert.Single(back, e => e.Uuid == original.Uuid);
            var expected = original.PublishTimestamp is null ? original with { PublishTimestamp = original.Timestamp } : original;
            Assert.Equal(MispJson.Write(expected).ToJsonString(), MispJson.Write(returned).ToJsonString());
        }
    }

    [Fact]
    public async Task A_version_marked_stricter_than_its_MISP_tags_goes_back_to_MISP_with_the_stricter_tag()
    {
        var clear = MispJson.Read("x", await File.ReadAllBytesAsync(MispImportTests.Fixture("cordon-dprk-sample.json")))[1];
        var stix = MispToStix.Convert(clear);
        var indicator = stix.Single(o => o["id"]!.GetValue<string>() == "indicator--0a1b2c3d-0101-4a00-8000-000000000101");
        indicator["object_marking_refs"] = new JsonArray(Cordon.Stix.Markings.TlpMarkings.RedId); // someone re-marked it RED in STIX
        var bundle = Path.Combine(folder, "remarked.json");
        await File.WriteAllTextAsync(bundle, new JsonObject { ["type"] = "bundle", ["id"] = "bundle--" + Guid.NewGuid(), ["objects"] = new JsonArray(stix.Select(o => (JsonNode)o.DeepClone()).ToArray()) }.ToJsonString());
        await HubBundles.ImportAsync(first.Store, HubServer.Shared, "org-a", bundle);

        var mine = Assert.Single(await new MispFeedPublisher(first.Store).EventsAsync(HubServer.Shared, "org-a"));
        var wallet = Assert.Single(mine.Attributes, a => a.Uuid == "0a1b2c3d-0101-4a00-8000-000000000101");
        Assert.Equal(["tlp:red"], wallet.Tags);
        Assert.Equal(["tlp:clear"], mine.Tags);

        // Another reader (org-c) does not get it at all; the rest of the event still reaches it.
        var theirs = Assert.Single(await new MispFeedPublisher(first.Store).EventsAsync(HubServer.Shared, "org-c"));
        Assert.DoesNotContain(theirs.Attributes, a => a.Uuid == "0a1b2c3d-0101-4a00-8000-000000000101");
        Assert.Contains(theirs.Attributes, a => a.Uuid == "0a1b2c3d-0102-4a00-8000-000000000102");
    }

    [Fact]
    public async Task Other_partners_STIX_indicators_reach_MISP_with_their_marking_as_a_tlp_tag()
    {
        var amber = Stix.Indicator(marking: Cordon.Stix.Markings.TlpMarkings.AmberId, value: "payroll@front.example");
        var complex = Stix.Indicator(marking: Cordon.Stix.Markings.TlpMarkings.GreenId);
        complex["pattern"] = "[email-addr:value = 'a@front.example'] OR [domain-name:value = 'front.example']";
        var bundle = Path.Combine(folder, "partner.json");
        await File.WriteAllTextAsync(bundle, new JsonObject { ["type"] = "bundle", ["id"] = "bundle--" + Guid.NewGuid(), ["objects"] = new JsonArray(amber, complex) }.ToJsonString());
        await HubBundles.ImportAsync(first.Store, HubServer.Shared, "org-b", bundle);

        var events = await new MispFeedPublisher(first.Store).EventsAsync(HubServer.Shared, "org-a");

        var loose = Assert.Single(events);
        Assert.Equal("org-b", loose.Orgc!.Name);
        Assert.Equal(loose.Uuid, Assert.Single(await new MispFeedPublisher(first.Store).EventsAsync(HubServer.Shared, "org-b")).Uuid);
        var email = Assert.Single(loose.Attributes, a => a.Type == "email");
        Assert.Equal(("payroll@front.example", true), (email.Value, email.ToIds));
        Assert.Equal(["tlp:amber"], email.Tags);
        var pattern = Assert.Single(loose.Attributes, a => a.Type == "stix2-pattern");
        Assert.Equal(complex["pattern"]!.GetValue<string>(), pattern.Value);
        Assert.Equal(["tlp:green"], pattern.Tags);

        // org-c is in no sharing group with org-b: only the GREEN one reaches it.
        Assert.Equal(["stix2-pattern"], Assert.Single(await new MispFeedPublisher(first.Store).EventsAsync(HubServer.Shared, "org-c")).Attributes.Select(a => a.Type));
    }

    private static async Task<List<(string, string)>> Levels(ICordonStore store) =>
        [.. (await store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Shared, "org-a", 1000))).Objects.Select(o => (o.ObjectId, o.Tlp)).Order()];
}
