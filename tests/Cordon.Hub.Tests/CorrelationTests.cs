using Cordon.Assessments;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Hub.Correlation;
using Cordon.Stix.Markings;
using Cordon.Stix.Privacy;
using Cordon.Storage;

namespace Cordon.Hub.Tests;

/// <summary>
/// Correlation both ways over a real server: indicators added through TAXII raise alerts for the organisations whose stored
/// records match and which may read them (and only for those), and assessments count the indicators the organisation may read.
/// Organisations (from <see cref="HubServer.SeedAsync"/>): org-a and org-b share the AMBER group; org-c reads the shared collection.
/// </summary>
public sealed class CorrelationTests : IAsyncLifetime
{
    private const string Bad = "recruit@front-company.example";
    private HubServer server = null!;

    public async Task InitializeAsync() => server = await HubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private ICordonStore Store => server.Services.Store;

    [Fact]
    public async Task An_arriving_indicator_alerts_only_the_organisations_whose_records_match_and_the_producer_learns_nothing()
    {
        await StoreRecordAsync("org-b", "b-1", Bad);
        await StoreRecordAsync("org-b", "b-2", "someone@else.example");
        await StoreRecordAsync("org-c", "c-1", "RECRUIT@Front-Company.example");
        await StoreRecordAsync("org-a", "a-1", "nobody@else.example");
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId, value: Bad);
        indicator["confidence"] = 80;

        var status = await server.Client("org-a").AddAsync(HubServer.Shared, indicator);

        var alert = Assert.Single(await Store.GetAlertsAsync("org-b"));
        Assert.Equal((AlertKind.HubIndicatorMatch, "b-1", indicator["id"]!.GetValue<string>(), "hub:" + HubServer.Shared, 0.8),
            (alert.Kind, alert.SubjectId, alert.EntitySourceId, alert.ListId, alert.Score));
        using var details = JsonDocument.Parse(alert.Details!);
        Assert.Equal($"[email-addr:value = '{Bad}']", details.RootElement.GetProperty("pattern").GetString());
        Assert.Equal("green", details.RootElement.GetProperty("tlp").GetString());
        var matched = details.RootElement.GetProperty("matched")[0];
        Assert.Equal(("email", "$.contacts.emails[0]", Bad), (matched.GetProperty("kind").GetString(), matched.GetProperty("path").GetString(), matched.GetProperty("value").GetString()));
        Assert.Equal("c-1", Assert.Single(await Store.GetAlertsAsync("org-c")).SubjectId);

