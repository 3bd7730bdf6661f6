using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Tests;

public class StixModelTests
{
    [Fact]
    public void Spec_examples_parse_into_their_typed_views()
    {
        var bundle = Examples.SpecBundle();

        Assert.Equal("bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", bundle.Id);
        var indicator = Assert.IsType<StixIndicator>(bundle.Objects.Single(o => o.Type == "indicator"));
        Assert.Equal("Poison Ivy Malware", indicator.Name);
        Assert.Equal("stix", indicator.PatternType);
        Assert.Equal(new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero), indicator.ValidFrom!.Value.Value);
        Assert.Null(indicator.ValidUntil);
        Assert.Equal(["malicious-activity"], indicator.IndicatorTypes);
        Assert.Equal("identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", indicator.CreatedByRef);
        Assert.Equal(["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"], indicator.ObjectMarkingRefs);
        Assert.Equal(3, indicator.Created!.Value.FractionDigits);

        var actor = Assert.IsType<StixThreatActor>(bundle.Objects.Single(o => o.Type == "threat-actor"));
        Assert.Equal(["Syndicate 1", "Evil Syndicate 99"], actor.Aliases);
        var sighting = Assert.IsType<StixSighting>(bundle.Objects.Single(o => o.Type == "sighting"));
        Assert.Equal(50, sighting.Count);
        Assert.Equal("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", sighting.SightingOfRef);
        var relationship = Assert.IsType<StixRelationship>(bundle.Objects.Single(o => o.Type == "relationship"));
        Assert.Equal("indicates", relationship.RelationshipType);
        var note = Assert.IsType<StixNote>(bundle.Objects.Single(o => o.Type == "note"));
        Assert.Equal("job-tracker", note.ExternalReferences.Single().SourceName);
        Assert.Equal("job-id-1234", note.ExternalReferences.Single().ExternalId);
        var report = Assert.IsType<StixReport>(bundle.Objects.Single(o => o.Type == "report"));
        Assert.Equal(3, report.ObjectRefs.Count);
        Assert.IsType<StixIdentity>(bundle.Objects[0]);
        Assert.IsType<StixIntrusionSet>(bundle.Objects.Single(o => o.Type == "intrusion-set"));
        Assert.IsType<StixCampaign>(bundle.Objects.Single(o => o.Type == "campaign"));
        Assert.Equal(2, bundle.Objects.OfType<StixMarkingDefinition>().Count());
        Assert.Equal(["new-sdo"], Assert.IsType<StixExtensionDefinition>(bundle.Objects.Single(o => o.Type == "extension-definition")).ExtensionTypes);
        Assert.Equal("john@example.com", Assert.IsType<StixEmailAddress>(bundle.Objects.Single(o => o.Type == "email-addr")).Value);
        Assert.IsType<StixDomainName>(bundle.Objects.Single(o => o.Type == "domain-name"));
        Assert.IsType<StixIPv4Address>(bundle.Objects.Single(o => o.Type == "ipv4-addr"));
        Assert.IsType<StixIPv6Address>(bundle.Objects.Single(o => o.Type == "ipv6-addr"));
        Assert.IsType<StixUrl>(bundle.Objects.Single(o => o.Type == "url"));
        Assert.Equal("jdoe", Assert.IsType<StixUserAccount>(bundle.Objects.Single(o => o.Type == "user-account")).AccountLogin);
        var file = Assert.IsType<StixFile>(bundle.Objects.Single(o => o.Type == "file"));
        Assert.Equal(25536, file.Size);
        Assert.Equal("fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db", file.Hashes["SHA-256"]);

        var custom = bundle.Objects.Single(o => o.Type == "x-acme-widget");
        Assert.Equal(typeof(StixObject), custom.GetType());
        Assert.Equal(StixObjectCategory.Unknown, custom.Category);
    }

    [Fact]
    public void Round_trip_keeps_every_property_value_and_order_including_custom_ones_and_unknown_types()
    {
        var text = Examples.Text("spec-examples.json");
        var original = JsonNode.Parse(text)!;

        var written = Examples.SpecBundle().ToJsonString();

        var reread = JsonNode.Parse(written)!;
        Assert.True(JsonNode.DeepEquals(original, reread));
        // Property order and number spelling survive too: compact forms are identical text.
        Assert.Equal(original.ToJsonString(StixJson.WriteOptions), written);
    }

    [Fact]
    public void Numbers_are_written_as_they_were_read()
    {
        var json = """{"type":"x-thing","id":"x-thing--4527e5de-8572-446a-a57a-706f15467461","a":1.50,"b":2e3,"c":-0.0,"d":12345678901234567890}""";

        var written = StixObject.Parse(json).ToJsonString();

        Assert.Equal(json, written);
    }

    [Fact]
    public void Custom_property_names_are_listed_for_modelled_types_only()
    {
        var identity = Examples.SpecBundle().Objects[0];
        Assert.Equal(["x_acme_internal_rank"], identity.CustomPropertyNames);
        Assert.Empty(Examples.SpecBundle().Objects.Single(o => o.Type == "x-acme-widget").CustomPropertyNames);
    }

    [Fact]
    public void With_replaces_in_place_appends_new_and_leaves_the_original_untouched()
    {
        var indicator = (StixIndicator)Examples.SpecBundle().Objects.Single(o => o.Type == "indicator");

        var changed = indicator.With("name", JsonValue.Create("Renamed")).With("x_cordon_seen", JsonValue.Create(3));

        Assert.Equal("Poison Ivy Malware", indicator.Name);
        Assert.Equal("Renamed", ((StixIndicator)changed).Name);
        var keys = changed.Json.Select(p => p.Key).ToList();
        Assert.Equal(indicator.Json.Select(p => p.Key).Append("x_cordon_seen"), keys);
    }

    [Fact]
    public void Revoke_makes_a_new_version_and_refuses_to_go_back_in_time()
    {
        var indicator = (StixIndicator)Examples.SpecBundle().Objects.Single(o => o.Type == "indicator");
        var at = new DateTimeOffset(2020, 5, 1, 10, 0, 0, TimeSpan.Zero);

        var revoked = (StixIndicator)indicator.Revoke(at);

        Assert.True(revoked.Revoked);
        Assert.False(revoked.IsActiveAt(at.AddDays(1)));
        Assert.True(indicator.IsActiveAt(at.AddDays(1)));
        Assert.Equal("2020-05-01T10:00:00.000Z", revoked.GetString("modified"));
        Assert.Throws<ArgumentException>(() => indicator.Revoke(new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Indicator_validity_window_is_from_inclusive_until_exclusive()
    {
        var indicator = (StixIndicator)StixObject.Parse("""
            {"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z",
             "pattern":"[url:value = 'x']","pattern_type":"stix","valid_from":"2016-01-01T00:00:00Z","valid_until":"2016-02-01T00:00:00Z"}
            """);

        Assert.False(indicator.IsActiveAt(new DateTimeOffset(2015, 12, 31, 23, 59, 59, TimeSpan.Zero)));
        Assert.True(indicator.IsActiveAt(new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(indicator.IsActiveAt(new DateTimeOffset(2016, 2, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Bundle_create_gives_a_fresh_bundle_id_and_copies_objects()
    {
        var source = Examples.SpecBundle().Objects.Take(2).ToList();

        var bundle = StixBundle.Create(source);
        var reread = StixBundle.Parse(bundle.ToJsonString());

        Assert.StartsWith("bundle--", bundle.Id, StringComparison.Ordinal);
        Assert.Equal(source.Select(o => o.Id), reread.Objects.Select(o => o.Id));
    }
}
