using System.Text;
using System.Text.Json.Nodes;
using Cordon.Stix.Model;
using Cordon.Stix.Validation;
using CsCheck;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// The STIX bundle and object parser and the validator on mutated bundles and hand-made hostile JSON: parsing ends with a
/// bundle or a <see cref="StixFormatException"/> naming the path, and validation of whatever parsed ends with a list of
/// errors, never another exception.
/// </summary>
public sealed class StixFuzzTests
{
    private static readonly byte[] SpecExamples = File.ReadAllBytes(SharedData.RepositoryRoot + "/tests/Cordon.Stix.Tests/Examples/spec-examples.json");

    [Fact]
    public void A_mutated_bundle_is_parsed_and_validated_or_refused_with_a_format_error()
    {
        Assert.Empty(StixValidator.ValidateBundleJson(SpecExamples));
        Mutation.Edits(8).Sample(
            edits => ParseAndValidate(Mutation.Apply(SpecExamples, edits)),
            iter: Mutation.Iterations(400),
            threads: 1);
    }

    [Fact]
    public void A_mutated_object_is_parsed_and_validated_or_refused_with_a_format_error()
    {
        var objects = StixBundle.Parse(SpecExamples).Objects.Select(o => Encoding.UTF8.GetBytes(o.ToJsonString())).ToArray();
        Gen.Select(Gen.Int[0, objects.Length - 1], Mutation.Edits(8)).Sample(
            pick =>
            {
                var text = Encoding.UTF8.GetString(Mutation.Apply(objects[pick.Item1], pick.Item2));
                ParseAndValidate(text);
            },
            iter: Mutation.Iterations(800),
            threads: 1);
    }

    [Fact]
    public void Generated_values_in_every_property_of_an_object_are_validated_without_an_exception()
    {
        // Each property of a real object replaced by a value of another shape: the validator's type checks must answer.
        var objects = StixBundle.Parse(SpecExamples).Objects.Select(o => o.Json).ToArray();
        var values = Gen.OneOf(
            Gen.Const("null"), Gen.Const("true"), Gen.Const("[]"), Gen.Const("{}"), Gen.Const("[null]"), Gen.Const("[[]]"), Gen.Const("[{}]"), Gen.Const("\"\""),
            Gen.Const("1e400"), Gen.Const("-1e400"), Gen.Const("123456789012345678901234567890"), Gen.Const("-0"), Gen.Const("0.5"), Gen.Const("-9223372036854775809"),
            Gen.Const("\"\\ud800\""), Gen.Const("\"\\u0000\""), Gen.Const("\"9999-12-31T23:59:60.9999999999Z\""), Gen.Const("\"0000-01-01T00:00:00Z\""),
            Gen.Const("[\"x--y\"]"), Gen.Const("\"indicator--00000000-0000-0000-0000-000000000000\""), Gen.Const("{\"\\ud800\":1}"),
            Gen.String.Select(s => System.Text.Json.JsonSerializer.Serialize(s)));
        Gen.Select(Gen.Int[0, objects.Length - 1], Gen.Int[0, 40], values).Sample(
            pick =>
            {
                var (which, property, value) = pick;
                var json = (JsonObject)objects[which].DeepClone();
                var names = json.Select(p => p.Key).ToArray();
                var target = names[property % names.Length];
                var replaced = "{" + string.Join(",", names.Select(n => System.Text.Json.JsonSerializer.Serialize(n) + ":" + (n == target ? value : json[n]?.ToJsonString() ?? "null"))) + "}";
                ParseAndValidate(replaced);
            },
            iter: Mutation.Iterations(1500),
            threads: 1);
    }

    [Theory]
    [InlineData("""{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[{"type":"identity","name":"\ud800"}]}""", "$.objects[0].name")]
    [InlineData("""{"type":"bundle","objects":[{"\udc00x":1}]}""", "$.objects[0]")]
    [InlineData("""{"\ud800":1,"\ud800":2}""", "$")]
    public void Half_a_surrogate_pair_is_refused_with_its_path(string json, string path)
    {
        var error = Assert.Throws<StixFormatException>(() => StixBundle.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(path, error.Path);
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
        Assert.Contains(StixValidator.ValidateBundleJson(Encoding.UTF8.GetBytes(json)), e => e.Path == path);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_with_their_path()
    {
        byte[] json = [.. "{\"type\":\"bundle\",\"objects\":[{\"name\":\""u8, 0xC3, .. "\"}]}"u8];
        var error = Assert.Throws<StixFormatException>(() => StixBundle.Parse(json));
        Assert.Equal("$.objects[0].name", error.Path);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_hostile_shapes_are_refused_with_a_format_error()
    {
        Assert.Equal(StixBundle.Parse(SpecExamples).Objects.Count, StixBundle.Parse([0xEF, 0xBB, 0xBF, .. SpecExamples]).Objects.Count);
        string[] hostile =
        [
            new string('[', 100_000),
            "{\"type\":\"bundle\",\"objects\":" + new string('[', 100_000) + new string(']', 100_000) + "}",
            "{\"type\":\"bundle\",\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", 50_000)) + "1" + new string('}', 50_001),
            "{\"type\":\"bundle\",\"type\":\"bundle\"}",
            "{\"type\":\"bundle\",\"objects\":[1e99999]}",
            "{\"type\":\"bundle\"\0}",
            "",
            "\"bundle\"",
        ];
        foreach (var json in hostile)
        {
            Assert.Throws<StixFormatException>(() => StixBundle.Parse(json));
            Assert.NotEmpty(StixValidator.ValidateBundleJson(Encoding.UTF8.GetBytes(json)));
        }
    }

    private static void ParseAndValidate(byte[] bytes)
    {
        StixBundle? bundle = null;
        Guard.Run("STIX bundle", () => bundle = StixBundle.Parse(bytes), typeof(StixFormatException));
        Guard.Run("STIX bundle validation", () => StixValidator.ValidateBundleJson(bytes));
        if (bundle is not null)
        {
            Guard.Run("STIX bundle validation", () => StixValidator.ValidateBundle(bundle));
        }
    }

    /// <summary>Reads one object (only a <see cref="StixFormatException"/> may escape) and validates what was read (nothing may escape).</summary>
    private static void ParseAndValidate(string text)
    {
        StixObject? parsed = null;
        Guard.Run("STIX object", () => parsed = StixObject.Parse(text), typeof(StixFormatException));
        if (parsed is not null)
        {
            Guard.Run("STIX object validation", () => StixValidator.Validate(parsed));
        }
    }
}
