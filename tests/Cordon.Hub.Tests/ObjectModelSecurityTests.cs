using Cordon.Assessments;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Hub.Correlation;
using Cordon.Stix.Markings;
using Cordon.Storage;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>
/// Issue 13 findings 3–6 over a real server: markings read in any case (unknown ones as owner-only), objects versioned only
/// by their owner, sightings routed to the owner of the sighted object in their collection, MATCHES without backtracking.
/// Organisations (from <see cref="HubServer.SeedAsync"/>): org-a and org-b share the AMBER group; org-c only reads the shared collection.
/// </summary>
public sealed class ObjectModelSecurityTests : IAsyncLifetime
{
    private HubServer server = null!;

    public async Task InitializeAsync()
    {
        server = await HubServer.StartAsync();
        // org-c reports sightings here, so it writes too (it still shares no group with org-a).
        await server.Services.Store.SetHubCollectionRightAsync(new HubCollectionRight(HubServer.Shared, "org-c", true, true));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static string Id(JsonObject stixObject) => stixObject["id"]!.GetValue<string>();

    // The published TLP ids with their hex in upper or mixed case; the last two are markings the hub does not know.
    public static TheoryData<string, string, bool> CaseVariedMarkings => new()
    {
        { "red, upper case", TlpMarkings.RedId.Replace("e828b379-4e03-4974-9ac4-e53a884c97c1", "E828B379-4E03-4974-9AC4-E53A884C97C1", StringComparison.Ordinal), false },
        { "red 1.0, mixed case", TlpMarkings.Tlp1RedId.Replace("5e57c739-391a-4eb3", "5E57c739-391A-4eB3", StringComparison.Ordinal), false },
        { "amber+strict, upper case", TlpMarkings.AmberStrictId.Replace("939a9414-2ddd-4d32-a0cd-375ea402b003", "939A9414-2DDD-4D32-A0CD-375EA402B003", StringComparison.Ordinal), false },
        { "amber, mixed case", TlpMarkings.AmberId.Replace("55d920b0-5e8b-4f79-9ee9", "55D920b0-5E8b-4F79-9eE9", StringComparison.Ordinal), true },
        { "a marking the hub does not know", "marking-definition--" + Guid.NewGuid(), false },
        { "an unknown marking in upper case", "marking-definition--" + Guid.NewGuid().ToString().ToUpperInvariant(), false },
    };

    [Theory]
    [MemberData(nameof(CaseVariedMarkings))]
    public async Task An_object_marking_in_any_case_is_honoured_and_an_unknown_one_keeps_the_object_with_its_owner(string name, string marking, bool groupMayRead)
    {
        var indicator = Stix.Indicator(marking: marking);
        var status = await server.Client("org-a").AddAsync(HubServer.Shared, indicator);
        Assert.True(status["success_count"]!.GetValue<int>() == 1, $"{name}: {status.ToJsonString()}");

        Assert.Contains(Id(indicator), Ids((await server.Client("org-a").GetJsonAsync(Objects(HubServer.Shared))).Body));
        Assert.DoesNotContain(Id(indicator), Ids((await server.Client("org-c").GetJsonAsync(Objects(HubServer.Shared))).Body));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client("org-c").GetAsync(OneObject(HubServer.Shared, Id(indicator)))).StatusCode);
        Assert.Equal(groupMayRead, Ids((await server.Client("org-b").GetJsonAsync(Objects(HubServer.Shared))).Body).Contains(Id(indicator)));

