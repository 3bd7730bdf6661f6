using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Hub;
using Cordon.Storage;
using CsCheck;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// Case variation of every identifier and marking field (ids, <c>*_ref</c>, <c>*_refs</c>, marking-definition ids in object
/// and granular markings, TLP names), and depth and size generators for STIX objects and TAXII envelopes (issue 13).
/// Properties: a TLP:RED object, however its identifiers are cased, is never readable by another organisation; nothing
/// the hub's object check is given throws.
/// </summary>
public sealed class HubCaseVariationFuzzTests
{
    private const string RedHex = "e828b379-4e03-4974-9ac4-e53a884c97c1";
    private const string Red10Hex = "5e57c739-391a-4eb3-b6be-7d15ca92d5ed";
    private static readonly HubReadRule Rule = new([new HubSharingGroup("wg", "Working group", ["org-a", "org-b"])]);

    /// <summary>The text with each letter's case chosen by the generator.</summary>
    private static Gen<string> CaseVaried(string text) =>
        Gen.Bool.Array[text.Length].Select(upper => new string(text.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()));

    /// <summary>A <c>type--uuid</c> identifier with the UUID's hex in generated case (the type stays lower case, as STIX requires).</summary>
    private static Gen<string> Identifier(string type) =>
        Gen.Guid.SelectMany(g => CaseVaried(g.ToString())).Select(uuid => type + "--" + uuid);

    private static readonly Gen<string> TlpName = Gen.OneOf(Gen.Const("red"), Gen.Const("amber"), Gen.Const("amber+strict"), Gen.Const("green"), Gen.Const("clear"), Gen.Const("white")).SelectMany(CaseVaried);

    /// <summary>An indicator marked TLP:RED (2.0 or 1.0, object-level or granular, case-varied), with case-varied ids and references.</summary>
    private static readonly Gen<JsonObject> RedIndicator =
        Gen.Select(
            Identifier("indicator"),
            Gen.OneOf(CaseVaried(RedHex), CaseVaried(Red10Hex)),
            Gen.Int[0, 2],
            Identifier("identity"),
            Identifier("marking-definition").Array[0, 3],
            Gen.Bool)
        .Select((id, redHex, where, createdBy, others, withRecipients) =>
        {
            var red = "marking-definition--" + redHex;
            var indicator = new JsonObject
            {
                ["type"] = "indicator",
                ["spec_version"] = "2.1",
                ["id"] = id,
                ["created_by_ref"] = createdBy,
                ["created"] = "2026-11-01T09:00:00.000Z",
                ["modified"] = "2026-11-01T09:00:00.000Z",
                ["pattern"] = "[email-addr:value = 'red@front.example']",
                ["pattern_type"] = "stix",
                ["valid_from"] = "2026-11-01T09:00:00Z",
            };
            var objectMarkings = new JsonArray(others.Select(o => (JsonNode)JsonValue.Create(o)).ToArray());
            if (where != 1)
            {
                objectMarkings.Add(red);
            }

            if (objectMarkings.Count > 0)
            {
                indicator["object_marking_refs"] = objectMarkings;
            }

            if (where >= 1)
            {
                indicator["granular_markings"] = new JsonArray(new JsonObject { ["marking_ref"] = red, ["selectors"] = new JsonArray("pattern") });
            }

            if (withRecipients)
            {
                indicator[HubRecipients.Property] = new JsonArray("org-a");
            }

            return indicator;
        });

    [Fact]
    public void A_case_varied_red_object_is_never_readable_by_another_organisation()
    {
        RedIndicator.Sample(
            indicator =>
            {
                using var document = JsonDocument.Parse(indicator.ToJsonString());
                var check = StixObjectReader.Check(document.RootElement);
                if (check.Valid is not { } valid)
                {
                    return;
                }

                Assert.Equal(HubTlp.Red, valid.Tlp);
                Assert.Equal(valid.ObjectId.ToLowerInvariant(), valid.ObjectId);
                Assert.DoesNotContain(RedHex.ToUpperInvariant(), valid.Json, StringComparison.Ordinal);
                foreach (var other in new[] { "org-b", "org-c" })
                {
                    Assert.False(Rule.CanRead("org-owner", valid.Tlp, other, valid.Recipients), $"{other} reads {indicator.ToJsonString()}");
                }
            },
            iter: Mutation.Iterations(2000));
    }

