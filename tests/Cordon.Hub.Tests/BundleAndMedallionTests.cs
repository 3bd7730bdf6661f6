using System.Text;
using System.Text.Json.Nodes;
using Cordon.Stix.Markings;
using Cordon.Storage;

namespace Cordon.Hub.Tests;

public sealed class BundleAndMedallionTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cordon-hub-files-" + Guid.NewGuid().ToString("N"));
    private HubServer server = null!;

    private ICordonStore Store => server.Services.Store;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        server = await HubServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Bundle(params JsonNode[] objects) =>
        new JsonObject { ["type"] = "bundle", ["id"] = Stix.NewId("bundle"), ["objects"] = new JsonArray(objects.Select(o => o.DeepClone()).ToArray()) }.ToJsonString();

    [Fact]
    public async Task A_bundle_is_imported_once_and_exported_through_the_exporters_rights()
    {
        var green = Stix.Indicator(marking: TlpMarkings.GreenId);
        var amber = Stix.Indicator(marking: TlpMarkings.AmberId);
        var red = Stix.Indicator(marking: TlpMarkings.RedId);
        var path = Write("bundle.json", Bundle(green, amber, red));

        var first = await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", path);
        var again = await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", path);

        Assert.Equal(3, first.Added);
        Assert.Equal(0, again.Added);
        Assert.Equal(3, again.Duplicates);

        async Task<List<string>> Export(string organisation)
        {
            using var stream = new MemoryStream();
            await HubBundles.ExportAsync(Store, HubServer.Shared, organisation, stream);
            var bundle = JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!;
            Assert.Equal("bundle", bundle["type"]!.GetValue<string>());
            return bundle["objects"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
        }

        Assert.Equal(3, (await Export("org-a")).Count);
        Assert.Equal([green["id"]!.GetValue<string>(), amber["id"]!.GetValue<string>()], await Export("org-b"));
        Assert.Equal([green["id"]!.GetValue<string>()], await Export("org-c"));
    }

    [Fact]
    public async Task A_bundle_with_one_invalid_object_is_refused_whole_with_its_index_and_reason()
    {
        var bad = Stix.Indicator();
        bad["created"] = "2026-13-45";
        var path = Write("bad.json", Bundle(Stix.Indicator(), bad));

        var error = await Assert.ThrowsAsync<HubImportException>(() => HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", path));

        Assert.Contains("objects[1]", Assert.Single(error.Problems));
        Assert.Contains("'created'", error.Problems[0]);
        Assert.Empty((await Store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Shared, "org-a", 10))).Objects);
        await Assert.ThrowsAsync<HubImportException>(() => HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", Write("broken.json", "{\"objects\": [")));
        await Assert.ThrowsAsync<HubImportException>(() => HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", Write("array.json", "[]")));
    }

    [Theory]
    [InlineData("{\"type\":\"bundlex\",\"id\":\"bundle--44af6c39-c09b-49c5-9de2-394224b04982\",\"objects\":[OBJ]}", "'type' must be \"bundle\"")]
    [InlineData("{\"type\":\"bundle\",\"id\":\"bundle-44af6c39-c09b-49c5-9de2-394224b04982\",\"objects\":[OBJ]}", "is not bundle--<UUID>")]
    [InlineData("{\"type\":\"bundle\",\"id\":\"indicator--44af6c39-c09b-49c5-9de2-394224b04982\",\"objects\":[OBJ]}", "is not bundle--<UUID>")]
    [InlineData("{\"type\":\"bundle\",\"objects\":[OBJ]}", "'id' is missing")]
    [InlineData("{\"type\":7,\"id\":\"bundle--44af6c39-c09b-49c5-9de2-394224b04982\",\"objects\":[OBJ]}", "'type' must be \"bundle\"")]
    public async Task A_file_that_is_not_a_well_formed_bundle_is_refused_before_its_objects(string json, string reason)
    {
        var path = Write("not-a-bundle.json", json.Replace("OBJ", Stix.Indicator().ToJsonString(), StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<HubImportException>(() => HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", path));

        Assert.Contains("not-a-bundle.json: not a STIX bundle: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty((await Store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Shared, "org-a", 10))).Objects);
    }

    [Fact]
    public async Task A_well_formed_bundle_with_an_upper_case_id_and_a_taxii_envelope_are_imported()
    {
        var bundle = Write("bundle.json", "{\"type\":\"bundle\",\"id\":\"bundle--44AF6C39-C09B-49C5-9DE2-394224B04982\",\"objects\":[" + Stix.Indicator().ToJsonString() + "]}");
        var envelope = Write("envelope.json", "{\"more\":false,\"objects\":[" + Stix.Indicator().ToJsonString() + "]}");

        Assert.Equal(1, (await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", bundle)).Added);
        Assert.Equal(1, (await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", envelope)).Added);
    }

    /// <summary>A memory-backend file in medallion's layout: both the newer "__meta" form and the older separate manifest.</summary>
    private static readonly string Medallion = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "tests", "Cordon.Hub.Tests", "Fixtures", "medallion-memory.json"));

    [Fact]
    public async Task A_medallion_memory_backend_file_is_loaded_with_rights_dates_and_statuses()
    {
        var result = await MedallionImport.ImportAsync(Store, Write("medallion.json", Medallion), "org-m");

        Assert.Equal(new MedallionImportResult(1, 3, 3, 0, 1), result);
        var root = (await Store.GetHubApiRootsAsync()).Single(r => r.Name == "research");
        Assert.Equal(1_048_576, root.MaxContentLength);
        var rights = await Store.GetHubCollectionRightsAsync("org-m");
        Assert.Equal(2, rights.Count);
        Assert.Contains(new HubCollectionRight("6a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c02", "org-m", true, false), rights);

        var client = server.Client("org-m");
        var (response, envelope) = await client.GetJsonAsync("/taxii2/research/collections/2c1f0a35-9d7e-4b8a-8c61-5f0e2d3a4b01/manifest/?match[version]=all");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var dates = envelope["objects"]!.AsArray().Select(o => o!["date_added"]!.GetValue<string>()).ToList();
        Assert.Equal(["2025-01-02T00:00:00.000000Z", "2025-01-06T00:00:00.000000Z"], dates);
        var (_, objects) = await client.GetJsonAsync("/taxii2/research/collections/2c1f0a35-9d7e-4b8a-8c61-5f0e2d3a4b01/objects/");
        Assert.Null(objects["objects"]![0]!["__meta"]);

        var (_, older) = await client.GetJsonAsync("/taxii2/research/collections/6a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c02/manifest/");
        var entry = Assert.Single(older["objects"]!.AsArray())!;
        Assert.Equal("2024-05-02T10:11:12.131415Z", entry["date_added"]!.GetValue<string>());
        Assert.Equal("application/stix+json;version=2.0", entry["media_type"]!.GetValue<string>());

        var (_, status) = await client.GetJsonAsync("/taxii2/research/status/8f7a0a54-6a2e-4d1e-9a55-2a9d3a0c1e01/");
        Assert.Equal(1, status["failure_count"]!.GetValue<int>());
        Assert.Equal("Unable to process object", status["failures"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_medallion_file_with_an_invalid_object_imports_nothing()
    {
        var broken = Medallion.Replace("\"created\": \"2024-05-01T00:00:00.000Z\"", "\"created\": \"May 2024\"");

        var error = await Assert.ThrowsAsync<HubImportException>(() => MedallionImport.ImportAsync(Store, Write("broken.json", broken), "org-m"));

        Assert.Contains(error.Problems, p => p.Contains("research.collections[1].objects[0]") && p.Contains("'created'"));
        Assert.DoesNotContain(await Store.GetHubApiRootsAsync(), r => r.Name == "research");
    }
}
