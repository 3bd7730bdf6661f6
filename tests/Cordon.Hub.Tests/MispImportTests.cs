using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Hub.Misp;
using Cordon.Screening;
using Cordon.Storage;

namespace Cordon.Hub.Tests;

/// <summary>MISP events (real CIRCL/PyMISP events and a written DPRK sample, see Fixtures/misp/README.md) into a collection.</summary>
public sealed class MispImportTests : IAsyncLifetime
{
    public static readonly string Fixtures = Path.Combine(SharedData.RepositoryRoot, "tests", "Cordon.Hub.Tests", "Fixtures", "misp");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cordon-misp-" + Guid.NewGuid().ToString("N"));
    private CordonServices services = null!;

    private ICordonStore Store => services.Store;

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        services = await CordonServices.OpenAsync(null, folder);
        await HubServer.SeedAsync(Store);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<Dictionary<string, HubStoredObject>> ReadableBy(string organisation, string collection = HubServer.Shared)
    {
        var page = await Store.QueryHubObjectsAsync(new HubObjectQuery(collection, organisation, 1000));
        Assert.False(page.More);
        return page.Objects.ToDictionary(o => o.ObjectId);
    }

    [Theory]
    [InlineData("circl-osint-57c4445b-c548-4654-af0b-4be3950d210f.json")]
    [InlineData("pymisp-long_event.json")]
    [InlineData("pymisp-HTML_event.json")]
    [InlineData("pymisp-to_delete2.json")]
    public async Task A_real_MISP_event_is_recognised_and_imported_with_one_STIX_object_per_attribute_and_object(string file)
    {
        var events = MispJson.Read(file, await File.ReadAllBytesAsync(Fixture(file)));
        var mispEvent = Assert.Single(events);

        var result = await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", Fixture(file));
        var again = await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", Fixture(file));

        var stored = await ReadableBy("org-a");
        var attributes = mispEvent.Attributes.Concat(mispEvent.Objects.SelectMany(o => o.Attributes)).ToList();
        var observedData = attributes.Count(a => !a.ToIds && MispObservables.Map(a) is not null);
        Assert.Equal(attributes.Count + mispEvent.Objects.Count + observedData + 1, result.Added);
        Assert.Equal(0, again.Added);
        Assert.Equal(result.Added, stored.Count);
        var report = stored["report--" + mispEvent.Uuid];
        var refs = JsonNode.Parse(report.Json!)!["object_refs"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Equal(mispEvent.Attributes.Count + mispEvent.Objects.Count, refs.Count);
        foreach (var attribute in attributes)
        {
            var kind = MispObservables.Map(attribute) is null ? "x-misp-attribute" : attribute.ToIds ? "indicator" : "observed-data";
            var json = JsonNode.Parse(stored[kind + "--" + attribute.Uuid].Json!)!;
            Assert.Equal(attribute.Value, json[MispToStix.ValueProperty]!.GetValue<string>());
            Assert.Contains($"misp:type=\"{attribute.Type}\"", json["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        }

        // tlp:white on every one of these CIRCL events: CLEAR, so a reader outside every sharing group reads all of it.
        Assert.All(stored.Values, o => Assert.Equal(HubTlp.Clear, o.Tlp));
        Assert.Equal(stored.Count, (await ReadableBy("org-c")).Count);
    }

    [Fact]
    public async Task Attributes_become_the_patterns_Cordon_correlates_on()
    {
        await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", Fixture("cordon-dprk-sample.json"), format: HubImportFormat.Misp);
        await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", Fixture("pymisp-long_event.json"));
        var stored = await ReadableBy("org-a");
        string Pattern(string uuid) => JsonNode.Parse(stored["indicator--" + uuid].Json!)!["pattern"]!.GetValue<string>();

        Assert.Equal("[email-addr:value = 'kim.developer@example.net']", Pattern("0a1b2c3d-0001-4a00-8000-000000000001"));
        Assert.Equal("[domain-name:value = 'portfolio-devhub.example.org']", Pattern("0a1b2c3d-0002-4a00-8000-000000000002"));
        Assert.Equal("[ipv4-addr:value = '203.0.113.77']", Pattern("0a1b2c3d-0003-4a00-8000-000000000003"));
        Assert.Equal("[phone-number:value = '+12025550143']", Pattern("0a1b2c3d-0005-4a00-8000-000000000005"));
        Assert.Equal("[cryptocurrency-wallet:value = '1E38kt7ryhbRXUzbam6iQ6sd93VHUUdjEE']", Pattern("0a1b2c3d-0006-4a00-8000-000000000006"));
        Assert.Equal("[bank-account:iban = 'GB82WEST12345698765432']", Pattern("0a1b2c3d-0008-4a00-8000-000000000008"));
        Assert.Equal("[email-addr:value = 'kim.dev.work@example.net']", Pattern("6b7c8d9e-0106-4b00-9000-000000000106"));
        Assert.True(stored["indicator--0a1b2c3d-000d-4a00-8000-00000000000d"].Revoked);

        // Not for detection in MISP: an observation, not an indicator; no pattern without a country code; no pattern for text.
        Assert.Contains("observed-data--0a1b2c3d-0004-4a00-8000-000000000004", stored.Keys);
        Assert.Equal("https://github.example/kimdev-portfolio", JsonNode.Parse(stored["url--0a1b2c3d-0004-4a00-8000-000000000004"].Json!)!["value"]!.GetValue<string>());
        Assert.Contains("x-misp-attribute--6b7c8d9e-0105-4b00-9000-000000000105", stored.Keys);
        Assert.Contains("x-misp-attribute--0a1b2c3d-000c-4a00-8000-00000000000c", stored.Keys);
        var person = JsonNode.Parse(stored["identity--6b7c8d9e-0001-4b00-9000-000000000001"].Json!)!;
        Assert.Equal("Kim Developer", person["name"]!.GetValue<string>());
        Assert.Equal("individual", person["identity_class"]!.GetValue<string>());

        // The real event's email-src attributes (ASERT report, not for detection there) are e-mail address observations.
        var senders = MispJson.Read("long", await File.ReadAllBytesAsync(Fixture("pymisp-long_event.json")))[0].Attributes.Where(a => a.Type == "email-src").ToList();
        Assert.Equal(2, senders.Count);
        Assert.All(senders, a => Assert.Equal(a.Value.ToLowerInvariant(), JsonNode.Parse(stored["email-addr--" + a.Uuid].Json!)!["value"]!.GetValue<string>()));
        Assert.All(senders, a => Assert.Contains("observed-data--" + a.Uuid, stored.Keys));
    }

    [Fact]
    public async Task Distribution_and_TLP_tags_never_widen_who_reads_an_attribute()
    {
        await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", Fixture("cordon-dprk-sample.json"));
        var owner = await ReadableBy("org-a");
        var partner = await ReadableBy("org-b"); // same sharing group as org-a
        var reader = await ReadableBy("org-c");  // reads the collection, in no group with org-a

        string Level(string id) => owner[id].Tlp;

        // Event 1: tlp:amber and distribution 1 → AMBER for all of it; a weaker tag on an attribute does not loosen it.
        Assert.Equal(HubTlp.Amber, Level("report--8f4c2a6e-1b3d-4e5f-9a7b-0c1d2e3f4a5b"));
        Assert.Equal(HubTlp.Amber, Level("indicator--0a1b2c3d-0001-4a00-8000-000000000001"));
        Assert.Equal(HubTlp.Amber, Level("indicator--0a1b2c3d-0003-4a00-8000-000000000003")); // distribution 3 inside an AMBER event
        Assert.Equal(HubTlp.Amber, Level("url--0a1b2c3d-0004-4a00-8000-000000000004"));       // the observable is marked too
        Assert.Equal(HubTlp.AmberStrict, Level("indicator--0a1b2c3d-0007-4a00-8000-000000000007")); // distribution 0
        Assert.Equal(HubTlp.Red, Level("indicator--0a1b2c3d-0009-4a00-8000-000000000009"));         // tlp:red
        Assert.Equal(HubTlp.AmberStrict, Level("indicator--0a1b2c3d-000a-4a00-8000-00000000000a")); // tlp:amber+strict
        Assert.Equal(HubTlp.AmberStrict, Level("indicator--0a1b2c3d-000b-4a00-8000-00000000000b")); // a MISP sharing group
        Assert.Equal(HubTlp.AmberStrict, Level("identity--6b7c8d9e-0002-4b00-9000-000000000002"));  // object with distribution 0
        Assert.Equal(HubTlp.AmberStrict, Level("x-misp-attribute--6b7c8d9e-0201-4b00-9000-000000000201")); // its attributes inherit it
        // Event 2: tlp:clear, distribution 3 → CLEAR; an attribute with distribution 2 → GREEN.
        Assert.Equal(HubTlp.Clear, Level("indicator--0a1b2c3d-0101-4a00-8000-000000000101"));
        Assert.Equal(HubTlp.Green, Level("indicator--0a1b2c3d-0102-4a00-8000-000000000102"));

        Assert.Equal(owner.Values.Where(o => o.Tlp is HubTlp.Amber or HubTlp.Green or HubTlp.Clear).Select(o => o.ObjectId).Order(), partner.Keys.Order());
        Assert.Equal(["indicator--0a1b2c3d-0101-4a00-8000-000000000101", "indicator--0a1b2c3d-0102-4a00-8000-000000000102", "report--8f4c2a6e-2b3d-4e5f-9a7b-0c1d2e3f4a5c"], reader.Keys.Order());
    }

    [Fact]
    public async Task Imported_MISP_indicators_alert_the_organisations_whose_records_match_and_may_read_them()
    {
        async Task Record(string organisation, string id, string email, string phone)
        {
            var json = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = id,
                ["kind"] = "job_applicant",
                ["submitted_at"] = "2026-10-01T10:00:00Z",
                ["person"] = new { full_name = "Person " + id },
                ["claimed_location"] = new { country = "US" },
                ["contacts"] = new { emails = new[] { email }, phones = new[] { phone } },
            });
            Assert.NotNull(Assert.Single(await services.Assessments.AssessAsync(organisation, [json])).Assessment);
        }

        await Record("org-b", "b-1", "kim.developer@example.net", "(202) 555-0143"); // AMBER event: org-b shares org-a's group
        await Record("org-c", "c-1", "kim.developer@example.net", "(202) 555-0199"); // org-c does not: nothing
        await Record("org-c", "c-2", "HR.Payroll@example.com", "(202) 555-0100");    // the GREEN attribute of the CLEAR event

        await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", Fixture("cordon-dprk-sample.json"), services.Time, services.HubCorrelation);

        Assert.Equal(
            ["indicator--0a1b2c3d-0001-4a00-8000-000000000001", "indicator--0a1b2c3d-0005-4a00-8000-000000000005"],
            (await Store.GetAlertsAsync("org-b")).Where(a => a.SubjectId == "b-1").Select(a => a.EntitySourceId).Order());
        Assert.Equal(["c-2"], (await Store.GetAlertsAsync("org-c")).Select(a => a.SubjectId));
    }

    [Fact]
    public async Task A_broken_event_is_refused_whole_naming_where_and_why()
    {
        var text = (await File.ReadAllTextAsync(Fixture("cordon-dprk-sample.json")))
            .Replace("\"uuid\": \"0a1b2c3d-0003-4a00-8000-000000000003\", ", string.Empty, StringComparison.Ordinal)
            .Replace("\"timestamp\": \"1762387100\"", "\"timestamp\": \"yesterday\"", StringComparison.Ordinal);
        var path = Path.Combine(folder, "broken.json");
        await File.WriteAllTextAsync(path, text);

        var error = await Assert.ThrowsAsync<HubImportException>(() => HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", path));

        Assert.Contains(error.Problems, p => p.StartsWith("response[0].Event.Attribute[2].uuid: missing", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("response[1].Event.Attribute[1].timestamp: 'yesterday'", StringComparison.Ordinal));
        Assert.Empty(await ReadableBy("org-a"));
    }

    [Fact]
    public async Task An_event_without_attributes_or_objects_is_refused_and_stix_is_not_read_as_misp()
    {
        var path = Path.Combine(folder, "empty.json");
        await File.WriteAllTextAsync(path, """{"Event": {"uuid": "11111111-2222-4333-8444-555555555555", "info": "Nothing yet", "timestamp": "1762300000", "Attribute": []}}""");
        var error = await Assert.ThrowsAsync<HubImportException>(() => HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", path));
        Assert.Contains("has no attribute and no object", error.Message, StringComparison.Ordinal);

        var bundle = Path.Combine(folder, "bundle.json");
        await File.WriteAllTextAsync(bundle, new JsonObject { ["type"] = "bundle", ["id"] = Stix.NewId("bundle"), ["objects"] = new JsonArray(Stix.Indicator()) }.ToJsonString());
        Assert.Equal(1, (await HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", bundle)).Added);
        var forced = await Assert.ThrowsAsync<HubImportException>(() => HubBundles.ImportAsync(Store, HubServer.Shared, "org-a", bundle, format: HubImportFormat.Misp));
        Assert.Contains("not MISP JSON", forced.Message, StringComparison.Ordinal);
    }
}