    [Fact]
    public void A_marking_definition_with_a_case_varied_tlp_name_under_its_own_id_still_keeps_objects_marked_with_it_owner_only()
    {
        Gen.Select(Identifier("marking-definition"), TlpName).Sample(
            (markingId, tlp) =>
            {
                var indicator = new JsonObject
                {
                    ["type"] = "indicator", ["spec_version"] = "2.1", ["id"] = "indicator--" + Guid.NewGuid(),
                    ["created"] = "2026-11-01T09:00:00.000Z", ["modified"] = "2026-11-01T09:00:00.000Z",
                    ["pattern"] = "[domain-name:value = 'front.example']", ["pattern_type"] = "stix", ["valid_from"] = "2026-11-01T09:00:00Z",
                    ["object_marking_refs"] = new JsonArray(markingId),
                };
                var definition = new JsonObject
                {
                    ["type"] = "marking-definition", ["spec_version"] = "2.1", ["id"] = markingId, ["created"] = "2026-11-01T09:00:00.000Z",
                    ["definition_type"] = "tlp", ["definition"] = new JsonObject { ["tlp"] = tlp },
                };
                var envelope = Encoding.UTF8.GetBytes(new JsonObject { ["objects"] = new JsonArray(definition, indicator) }.ToJsonString());
                IReadOnlyList<HubObjectToAdd> read;
                try
                {
                    read = HubBundles.Read("fuzz.json", envelope);
                }
                catch (HubImportException)
                {
                    return;
                }

                var marked = read.Single(o => o.Type == "indicator");
                Assert.Equal(HubTlp.Red, marked.Tlp);
            },
            iter: Mutation.Iterations(300));
    }

    /// <summary>Objects nested deep (extensions inside extensions) and wide (long lists, long strings), in generated case.</summary>
    private static readonly Gen<string> DeepOrWideObject =
        Gen.Select(Gen.Int[0, 300], Gen.Int[0, 5000], Gen.Int[0, 200_000], Identifier("indicator"), Identifier("marking-definition"))
        .Select((depth, width, length, id, marking) =>
        {
            var nested = new StringBuilder();
            for (var i = 0; i < depth; i++)
            {
                nested.Append("{\"x_deep_ref\":\"").Append(marking).Append("\",\"inner\":");
            }

            nested.Append('1').Append('}', depth);
            var refs = string.Join(",", Enumerable.Repeat("\"" + marking + "\"", width));
            return $$"""
                {"type":"indicator","spec_version":"2.1","id":"{{id}}","created":"2026-11-01T09:00:00.000Z","modified":"2026-11-01T09:00:00.000Z",
                 "pattern":"[domain-name:value = 'front.example']","pattern_type":"stix","valid_from":"2026-11-01T09:00:00Z",
                 "name":"{{new string('n', length)}}","object_marking_refs":[{{(width == 0 ? "\"" + marking + "\"" : refs)}}],"x_cordon_deep":{{nested}}}
                """;
        });

    [Fact]
    public void Deep_wide_and_case_varied_objects_and_envelopes_are_checked_or_refused_without_an_unhandled_exception()
    {
        DeepOrWideObject.Sample(
            json =>
            {
                Guard.Run("object", () =>
                {
                    using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1000 });
                    var check = StixObjectReader.Check(document.RootElement);
                    Assert.True(check.Valid is null || check.Valid.Tlp == HubTlp.Red, "an unknown marking left the object readable");
                });
                Guard.Run("bundle", () => HubBundles.Read("fuzz.json", Encoding.UTF8.GetBytes("{\"type\":\"bundle\",\"objects\":[" + json + "]}")), typeof(HubImportException));
            },
            iter: Mutation.Iterations(60),
            threads: 1);
    }
}
