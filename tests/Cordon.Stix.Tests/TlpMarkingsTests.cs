using System.Text.Json.Nodes;
using Cordon.Stix.Markings;
using Cordon.Stix.Model;

namespace Cordon.Stix.Tests;

public class TlpMarkingsTests
{
    [Theory]
    [InlineData(TlpLevel.Clear, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR", "clear")]
    [InlineData(TlpLevel.Green, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN", "green")]
    [InlineData(TlpLevel.Amber, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER", "amber")]
    [InlineData(TlpLevel.AmberStrict, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "TLP:AMBER+STRICT", "amber+strict")]
    [InlineData(TlpLevel.Red, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED", "red")]
    public void Tlp2_definitions_are_the_published_objects(TlpLevel level, string id, string name, string value)
    {
        var definition = TlpMarkings.DefinitionOf(level);

        Assert.Equal(id, definition.Id);
        Assert.Equal(name, definition.Name);
        Assert.Equal(name, TlpMarkings.NameOf(level));
        Assert.Equal("2022-10-01T00:00:00.000Z", definition.GetString("created"));
        var extension = definition.Extensions["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"];
        Assert.Equal("property-extension", extension["extension_type"]!.GetValue<string>());
        Assert.Equal(value, extension["tlp_2_0"]!.GetValue<string>());
        Assert.Equal(level, TlpMarkings.LevelOf(definition));
    }

    [Theory]
    [InlineData("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", TlpLevel.Clear)]
    [InlineData("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", TlpLevel.Green)]
    [InlineData("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", TlpLevel.Amber)]
    [InlineData("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", TlpLevel.Red)]
    public void Tlp1_ids_are_recognised(string id, TlpLevel level)
    {
        Assert.True(TlpMarkings.TryGetLevel(id, out var found));
        Assert.Equal(level, found);
    }

    [Fact]
    public void Nine_published_marking_definitions_are_shipped()
    {
        Assert.Equal(9, TlpMarkings.All.Count);
        Assert.Equal(TlpMarkings.Tlp2ExtensionId, TlpMarkings.Tlp2Extension.Id);
    }

    [Fact]
    public void Effective_tlp_is_the_most_restrictive_object_marking()
    {
        var indicator = Examples.SpecBundle().Objects.Single(o => o.Type == "indicator");
        var mixed = indicator.With("object_marking_refs", new JsonArray(TlpMarkings.GreenId, TlpMarkings.AmberStrictId, TlpMarkings.Tlp1AmberId));
        var unmarked = indicator.With("object_marking_refs", null);

        Assert.Equal(TlpLevel.Green, TlpMarkings.EffectiveLevel(indicator));
        Assert.Equal(TlpLevel.AmberStrict, TlpMarkings.EffectiveLevel(mixed));
        Assert.Null(TlpMarkings.EffectiveLevel(unmarked));
    }

    [Fact]
    public void Granular_tlp_counts_for_the_most_restrictive_level_but_not_the_object_level()
    {
        var indicator = Examples.SpecBundle().Objects.Single(o => o.Type == "indicator")
            .With("granular_markings", JsonNode.Parse($$"""[{"marking_ref":"{{TlpMarkings.RedId}}","selectors":["description"]}]"""));

        Assert.Equal(TlpLevel.Green, TlpMarkings.EffectiveLevel(indicator));
        Assert.Equal(TlpLevel.Red, TlpMarkings.MostRestrictiveLevel(indicator));
    }

    [Fact]
    public void Markings_published_under_other_ids_are_read_through_their_content()
    {
        var custom = (StixMarkingDefinition)StixObject.Parse($$$$"""
            {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--a16a4b5e-7a3c-4bd6-9a4c-5f5b3e2c1d0e","created":"2022-10-01T00:00:00.000Z","name":"Partner RED",
             "extensions":{"{{{{TlpMarkings.Tlp2ExtensionId}}}}":{"extension_type":"property-extension","tlp_2_0":"red"}}}
            """);
        var statement = (StixMarkingDefinition)Examples.SpecBundle().Objects.Single(o => o.Id == "marking-definition--a16a4b5e-7a3c-4bd6-9a4c-5f5b3e2c1d0e");
        var indicator = Examples.SpecBundle().Objects.Single(o => o.Type == "indicator")
            .With("object_marking_refs", new JsonArray(custom.Id));

        Assert.Equal(TlpLevel.Red, TlpMarkings.LevelOf(custom));
        Assert.Null(TlpMarkings.LevelOf(statement));
        Assert.Null(TlpMarkings.EffectiveLevel(indicator));
        Assert.Equal(TlpLevel.Red, TlpMarkings.EffectiveLevel(indicator, id => id == custom.Id ? custom : null));
    }
}