        // The owner gets the marking back with its UUID in canonical (lower) case.
        var (_, stored) = await server.Client("org-a").GetJsonAsync(OneObject(HubServer.Shared, Id(indicator)));
        Assert.Equal(marking.ToLowerInvariant(), stored["objects"]![0]!["object_marking_refs"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("marking-definition--E828B379-4E03-4974-9AC4-E53A884C97C1")]
    [InlineData("marking-definition--939A9414-2ddd-4d32-A0CD-375ea402b003")]
    [InlineData("marking-definition--7b2ec4f3-8a1d-4c6e-9f0a-3d5b6c7e8f90")]
    public async Task A_granular_marking_in_any_case_or_unknown_restricts_the_whole_object(string marking)
    {
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
        indicator["granular_markings"] = new JsonArray(new JsonObject { ["marking_ref"] = marking, ["selectors"] = new JsonArray("pattern") });
        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);

        Assert.Contains(Id(indicator), Ids((await server.Client("org-a").GetJsonAsync(Objects(HubServer.Shared))).Body));
        Assert.DoesNotContain(Id(indicator), Ids((await server.Client("org-b").GetJsonAsync(Objects(HubServer.Shared))).Body));
        Assert.DoesNotContain(Id(indicator), Ids((await server.Client("org-c").GetJsonAsync(Objects(HubServer.Shared))).Body));
    }

    [Fact]
    public async Task A_red_indicator_marked_in_upper_case_raises_no_signal_in_another_organisations_assessment()
    {
        const string Email = "upper-red@front-company.example";
        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(marking: TlpMarkings.RedId.ToUpperInvariant().Replace("MARKING-DEFINITION", "marking-definition", StringComparison.Ordinal), value: Email));

