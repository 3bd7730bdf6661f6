using Cordon.Assessments;
using System.Text;
using Cordon.Risk;
using Cordon.Stix.Patterning;
using CsCheck;

namespace Cordon.Fuzz.Tests;

/// <summary>The application record reader, the risk configuration parser and the STIX pattern parser on mutated and generated text.</summary>
public sealed class TextParserFuzzTests
{
    private static readonly string[] Applications = File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"));

    /// <summary>Patterns in the shapes of the STIX 2.1 specification's examples (section 9).</summary>
    private static readonly string[] Patterns =
    [
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
        "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']",
        "[domain-name:value = 'example.com'] FOLLOWEDBY [url:value LIKE 'http://%.example.com/%'] WITHIN 300 SECONDS",
        "([file:name = 'foo.dll'] AND [process:name = 'bar.exe']) REPEATS 5 TIMES START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
        "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value ISSUBSET '198.51.100.0/24' AND network-traffic:dst_port IN (80, 443)]",
        "[x-cordon-wallet:address = '0x098b716b8aaf21512996dc57eb0615e2383e2f96' AND user-account:account_login != 'root']",
        "[artifact:payload_bin = b'dGhpcyBpcyBhIHRlc3Q=' OR file:size > 1500]",
    ];

    [Fact]
    public void A_mutated_application_record_is_read_or_rejected_with_errors_never_an_exception()
    {
        var seeds = Applications.Select(Encoding.UTF8.GetBytes).ToArray();
        Gen.Select(Gen.Int[0, seeds.Length - 1], Mutation.Edits()).Sample(
            pick =>
            {
                var text = Encoding.UTF8.GetString(Mutation.Apply(seeds[pick.Item1], pick.Item2));
                ApplicationReadResult? result = null;
                Guard.Run("application record", () => result = ApplicationReader.Read(text));
                Assert.True(result!.Record is null != (result.Errors.Count == 0), "a record, or errors, never both nor neither");
            },
            iter: Mutation.Iterations(600),
            threads: 1);
    }

    [Fact]
    public void Mutated_application_records_assessed_together_get_assessments_or_errors_never_an_exception()
    {
        // The assessment service's step after the reader: the id of a refused record, duplicates, signals across records.
        var engine = new RiskEngine(RiskConfiguration.Default, RiskContext.Empty);
        var seeds = Applications.Select(Encoding.UTF8.GetBytes).ToArray();
        Gen.Select(Gen.Int[0, seeds.Length - 1], Mutation.Edits(), Gen.Int[0, seeds.Length - 1], Mutation.Edits()).Sample(
            pick =>
            {
                var (first, firstEdits, second, secondEdits) = pick;
                string[] records = [Encoding.UTF8.GetString(Mutation.Apply(seeds[first], firstEdits)), Encoding.UTF8.GetString(Mutation.Apply(seeds[second], secondEdits)), Applications[first]];
                IReadOnlyList<Cordon.Assessments.AssessmentOutcome>? outcomes = null;
                Guard.Run("assessment of application records", () => outcomes = Cordon.Assessments.AssessmentPipeline.Assess(engine, records));
                Assert.All(outcomes!, o => Assert.True(o.Assessment is null != (o.Errors.Count == 0), "an assessment, or errors, never both nor neither"));
            },
            iter: Mutation.Iterations(200),
            threads: 1);
    }

    [Fact]
    public void Generated_json_shapes_are_read_or_rejected_with_errors()
    {
        // Deep nesting, huge arrays and long strings: the reader's depth and size limits must answer, not the stack.
        var shapes = Gen.OneOf(
            Gen.Int[1, 5000].Select(depth => new string('[', depth) + new string(']', depth)),
            Gen.Int[1, 3000].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)),
            Gen.Int[0, 200_000].Select(length => "{\"id\":\"" + new string('x', length) + "\"}"),
            Gen.String.Select(s => "{\"id\":" + System.Text.Json.JsonSerializer.Serialize(s) + ",\"kind\":\"job_applicant\"}"),
            Gen.String);
        shapes.Sample(
            text =>
            {
                ApplicationReadResult? result = null;
                Guard.Run("application record", () => result = ApplicationReader.Read(text));
                Assert.NotNull(result);
            },
            iter: Mutation.Iterations(300),
            threads: 1);
    }

    [Fact]
    public void A_mutated_risk_configuration_is_parsed_or_refused_with_a_configuration_error()
    {
        var seed = File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "config", "risk.json"));
        RiskConfiguration.Parse(Encoding.UTF8.GetString(seed));
        Mutation.Edits().Sample(
            edits => Guard.Run("risk configuration", () => RiskConfiguration.Parse(Encoding.UTF8.GetString(Mutation.Apply(seed, edits))), typeof(RiskConfigurationException)),
            iter: Mutation.Iterations(400),
            threads: 1);
    }

    [Fact]
    public void A_mutated_stix_pattern_is_parsed_or_refused_with_a_syntax_error()
    {
        foreach (var pattern in Patterns)
        {
            StixPattern.Parse(pattern);
        }

        var seeds = Patterns.Select(Encoding.UTF8.GetBytes).ToArray();
        Gen.Select(Gen.Int[0, seeds.Length - 1], Mutation.Edits(8)).Sample(
            pick => Guard.Run("STIX pattern", () => StixPattern.Parse(Encoding.UTF8.GetString(Mutation.Apply(seeds[pick.Item1], pick.Item2))), typeof(PatternSyntaxException)),
            iter: Mutation.Iterations(1500),
            threads: 1);
    }

    [Fact]
    public void Generated_pattern_text_is_parsed_or_refused_with_a_syntax_error()
    {
        var pieces = Gen.OneOf(
            Gen.Const("["), Gen.Const("]"), Gen.Const("("), Gen.Const(")"), Gen.Const(" AND "), Gen.Const(" OR "), Gen.Const(" NOT "),
            Gen.Const(" FOLLOWEDBY "), Gen.Const(" REPEATS 2 TIMES"), Gen.Const(" WITHIN 5 SECONDS"), Gen.Const("file:name"), Gen.Const("ipv4-addr:value"),
            Gen.Const(" = "), Gen.Const(" != "), Gen.Const(" MATCHES "), Gen.Const(" IN "), Gen.Const("'x'"), Gen.Const("42"), Gen.Const("t'2020-01-01T00:00:00Z'"),
            Gen.Const(".'a b'"), Gen.Const("[*]"), Gen.Const("[1]"), Gen.Const(","), Gen.String[0, 8]);
        pieces.Array[0, 60].Select(string.Concat).Sample(
            text => Guard.Run("STIX pattern", () => StixPattern.Parse(text), typeof(PatternSyntaxException)),
            iter: Mutation.Iterations(1500),
            threads: 1);
    }
}
