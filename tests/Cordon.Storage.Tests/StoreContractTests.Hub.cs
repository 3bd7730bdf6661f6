using Cordon.Storage;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset HubNow = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private const string HubCollectionId = "0d3b9c5e-6f0a-4a4e-9b59-7f1d1c0f2a11";

    private async Task ArrangeHubAsync()
    {
        await Store.SaveHubApiRootAsync(new HubApiRoot("partners", "Partners", "shared indicators", 10_000_000));
        await Store.SaveHubCollectionAsync(new HubCollectionInfo(HubCollectionId, "partners", "Indicators", null, "indicators", ["application/stix+json;version=2.1"]));
        await Store.SaveHubSharingGroupAsync(new HubSharingGroup("g1", "DPRK working group", ["org-a", "org-b"]));
    }

    private static HubObjectToAdd HubObject(string id, DateTimeOffset? version, string tlp = HubTlp.Green, DateTimeOffset? dateAdded = null, string? sightingOf = null, bool revoked = false)
    {
        var type = id[..id.IndexOf("--", StringComparison.Ordinal)];
        var json = $$"""{"type":"{{type}}","id":"{{id}}","spec_version":"2.1"}""";
        return new HubObjectToAdd(id, type, "2.1", version, version?.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), tlp, revoked, null, sightingOf, json, dateAdded);
    }

    private async Task<HubObjectPage> ReadHubAsync(string reader, HubVersionFilter? versions = null, int limit = 100) =>
        await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, reader, limit, Versions: versions));

    [Fact]
    public async Task Hub_collections_rights_and_sharing_groups_round_trip()
    {
        await ArrangeHubAsync();
        await Store.SetHubCollectionRightAsync(new HubCollectionRight(HubCollectionId, "org-a", true, true));
        await Store.SetHubCollectionRightAsync(new HubCollectionRight(HubCollectionId, "org-b", true, false));
        await Store.SetHubCollectionRightAsync(new HubCollectionRight(HubCollectionId, "org-c", true, false));
        await Store.SetHubCollectionRightAsync(new HubCollectionRight(HubCollectionId, "org-c", false, false));

        var collection = Assert.Single(await Store.GetHubCollectionsAsync("partners"));
        Assert.Equal("indicators", collection.Alias);
        Assert.Equal(["application/stix+json;version=2.1"], collection.MediaTypes);
        Assert.Empty(await Store.GetHubCollectionsAsync("other"));
        Assert.Equal(
            [new HubCollectionRight(HubCollectionId, "org-a", true, true), new HubCollectionRight(HubCollectionId, "org-b", true, false)],
            await Store.GetHubCollectionRightsAsync());
        var group = Assert.Single(await Store.GetHubSharingGroupsAsync());
        Assert.Equal(["org-a", "org-b"], group.Organisations);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveHubCollectionAsync(new HubCollectionInfo("x", "missing-root", "X", null, null, [])));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveHubCollectionAsync(new HubCollectionInfo("y", "partners", "Y", null, "indicators", [])));
    }

    [Fact]
    public async Task Hub_add_stores_versions_once_with_strictly_increasing_date_added_and_records_the_status()
    {
        await ArrangeHubAsync();
        var status = new HubStatus("s-1", "partners", "org-a", "complete", HubNow, 4, [], [new HubStatusDetail("bad", null, "no type")], []);
        var objects = new[]
        {
            HubObject("indicator--11111111-1111-4111-8111-111111111111", HubNow.AddDays(-2)),
            HubObject("indicator--11111111-1111-4111-8111-111111111111", HubNow.AddDays(-1)),
            HubObject("indicator--11111111-1111-4111-8111-111111111111", HubNow.AddDays(-1)),
        };

        var result = await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", objects, status, HubNow));

        Assert.Equal(2, result.Added);
        Assert.Equal(1, result.Duplicates);
        var stored = await Store.GetHubStatusAsync("s-1");
        Assert.NotNull(stored);
        Assert.Equal(3, stored.Successes.Count);
        Assert.Equal("no type", Assert.Single(stored.Failures).Message);
        Assert.Equal(4, stored.TotalCount);
        var all = (await ReadHubAsync("org-a", HubVersionFilter.Every)).Objects;
        Assert.Equal(2, all.Count);
        Assert.True(all[1].DateAdded > all[0].DateAdded);
        Assert.Equal(HubNow, all[0].DateAdded);

        // Added again later with an earlier clock: date_added still moves forward.
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject("indicator--22222222-2222-4222-8222-222222222222", HubNow)], null, HubNow.AddHours(-1)));
        var again = (await ReadHubAsync("org-a", HubVersionFilter.Every)).Objects;
        Assert.True(again[2].DateAdded > again[1].DateAdded);
    }

    [Fact]
    public async Task Hub_add_to_a_missing_collection_stores_nothing()
    {
        await ArrangeHubAsync();
        var status = new HubStatus("s-2", "partners", "org-a", "complete", HubNow, 1, [], [], []);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.AddHubObjectsAsync(
            new HubAddRequest("no-such-collection", "org-a", [HubObject("indicator--11111111-1111-4111-8111-111111111111", HubNow)], status, HubNow)));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.AddHubObjectsAsync(
            new HubAddRequest(HubCollectionId, "org-a", [HubObject("indicator--11111111-1111-4111-8111-111111111111", HubNow), HubObject("indicator--x", HubNow, tlp: "purple")], status, HubNow)));
        Assert.Null(await Store.GetHubStatusAsync("s-2"));
        Assert.Empty((await ReadHubAsync("org-a", HubVersionFilter.Every)).Objects);
    }

    [Fact]
    public async Task Hub_paging_after_the_last_position_never_loses_or_repeats_objects_sharing_one_date_added()
    {
        await ArrangeHubAsync();
        var same = HubNow.AddDays(-10);
        var objects = Enumerable.Range(0, 11)
            .Select(i => HubObject($"indicator--{i:D8}-0000-4000-8000-000000000000", HubNow.AddMinutes(i), dateAdded: same))
            .ToArray();
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", objects, null, HubNow));

        var seen = new List<string>();
        HubPosition? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Store.QueryHubObjectsAsync(new HubObjectQuery(HubCollectionId, "org-b", 3, After: after));
            seen.AddRange(page.Objects.Select(o => o.ObjectId));
            pages++;
            if (!page.More)
            {
                break;
            }

            after = new HubPosition(page.Objects[^1].DateAdded, page.Objects[^1].Sequence);
        }

        Assert.Equal(4, pages);
        Assert.Equal(objects.Select(o => o.ObjectId), seen);
    }

    [Fact]
    public async Task Hub_reads_follow_tlp_owner_and_sharing_group()
    {
        await ArrangeHubAsync();
        var markings = new[] { HubTlp.None, HubTlp.Clear, HubTlp.Green, HubTlp.Amber, HubTlp.AmberStrict, HubTlp.Red };
        var objects = markings.Select((tlp, i) => HubObject($"indicator--{i:D8}-0000-4000-8000-000000000000", HubNow, tlp)).ToArray();
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", objects, null, HubNow));

        string[] Tlps(HubObjectPage page) => page.Objects.Select(o => o.Tlp).ToArray();
        Assert.Equal(markings, Tlps(await ReadHubAsync("org-a")));
        Assert.Equal([HubTlp.None, HubTlp.Clear, HubTlp.Green, HubTlp.Amber], Tlps(await ReadHubAsync("org-b")));
        Assert.Equal([HubTlp.None, HubTlp.Clear, HubTlp.Green], Tlps(await ReadHubAsync("org-c")));
    }

    [Fact]
    public async Task Hub_version_filters_judge_first_and_last_among_the_versions_the_reader_may_read()
    {
        await ArrangeHubAsync();
        const string Id = "indicator--33333333-3333-4333-8333-333333333333";
        await Store.AddHubObjectsAsync(new HubAddRequest(
            HubCollectionId,
            "org-a",
            [HubObject(Id, HubNow.AddDays(-3)), HubObject(Id, HubNow.AddDays(-2)), HubObject(Id, HubNow.AddDays(-1), HubTlp.Red)],
            null,
            HubNow));

        Assert.Equal(HubNow.AddDays(-1), Assert.Single((await ReadHubAsync("org-a")).Objects).Version);
        Assert.Equal(HubNow.AddDays(-2), Assert.Single((await ReadHubAsync("org-c")).Objects).Version);
        Assert.Equal(HubNow.AddDays(-3), Assert.Single((await ReadHubAsync("org-c", new HubVersionFilter(true, false, false, []))).Objects).Version);
        Assert.Equal(2, (await ReadHubAsync("org-c", HubVersionFilter.Every)).Objects.Count);
        Assert.Empty((await ReadHubAsync("org-c", new HubVersionFilter(false, false, false, [HubNow.AddDays(-1)]))).Objects);
        Assert.Single((await ReadHubAsync("org-a", new HubVersionFilter(false, false, false, [HubNow.AddDays(-1)]))).Objects);
        var both = await ReadHubAsync("org-c", new HubVersionFilter(true, true, false, []));
        Assert.Equal([HubNow.AddDays(-3), HubNow.AddDays(-2)], both.Objects.Select(o => o.Version));
    }

    [Fact]
    public async Task Hub_sightings_are_read_by_their_owner_and_the_sighted_objects_owner_only()
    {
        await ArrangeHubAsync();
        const string Indicator = "indicator--44444444-4444-4444-8444-444444444444";
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject(Indicator, HubNow)], null, HubNow));
        await Store.AddHubObjectsAsync(new HubAddRequest(
            HubCollectionId, "org-c", [HubObject("sighting--55555555-5555-4555-8555-555555555555", HubNow, sightingOf: Indicator)], null, HubNow));

        Assert.Contains((await ReadHubAsync("org-a")).Objects, o => o.Type == "sighting");
        Assert.Contains((await ReadHubAsync("org-c")).Objects, o => o.Type == "sighting");
        Assert.DoesNotContain((await ReadHubAsync("org-b")).Objects, o => o.Type == "sighting");
        Assert.Single(await Store.GetHubSightingsOfAsync(Indicator));
    }

    [Fact]
    public async Task Hub_deletes_only_the_owners_versions_and_unversioned_objects_are_stored_once()
    {
        await ArrangeHubAsync();
        await Store.AddHubObjectsAsync(new HubAddRequest(
            HubCollectionId, "org-a", [HubObject("email-addr--66666666-6666-5666-8666-666666666666", null), HubObject("email-addr--66666666-6666-5666-8666-666666666666", null)], null, HubNow));
        var stored = Assert.Single((await ReadHubAsync("org-a", HubVersionFilter.Every)).Objects);
        Assert.Equal(stored.DateAdded, stored.Version);

        Assert.Equal(0, await Store.DeleteHubObjectsAsync(HubCollectionId, "org-b", [stored.Sequence]));
        Assert.Equal(1, await Store.DeleteHubObjectsAsync(HubCollectionId, "org-a", [stored.Sequence]));
        Assert.Empty((await ReadHubAsync("org-a", HubVersionFilter.Every)).Objects);
    }

    [Fact]
    public async Task Hub_secret_is_created_once()
    {
        Assert.Equal("first", await Store.GetOrCreateHubSecretAsync("cursor", "first"));
        Assert.Equal("first", await Store.GetOrCreateHubSecretAsync("cursor", "second"));
    }

    [Fact]
    public async Task Hub_settings_are_set_listed_by_prefix_and_removed()
    {
        await Store.SetHubSettingAsync("subscription:b", "2");
        await Store.SetHubSettingAsync("subscription:a", "1");
        await Store.SetHubSettingAsync("other", "x");
        await Store.SetHubSettingAsync("subscription:a", "1b");

        Assert.Equal("1b", await Store.GetHubSettingAsync("subscription:a"));
        Assert.Equal(["subscription:a", "subscription:b"], (await Store.GetHubSettingsAsync("subscription:")).Select(p => p.Key));
        await Store.SetHubSettingAsync("subscription:a", null);
        Assert.Null(await Store.GetHubSettingAsync("subscription:a"));
        Assert.Single(await Store.GetHubSettingsAsync("subscription:"));
    }

    [Fact]
    public async Task Hub_indicator_versions_are_followed_by_sequence_and_the_checksum_shows_deletions()
    {
        await ArrangeHubAsync();
        const string First = "indicator--77777777-7777-4777-8777-777777777777";
        const string Second = "indicator--88888888-8888-4888-8888-888888888888";
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject(First, HubNow), HubObject("report--99999999-9999-4999-8999-999999999999", HubNow)], null, HubNow));
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-b", [HubObject(Second, HubNow, HubTlp.Red)], null, HubNow));
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [HubObject(First, HubNow.AddHours(1), revoked: true)], null, HubNow));

        var all = await Store.GetHubIndicatorVersionsAsync(0, 10);
        Assert.Equal([First, Second, First], all.Select(o => o.ObjectId));
        Assert.True(all[0].Sequence < all[1].Sequence && all[1].Sequence < all[2].Sequence);
        Assert.Equal(["org-a", "org-b", "org-a"], all.Select(o => o.OwnerOrganisation));
        Assert.Equal([false, false, true], all.Select(o => o.Revoked));
        Assert.Equal(HubTlp.Red, all[1].Tlp);
        Assert.All(all, o => Assert.Contains(o.ObjectId, o.Json));
        Assert.Equal([Second], (await Store.GetHubIndicatorVersionsAsync(all[0].Sequence, 1)).Select(o => o.ObjectId));
        Assert.Empty(await Store.GetHubIndicatorVersionsAsync(all[2].Sequence, 10));

        var before = await Store.GetHubIndicatorChecksumAsync(all[2].Sequence);
        Assert.Equal(new HubSequenceChecksum(3, all.Sum(o => o.Sequence)), before);
        Assert.Equal(new HubSequenceChecksum(1, all[0].Sequence), await Store.GetHubIndicatorChecksumAsync(all[0].Sequence));
        Assert.Equal(1, await Store.DeleteHubObjectsAsync(HubCollectionId, "org-b", [all[1].Sequence]));
        Assert.Equal(new HubSequenceChecksum(2, all[0].Sequence + all[2].Sequence), await Store.GetHubIndicatorChecksumAsync(all[2].Sequence));
    }

    [Fact]
    public async Task Hub_correlation_alerts_are_stored_once_per_record_and_indicator_with_their_details_and_only_for_their_organisation()
    {
        var alert = new Alert(0, "rec-1", AlertKind.HubIndicatorMatch, "hub:c1", 42, "indicator--1", "Front-company e-mail", 0.8, HubNow)
        {
            Details = """{"pattern":"[email-addr:value = 'x@y.example']","matched":[{"kind":"email"}]}""",
        };
        var stored = Assert.Single(await Store.AddHubCorrelationAlertsAsync("org-b", [alert, alert with { ListVersionId = 43 }]));
        Assert.True(stored.Id > 0);
        Assert.Empty(await Store.AddHubCorrelationAlertsAsync("org-b", [alert]));
        Assert.Single(await Store.AddHubCorrelationAlertsAsync("org-c", [alert]));
        Assert.Single(await Store.AddHubCorrelationAlertsAsync("org-b", [alert with { SubjectId = "rec-2" }]));

        var read = (await Store.GetAlertsAsync("org-b", "rec-1")).Single();
        Assert.Equal(AlertKind.HubIndicatorMatch, read.Kind);
        Assert.Equal(("hub:c1", 42L, "indicator--1", "Front-company e-mail", 0.8), (read.ListId, read.ListVersionId, read.EntitySourceId, read.EntityName, read.Score));
        Assert.Equal(alert.Details, read.Details);
        Assert.Equal(2, (await Store.GetAlertsAsync("org-b")).Count);
        Assert.Empty(await Store.GetAlertsAsync("org-a"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.AddHubCorrelationAlertsAsync("org-b", [alert with { Kind = AlertKind.NewMatch }]));
    }

    [Fact]
    public async Task Hub_add_of_a_large_envelope_stores_each_new_version_once_across_insert_chunks()
    {
        await ArrangeHubAsync();
        await Store.SetHubCollectionRightAsync(new HubCollectionRight(HubCollectionId, "org-a", true, true));
        var ids = Enumerable.Range(0, 1200).Select(i => $"indicator--{i:00000000}-0000-4000-8000-000000000000").ToList();
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", [.. ids.Take(300).Select(id => HubObject(id, HubNow))], null, HubNow));

        // 300 already stored, 900 new, 600 repeated within the envelope (across the insert chunks), an observable twice,
        // and a sighting of an indicator sent in the same envelope.
        var envelope = ids.Select(id => HubObject(id, HubNow)).Concat(ids.Skip(300).Take(600).Select(id => HubObject(id, HubNow)))
            .Append(HubObject("email-addr--77777777-7777-5777-8777-777777777777", null))
            .Append(HubObject("email-addr--77777777-7777-5777-8777-777777777777", null))
            .Append(HubObject("sighting--66666666-6666-4666-8666-666666666666", HubNow, sightingOf: ids[1100]))
            .ToList();
        var status = new HubStatus("s-large", "partners", "org-a", "complete", HubNow, envelope.Count, [], [], []);
        var result = await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a", envelope, status, HubNow.AddMinutes(1)));

        Assert.Equal((902, envelope.Count - 902), (result.Added, result.Duplicates));
        Assert.Equal(envelope.Count, result.Status!.Successes.Count);
        var stored = (await ReadHubAsync("org-a", HubVersionFilter.Every, limit: 5000)).Objects;
        Assert.Equal(1202, stored.Count);
        Assert.Equal(stored.Count, stored.Select(o => (o.ObjectId, o.Version)).Distinct().Count());
        var added = stored.Skip(300).Select(o => o.DateAdded).ToList();
        Assert.True(added.Zip(added.Skip(1)).All(p => p.First < p.Second), "date_added strictly increasing");
        Assert.True(added[0] > stored[299].DateAdded);
        var sighting = Assert.Single(await Store.GetHubSightingsOfAsync(ids[1100]));
        Assert.Equal("org-a", sighting.OwnerOrganisation);
    }

    [Fact]
    public async Task Hub_red_versions_are_read_by_their_owner_and_named_recipients_only()
    {
        await ArrangeHubAsync();
        const string Named = "indicator--aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
        const string Unnamed = "indicator--bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
        await Store.AddHubObjectsAsync(new HubAddRequest(HubCollectionId, "org-a",
        [
            HubObject(Named, HubNow, HubTlp.Red) with { Recipients = ["org-c", "org-d"] },
            HubObject(Named, HubNow.AddHours(1), HubTlp.Red),
            HubObject(Unnamed, HubNow, HubTlp.Red),
        ], null, HubNow));

        Assert.Equal(3, (await ReadHubAsync("org-a", HubVersionFilter.Every)).Objects.Count);
        var forC = (await ReadHubAsync("org-c", HubVersionFilter.Every)).Objects;
        Assert.Equal([(Named, HubNow)], forC.Select(o => (o.ObjectId, o.Version)));
        Assert.Single((await ReadHubAsync("org-d", HubVersionFilter.Every)).Objects);
        Assert.Empty((await ReadHubAsync("org-b", HubVersionFilter.Every)).Objects);
    }

    [Fact]
    public async Task The_newest_assessment_ids_and_their_records_are_read_without_the_texts_of_the_rest()
    {
        var first = new StoredAssessment("rec-1", """{"id":"rec-1","v":1}""", "{}", 10, "low", "v1", HubNow);
        await Store.SaveAssessmentsAsync(DefaultOrg, [first, first with { RecordId = "rec-2", RecordJson = """{"id":"rec-2"}""" }]);
        await Store.SaveAssessmentsAsync(DefaultOrg, [first with { RecordJson = """{"id":"rec-1","v":2}""", AssessedAt = HubNow.AddHours(1) }]);

        var latest = (await Store.GetLatestAssessmentIdsAsync(DefaultOrg)).OrderBy(l => l.RecordId, StringComparer.Ordinal).ToList();
        Assert.Equal(["rec-1", "rec-2"], latest.Select(l => l.RecordId));
        var records = await Store.GetAssessedRecordsAsync(DefaultOrg, [.. latest.Select(l => l.AssessmentId)]);
        Assert.Equal(
            [("rec-1", """{"id":"rec-1","v":2}"""), ("rec-2", """{"id":"rec-2"}""")],
            records.OrderBy(r => r.RecordId, StringComparer.Ordinal).Select(r => (r.RecordId, r.RecordJson)));

        // Another organisation sees neither the ids nor the records, even when it names the ids.
        Assert.Empty(await Store.GetLatestAssessmentIdsAsync("org-elsewhere"));
        Assert.Empty(await Store.GetAssessedRecordsAsync("org-elsewhere", [.. latest.Select(l => l.AssessmentId)]));
    }
}