        Assert.Empty(await HubSignalsAsync("org-c", Email));
        Assert.Empty(await HubSignalsAsync("org-b", Email));
        Assert.Single(await HubSignalsAsync("org-a", Email));
    }

    [Fact]
    public async Task Upper_case_hex_in_identifiers_is_accepted_and_the_object_is_found_by_either_case()
    {
        var lower = Guid.NewGuid().ToString();
        var indicator = Stix.Indicator(id: "indicator--" + lower.ToUpperInvariant(), marking: TlpMarkings.GreenId);

        var status = await server.Client("org-a").AddAsync(HubServer.Shared, indicator);

        Assert.True(status["success_count"]!.GetValue<int>() == 1, status.ToJsonString());
        var (byUpper, upperBody) = await server.Client("org-c").GetJsonAsync(OneObject(HubServer.Shared, "indicator--" + lower.ToUpperInvariant()));
        var (_, lowerBody) = await server.Client("org-c").GetJsonAsync(OneObject(HubServer.Shared, "indicator--" + lower));
        Assert.Equal(HttpStatusCode.OK, byUpper.StatusCode);
        Assert.Equal("indicator--" + lower, Assert.Single(Ids(upperBody)));
        Assert.Equal("indicator--" + lower, Assert.Single(Ids(lowerBody)));
        var (_, filtered) = await server.Client("org-c").GetJsonAsync(Objects(HubServer.Shared) + "?match[id]=indicator--" + lower.ToUpperInvariant());
        Assert.Equal("indicator--" + lower, Assert.Single(Ids(filtered)));
    }

    [Fact]
    public async Task Another_organisation_cannot_version_an_object_it_did_not_create_and_the_owner_keeps_control()
    {
        var original = Stix.Indicator(marking: TlpMarkings.GreenId, value: "owner@front-company.example");
        await server.Client("org-a").AddAsync(HubServer.Shared, original);
        var takeover = Stix.Indicator(Id(original), Stix.T0.AddDays(1), TlpMarkings.GreenId, revoked: true, value: "attacker@elsewhere.example");

        var status = await server.Client("org-b").AddAsync(HubServer.Shared, takeover);

        Assert.Equal(0, status["success_count"]!.GetValue<int>());
        var failure = Assert.Single(status["failures"]!.AsArray())!;
        Assert.Equal(Id(original), failure["id"]!.GetValue<string>());
        Assert.Contains("only it may add versions", failure["message"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var reader in new[] { "org-a", "org-b", "org-c" })
        {
            var (_, latest) = await server.Client(reader).GetJsonAsync(OneObject(HubServer.Shared, Id(original)));
            var seen = Assert.Single(latest["objects"]!.AsArray())!;
            Assert.Equal("[email-addr:value = 'owner@front-company.example']", seen["pattern"]!.GetValue<string>());
            Assert.Null(seen["revoked"]);
        }

        // The owner still revokes its own indicator, and sightings of it go to the owner.
        var revocation = await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(Id(original), Stix.T0.AddDays(2), TlpMarkings.GreenId, revoked: true, value: "owner@front-company.example"));
        Assert.Equal(1, revocation["success_count"]!.GetValue<int>());
        var sighting = Stix.Sighting(Id(original), 4, TlpMarkings.GreenId);
        await server.Client("org-c").AddAsync(HubServer.Shared, sighting);
        var (_, owner) = await server.Client("org-a").GetJsonAsync(OneObject(HubServer.Shared, Id(original)) + "sightings/");
        Assert.Equal(Id(sighting), Assert.Single(owner["reports"]!.AsArray())!["sighting"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client("org-b").GetAsync(OneObject(HubServer.Shared, Id(sighting)))).StatusCode);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59.000Z", null)]
    [InlineData(null, "9999-12-31T23:59:59.000Z")]
    public async Task A_version_dated_in_the_future_is_refused(string? modified, string? created)
    {
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
        if (created is not null)
        {
            indicator["created"] = created;
            indicator["modified"] = created;
            indicator["valid_from"] = created;
        }
        else
        {
            indicator["modified"] = modified;
        }

        var status = await server.Client("org-a").AddAsync(HubServer.Shared, indicator);

        Assert.Equal(0, status["success_count"]!.GetValue<int>());
        Assert.Contains("future", Assert.Single(status["failures"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client("org-a").GetAsync(OneObject(HubServer.Shared, Id(indicator)))).StatusCode);
    }

    [Fact]
    public async Task A_sighting_goes_to_the_owner_of_the_sighted_object_in_its_collection_not_to_a_copier_elsewhere()
    {
        const string OwnOfB = "0c4d7e31-6a2b-4f80-9c1d-2e3f4a5b6c03";
        await server.Services.Store.SaveHubCollectionAsync(new HubCollectionInfo(OwnOfB, HubServer.ApiRoot, "Org B only", null, null, [TaxiiMediaTypes.Stix21]));
        await server.Services.Store.SetHubCollectionRightAsync(new HubCollectionRight(OwnOfB, "org-b", true, true));
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);
        // org-b copies it, newer, into its own collection.
        await server.Client("org-b").AddAsync(OwnOfB, Stix.Indicator(Id(indicator), Stix.T0.AddDays(1), TlpMarkings.GreenId));

        var sighting = Stix.Sighting(Id(indicator), 2, TlpMarkings.GreenId);
        await server.Client("org-c").AddAsync(HubServer.Shared, sighting);

        var (toOwner, _) = await server.Client("org-a").GetJsonAsync(OneObject(HubServer.Shared, Id(sighting)));
        var (toCopier, _) = await server.Client("org-b").GetJsonAsync(OneObject(HubServer.Shared, Id(sighting)));
        Assert.Equal(HttpStatusCode.OK, toOwner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toCopier.StatusCode);
        var (_, summary) = await server.Client("org-a").GetJsonAsync(OneObject(HubServer.Shared, Id(indicator)) + "sightings/");
        Assert.Equal("org-c", Assert.Single(summary["reports"]!.AsArray())!["organisation"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sighting_sent_before_its_object_goes_to_the_owner_once_the_object_arrives()
    {
        var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
        var sighting = Stix.Sighting(Id(indicator), 1, TlpMarkings.GreenId);
        await server.Client("org-c").AddAsync(HubServer.Shared, sighting);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client("org-a").GetAsync(OneObject(HubServer.Shared, Id(sighting)))).StatusCode);

        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);

        Assert.Equal(HttpStatusCode.OK, (await server.Client("org-a").GetAsync(OneObject(HubServer.Shared, Id(sighting)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client("org-b").GetAsync(OneObject(HubServer.Shared, Id(sighting)))).StatusCode);
    }

    [Theory]
    [InlineData(@"^(a)\\1$")]
    [InlineData(@"^(?=x)x$")]
    [InlineData(@"^(?>a+)b$")]
    public async Task A_matches_pattern_that_needs_backtracking_is_refused_per_object_with_the_reason(string regex)
    {
        var hostile = Stix.Indicator(marking: TlpMarkings.GreenId);
        hostile["pattern"] = $"[email-addr:value MATCHES '{regex}']";
        var fine = Stix.Indicator(marking: TlpMarkings.GreenId);
        fine["pattern"] = "[email-addr:value MATCHES '^(.+)+X0$']";

        var status = await server.Client("org-b").AddAsync(HubServer.Shared, hostile, fine);

        Assert.Equal(1, status["success_count"]!.GetValue<int>());
        var failure = Assert.Single(status["failures"]!.AsArray())!;
        Assert.Equal(Id(hostile), failure["id"]!.GetValue<string>());
        Assert.Contains("without backtracking", failure["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catastrophic_matches_indicators_of_one_organisation_do_not_keep_another_from_its_matches()
    {
        const string Email = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@front.example";
        var hostile = Enumerable.Range(0, 20).Select(_ =>
        {
            var indicator = Stix.Indicator(marking: TlpMarkings.GreenId);
            indicator["pattern"] = "[email-addr:value MATCHES '^(.+)+X0$']";
            return (JsonNode)indicator;
        }).ToArray();
        await server.Client("org-b").AddAsync(HubServer.Shared, hostile);
        var real = Stix.Indicator(marking: TlpMarkings.GreenId, value: Email);
        await server.Client("org-a").AddAsync(HubServer.Shared, real);

        var signals = await HubSignalsAsync("org-c", Email);

        Assert.Contains(Id(real), Assert.Single(signals).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanchored_patterns_are_evaluated_only_within_the_record_budget_and_anchored_ones_always()
    {
        var index = new HubIndicatorIndex { UnanchoredBudget = TimeSpan.Zero };
        var anchored = Stix.Indicator(marking: TlpMarkings.GreenId, value: "x@front.example");
        var unanchored = Stix.Indicator(marking: TlpMarkings.GreenId);
        unanchored["pattern"] = "[email-addr:value MATCHES '^x@']";
        index.Apply(Stored(1, anchored));
        index.Apply(Stored(2, unanchored));
        var generous = new HubIndicatorIndex();
        generous.Apply(Stored(1, anchored));
        generous.Apply(Stored(2, unanchored));
        var observable = new RecordObservable("email", "$.contacts.emails[0]", "x@front.example", new JsonObject { ["type"] = "email-addr", ["value"] = "x@front.example" });

        var all = generous.Match([observable], Stix.T0.AddDays(1), _ => true);
        var cut = index.Match([observable], Stix.T0.AddDays(1), _ => true);

        Assert.Equal([Id(anchored), Id(unanchored)], all.Select(m => m.Indicator.Id));
        Assert.Equal([Id(anchored)], cut.Select(m => m.Indicator.Id));
    }

    private static HubStoredObject Stored(long sequence, JsonObject indicator) => new(
        sequence, HubServer.Shared, Id(indicator), "indicator", "2.1", Stix.T0, Stix.Time(Stix.T0), Stix.T0, "org-a", HubTlp.Green, false, null, null, indicator.ToJsonString());

    private async Task<List<JsonElement>> HubSignalsAsync(string organisation, string email)
    {
        var record = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = "rec-" + organisation,
            ["kind"] = "job_applicant",
            ["submitted_at"] = "2026-10-01T10:00:00Z",
            ["person"] = new { full_name = "Person " + organisation },
            ["claimed_location"] = new { country = "US" },
            ["contacts"] = new { emails = new[] { email } },
        });
        var outcome = Assert.Single(await server.Services.Assessments.AssessAsync(organisation, [record], store: false));
        var assessment = JsonSerializer.SerializeToElement(outcome.Assessment, Cordon.Assessments.AssessmentJson.Options);
        return [.. assessment.GetProperty("signals").EnumerateArray().Where(s => s.GetProperty("code").GetString() == "HUB-INDICATOR")];
    }
}