        // The producer gets no alert, and its add's answer says nothing of anyone's hits.
        Assert.Empty(await Store.GetAlertsAsync("org-a"));
        var text = status.ToJsonString();
        Assert.DoesNotContain("b-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("org-b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", text, StringComparison.OrdinalIgnoreCase);

        // Sending it again raises nothing new.
        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);
        Assert.Single(await Store.GetAlertsAsync("org-b"));
    }

    [Fact]
    public async Task Red_and_amber_strict_indicators_never_alert_or_count_in_another_organisation_and_amber_stays_in_the_group()
    {
        await StoreRecordAsync("org-b", "b-red", "red@front-company.example");
        await StoreRecordAsync("org-b", "b-strict", "strict@front-company.example");
        await StoreRecordAsync("org-b", "b-amber", "amber@front-company.example");
        await StoreRecordAsync("org-c", "c-amber", "amber@front-company.example");
        await StoreRecordAsync("org-a", "a-red", "red@front-company.example");

        await server.Client("org-a").AddAsync(
            HubServer.Shared,
            Stix.Indicator(marking: TlpMarkings.RedId, value: "red@front-company.example"),
            Stix.Indicator(marking: TlpMarkings.AmberStrictId, value: "strict@front-company.example"),
            Stix.Indicator(marking: TlpMarkings.AmberId, value: "amber@front-company.example"));

        Assert.Equal(["b-amber"], (await Store.GetAlertsAsync("org-b")).Select(a => a.SubjectId));
        Assert.Empty(await Store.GetAlertsAsync("org-c"));
        Assert.Equal(["a-red"], (await Store.GetAlertsAsync("org-a")).Select(a => a.SubjectId));

        // Assessed again by org-b: only the AMBER indicator counts; org-a's own RED one counts for org-a.
        Assert.Empty(await HubSignalsAsync("org-b", "b-red", "red@front-company.example"));
        Assert.Empty(await HubSignalsAsync("org-b", "b-strict", "strict@front-company.example"));
        Assert.Single(await HubSignalsAsync("org-b", "b-amber", "amber@front-company.example"));
        Assert.Empty(await HubSignalsAsync("org-c", "c-amber", "amber@front-company.example"));
        Assert.Single(await HubSignalsAsync("org-a", "a-red", "red@front-company.example"));
    }

    [Fact]
    public async Task Revoked_and_expired_indicators_raise_nothing_and_a_later_revocation_stops_the_signal()
    {
        await StoreRecordAsync("org-b", "b-1", Bad);
        var expired = Stix.Indicator(marking: TlpMarkings.GreenId, value: Bad);
        expired["valid_until"] = Stix.Time(DateTimeOffset.UtcNow.AddDays(-1));
        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(marking: TlpMarkings.GreenId, value: Bad, revoked: true), expired);
        Assert.Empty(await Store.GetAlertsAsync("org-b"));
        Assert.Empty(await HubSignalsAsync("org-b", "b-1", Bad));

        var id = Stix.NewId("indicator");
        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(id, marking: TlpMarkings.GreenId, value: Bad));
        Assert.Single(await Store.GetAlertsAsync("org-b"));
        Assert.Single(await HubSignalsAsync("org-b", "b-1", Bad));

        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(id, Stix.T0.AddHours(1), TlpMarkings.GreenId, revoked: true, value: Bad));
        Assert.Single(await Store.GetAlertsAsync("org-b"));
        Assert.Empty(await HubSignalsAsync("org-b", "b-1", Bad));

        // An older version arriving after the revocation does not bring the indicator back.
        await StoreRecordAsync("org-c", "c-1", Bad);
        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(id, Stix.T0.AddMinutes(30), TlpMarkings.GreenId, value: Bad));
        Assert.Empty(await Store.GetAlertsAsync("org-c"));
    }

    [Fact]
    public async Task Keyed_hash_indicators_match_through_the_community_key_without_the_raw_value()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)(i * 11)).ToArray();
        await HubCorrelation.SetCommunityKeysAsync(Store, [("wg-2026", key)]);
        var partner = new KeyedHasher(key, "wg-2026");
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
        indicator["pattern"] = partner.Pattern(KeyedIdentifierKind.Phone, partner.Hash(KeyedIdentifierKind.Phone, "+1 202 555 0143"));
        indicator["name"] = "Facilitator phone (keyed)";

        await StoreRecordAsync("org-b", "b-1", "x@y.example", phone: "(202) 555-0143");
        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);

        var stored = (await Store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Shared, "org-a", 10))).Objects.Single();
        Assert.DoesNotContain("2025550143", stored.Json, StringComparison.Ordinal);
        var alert = Assert.Single(await Store.GetAlertsAsync("org-b"));
        Assert.Contains("keyed-phone", alert.Details, StringComparison.Ordinal);
        var signal = Assert.Single(await HubSignalsAsync("org-b", "b-1", "x@y.example", phone: "(202) 555-0143"));
        Assert.Contains("through the community key", signal.GetProperty("evidence")[0].GetProperty("note").GetString(), StringComparison.Ordinal);

        // Without the key, the same record matches nothing.
        await HubCorrelation.SetCommunityKeysAsync(Store, []);
        Assert.Empty(await HubSignalsAsync("org-b", "b-1", "x@y.example", phone: "(202) 555-0143"));
    }

    [Fact]
    public async Task An_assessment_counts_readable_indicators_as_signals_with_their_reason()
    {
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId, value: Bad);
        indicator["confidence"] = 80;
        var id = indicator["id"]!.GetValue<string>();
        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);

        var before = await AssessAsync("org-c", "c-0", "clean@else.example");
        var signal = Assert.Single(await HubSignalsAsync("org-c", "c-1", Bad));
        Assert.Equal(("HUB-INDICATOR", "intelligence", 32.0), (signal.GetProperty("code").GetString(), signal.GetProperty("family").GetString(), signal.GetProperty("points").GetDouble()));
        var reason = signal.GetProperty("explanation").GetString()!;
        foreach (var part in new[] { id, "'Front-company e-mail'", "confidence 80", "TLP:GREEN", $"email '{Bad}' at $.contacts.emails[0]" })
        {
            Assert.Contains(part, reason, StringComparison.Ordinal);
        }

        var after = await AssessAsync("org-c", "c-2", Bad);
        Assert.True(after.GetProperty("score").GetInt32() >= before.GetProperty("score").GetInt32() + 32);
    }

    [Fact]
    public async Task Another_instance_on_the_same_store_sees_additions_and_deletions()
    {
        using var other = new HubCorrelation(Store);
        var record = Cordon.Risk.ApplicationReader.Read(Record("c-1", Bad)).Record!;
        Assert.Empty((await other.MatcherForAsync("org-c")).Match(record));

        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId, value: Bad);
        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);
        Assert.Single((await other.MatcherForAsync("org-c")).Match(record));

        var delete = await server.Client("org-a").DeleteAsync(TaxiiHttp.OneObject(HubServer.Shared, indicator["id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Empty((await other.MatcherForAsync("org-c")).Match(record));
    }

    [Fact]
    public async Task Arrivals_match_each_record_as_last_assessed_and_never_an_erased_one()
    {
        await StoreRecordAsync("org-b", "b-moved", "first@front-company.example");
        await StoreRecordAsync("org-b", "b-erased", "erased@front-company.example");
        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(marking: TlpMarkings.GreenId, value: "unrelated@front-company.example"));
        Assert.Empty(await Store.GetAlertsAsync("org-b"));

        // Between two arrivals the record is assessed again with a new address, and another record is erased.
        await StoreRecordAsync("org-b", "b-moved", "second@front-company.example");
        await Store.EraseRecordAsync("org-b", "b-erased");
        await server.Client("org-a").AddAsync(
            HubServer.Shared,
            Stix.Indicator(marking: TlpMarkings.GreenId, value: "first@front-company.example"),
            Stix.Indicator(marking: TlpMarkings.GreenId, value: "second@front-company.example"),
            Stix.Indicator(marking: TlpMarkings.GreenId, value: "erased@front-company.example"));

        var alert = Assert.Single(await Store.GetAlertsAsync("org-b"));
        Assert.Equal("b-moved", alert.SubjectId);
        Assert.Contains("second@front-company.example", alert.Details!, StringComparison.Ordinal);
    }

    private async Task StoreRecordAsync(string organisation, string id, string email, string? phone = null)
    {
        var outcome = Assert.Single(await server.Services.Assessments.AssessAsync(organisation, [Record(id, email, phone)]));
        Assert.NotNull(outcome.Assessment);
    }

    private async Task<JsonElement> AssessAsync(string organisation, string id, string email, string? phone = null)
    {
        var outcome = Assert.Single(await server.Services.Assessments.AssessAsync(organisation, [Record(id, email, phone)], store: false));
        return JsonSerializer.SerializeToElement(outcome.Assessment, Cordon.Assessments.AssessmentJson.Options);
    }

    private async Task<List<JsonElement>> HubSignalsAsync(string organisation, string id, string email, string? phone = null) =>
        [.. (await AssessAsync(organisation, id, email, phone)).GetProperty("signals").EnumerateArray().Where(s => s.GetProperty("code").GetString() == "HUB-INDICATOR")];

    private static string Record(string id, string email, string? phone = null) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["kind"] = "job_applicant",
        ["submitted_at"] = "2026-10-01T10:00:00Z",
        ["person"] = new { full_name = "Person " + id },
        ["claimed_location"] = new { country = "US" },
        ["contacts"] = phone is null ? new { emails = new[] { email } } : new { emails = new[] { email }, phones = new[] { phone } },
    });
}
