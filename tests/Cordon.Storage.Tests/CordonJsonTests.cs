using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Core;

namespace Cordon.Storage.Tests;

public sealed class CordonJsonTests
{
    [Fact]
    public void Rich_fixture_sets_every_entity_property()
    {
        // Guards the round-trip tests: a property left at its default would round-trip trivially.
        var rich = Fixtures.Rich();
        foreach (var property in typeof(ListedEntity).GetProperties())
        {
            var value = property.GetValue(rich);
            Assert.True(
                value is not null && (value is not System.Collections.IEnumerable e || value is string || e.Cast<object>().Any()),
                property.Name + " is not set in Fixtures.Rich");
        }
    }

    [Fact]
    public void Listed_entity_round_trips()
    {
        var rich = Fixtures.Rich();
        EntityAssert.Equal(rich, CordonJson.Deserialize<ListedEntity>(CordonJson.Serialize(rich)));
    }

    [Fact]
    public void Fast_writer_writes_exactly_what_the_shared_options_write()
    {
        var bare = new ListedEntity { ListId = "l", SourceId = "1", Type = EntityType.Aircraft, PrimaryName = "P", SourceRecord = "r" };
        foreach (var entity in new[] { Fixtures.Rich(), bare })
        {
            Assert.Equal(JsonSerializer.Serialize(entity, CordonJson.Options), CordonJson.Serialize(entity));
        }

        var subject = Fixtures.Subject("s", "Kim").Subject;
        Assert.Equal(JsonSerializer.Serialize(subject, CordonJson.Options), CordonJson.Serialize(subject));
    }

    [Fact]
    public void Entity_json_is_camel_case_with_enum_names_iso_dates_and_no_nulls()
    {
        var entity = new ListedEntity
        {
            ListId = "l",
            SourceId = "1",
            Type = EntityType.Vessel,
            PrimaryName = "SHIP",
            Aliases = [new Alias("S", AliasStrength.Weak)],
            Particulars = new Dictionary<string, string> { ["Call Sign"] = "ABC" },
            ListedOn = new DateOnly(2016, 3, 2),
            SourceRecord = "raw",
        };

        var json = JsonNode.Parse(CordonJson.Serialize(entity))!.AsObject();

        Assert.Equal("Vessel", (string?)json["type"]);
        Assert.Equal("SHIP", (string?)json["primaryName"]);
        Assert.Equal("Weak", (string?)json["aliases"]![0]!["strength"]);
        Assert.False(json["aliases"]![0]!.AsObject().ContainsKey("kind"));
        Assert.Equal("ABC", (string?)json["particulars"]!["Call Sign"]);
        Assert.Equal("2016-03-02", (string?)json["listedOn"]);
        Assert.False(json.ContainsKey("gender"));
        Assert.False(json.ContainsKey("remarks"));
        Assert.Empty(json["datesOfBirth"]!.AsArray());
    }

    [Fact]
    public void Screening_subject_round_trips_with_partial_date()
    {
        var subject = new ScreeningSubject
        {
            Name = "Kim Jong Un",
            Kind = SubjectKind.Person,
            DateOfBirth = new PartialDate("circa 1984", 1984, Approximate: true),
            Nationality = "KP",
            Gender = "Male",
            DocumentNumbers = ["PS 381420041"],
            EmailAddresses = ["a@example.com"],
            Websites = ["example.com"],
            WalletAddresses = ["1Abc"],
        };

        var back = CordonJson.Deserialize<ScreeningSubject>(CordonJson.Serialize(subject));

        Assert.Equal(subject.Name, back.Name);
        Assert.Equal(subject.Kind, back.Kind);
        Assert.Equal(subject.DateOfBirth, back.DateOfBirth);
        Assert.Equal(subject.Nationality, back.Nationality);
        Assert.Equal(subject.Gender, back.Gender);
        Assert.Equal(subject.DocumentNumbers, back.DocumentNumbers);
        Assert.Equal(subject.EmailAddresses, back.EmailAddresses);
        Assert.Equal(subject.Websites, back.Websites);
        Assert.Equal(subject.WalletAddresses, back.WalletAddresses);
    }

    [Fact]
    public void Reading_accepts_any_property_case_and_enum_names_and_defaults_missing_collections()
    {
        var subject = CordonJson.Deserialize<ScreeningSubject>("""{"NAME":"X","kind":"organization"}""");
        Assert.Equal("X", subject.Name);
        Assert.Equal(SubjectKind.Organization, subject.Kind);
        Assert.Empty(subject.EmailAddresses);
        Assert.Empty(subject.WalletAddresses);

        var entity = CordonJson.Deserialize<ListedEntity>("""{"listId":"l","sourceId":"1","type":"Vessel","primaryName":"P","sourceRecord":"r"}""");
        Assert.Empty(entity.Aliases);
        Assert.Empty(entity.Particulars);
        Assert.Null(entity.ListedOn);
    }

    [Fact]
    public void Missing_required_property_and_null_document_are_errors()
    {
        Assert.Throws<JsonException>(() => CordonJson.Deserialize<ScreeningSubject>("""{"kind":"Person"}"""));
        Assert.Throws<JsonException>(() => CordonJson.Deserialize<ScreeningSubject>("null"));
    }

    [Fact]
    public void Shared_options_are_frozen_and_configure_applies_them_elsewhere()
    {
        Assert.True(CordonJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => CordonJson.Options.WriteIndented = true);

        var mine = CordonJson.Configure(new JsonSerializerOptions { WriteIndented = true });
        var json = JsonSerializer.Serialize(new ScreeningSubject { Name = "A", Kind = SubjectKind.Vessel }, mine);
        Assert.Contains("\"kind\": \"Vessel\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("dateOfBirth", json, StringComparison.Ordinal);
        Assert.Single(CordonJson.Configure(CordonJson.Configure(new JsonSerializerOptions())).Converters);
    }
}
