using System.Text;
using Cordon.Hub;
using CsCheck;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// The hub's readers of outside JSON on mutated input: STIX bundles and TAXII envelopes (each object through the hub's
/// object check and the STIX validator) and medallion memory-backend files end with objects or a
/// <see cref="HubImportException"/> naming the file and the problem, never another exception.
/// </summary>
public sealed class HubFuzzTests
{
    private static readonly byte[] SpecExamples = File.ReadAllBytes(SharedData.RepositoryRoot + "/tests/Cordon.Stix.Tests/Examples/spec-examples.json");

    /// <summary>A memory-backend file in medallion's layout (the one the hub's own tests load).</summary>
    private static readonly string Medallion = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "tests", "Cordon.Hub.Tests", "Fixtures", "medallion-memory.json"));

    [Fact]
    public void A_mutated_bundle_or_envelope_is_read_or_refused_with_an_import_error()
    {
        var envelope = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SpecExamples).Replace("\"type\": \"bundle\",", "\"more\": false,", StringComparison.Ordinal));
        Assert.NotEmpty(HubBundles.Read("bundle.json", SpecExamples));
        Assert.NotEmpty(HubBundles.Read("envelope.json", envelope));
        Gen.Select(Gen.Bool, Mutation.Edits(8)).Sample(
            pick => Guard.Run("bundle", () => HubBundles.Read("bundle.json", Mutation.Apply(pick.Item1 ? SpecExamples : envelope, pick.Item2)), typeof(HubImportException)),
            iter: Mutation.Iterations(400),
            threads: 1);
    }

    [Fact]
    public void A_mutated_medallion_file_is_planned_or_refused_with_an_import_error()
    {
        var seed = Encoding.UTF8.GetBytes(Medallion);
        Assert.Equal(3, MedallionImport.Plan("medallion.json", seed, "org-m").Collections.Count);
        Mutation.Edits(8).Sample(
            edits => Guard.Run("medallion", () => MedallionImport.Plan("medallion.json", Mutation.Apply(seed, edits), "org-m"), typeof(HubImportException)),
            iter: Mutation.Iterations(600),
            threads: 1);
    }

    [Theory]
    [InlineData("""{"research":{"collections":[{"id":"2c1f0a35-9d7e-4b8a-8c61-5f0e2d3a4b01","title":"\udc00"}]}}""", "$.research.collections[0].title")]
    [InlineData("""{"\ud800":{}}""", "$")]
    public void Half_a_surrogate_pair_in_a_medallion_file_is_refused_with_its_path(string json, string path)
    {
        var error = Assert.Throws<HubImportException>(() => MedallionImport.Plan("m.json", Encoding.UTF8.GetBytes(json), "org-m"));
        Assert.Contains("m.json: not valid JSON text at " + path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"bundle","objects":[{"type":"identity","\ud800":1}]}""", "$.objects[0]")]
    [InlineData("""{"\ud800":1,"objects":[]}""", "$")]
    [InlineData("""{"objects":[{"type":"indicator","name":"\ud800x"}]}""", "$.objects[0].name")]
    public void Half_a_surrogate_pair_in_a_bundle_is_refused_with_its_path(string json, string path)
    {
        var error = Assert.Throws<HubImportException>(() => HubBundles.Read("b.json", Encoding.UTF8.GetBytes(json)));
        Assert.Contains("b.json: not valid JSON text at " + path + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_before_a_bundle_or_medallion_file_is_skipped()
    {
        Assert.Equal(HubBundles.Read("b.json", SpecExamples).Count, HubBundles.Read("b.json", (byte[])[0xEF, 0xBB, 0xBF, .. SpecExamples]).Count);
        Assert.Equal(3, MedallionImport.Plan("m.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Medallion)], "org-m").Collections.Count);
    }

    [Fact]
    public void Generated_taxii_query_parameters_are_parsed_or_refused_with_a_400_and_cursors_are_read_or_refused()
    {
        var parameterValues = Gen.OneOf(
            Gen.String, Gen.Const("2025-01-01T00:00:00Z"), Gen.Const("2025-01-01T00:00:00.123456789012Z"), Gen.Const("9999-12-31T23:59:59.9999999Z"),
            Gen.Const("0000-00-00T00:00:00Z"), Gen.Const("2025-02-30T25:61:61Z"), Gen.Const("٢٠٢٥-٠١-٠١T00:00:00Z"), Gen.Const("2025-01-01T00:00:00Z\n"),
            Gen.Const("99999999999999999999"), Gen.Const("-1"), Gen.Const("0"), Gen.Const("first,last,all"), Gen.Const(",,,"), Gen.Const("\ud800"));
        var names = new[] { "added_after", "limit", "next", "match[id]", "match[type]", "match[version]", "match[spec_version]" };
        var cursor = new PageCursor(new byte[32]);
        var valid = cursor.Issue("scope", new Cordon.Storage.HubPosition(DateTimeOffset.UnixEpoch, 7));
        Assert.Equal(7, cursor.Read("scope", valid)!.Sequence);
        Gen.Select(parameterValues.Array[names.Length], Mutation.Edits()).Sample(
            pick =>
            {
                var (values, edits) = pick;
                Guard.Run("TAXII query", () => TaxiiFilter.Parse(name => values[Array.IndexOf(names, name)]).Canonical(), typeof(TaxiiException));
                Guard.Run("TAXII cursor", () => cursor.Read("scope", Encoding.UTF8.GetString(Mutation.Apply(Encoding.UTF8.GetBytes(valid), edits))));
                Guard.Run("TAXII cursor", () => cursor.Read("scope", values[2]));
            },
            iter: Mutation.Iterations(1000),
            threads: 1);
    }
}
