using System.Text.Json.Nodes;
using Cordon.Stix.Patterning;

namespace Cordon.Stix.Tests;

public class PatternEvaluatorTests
{
    private static readonly DateTimeOffset T0 = new(2016, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static JsonObject Sco(string json) => JsonNode.Parse(json)!.AsObject();

    private static bool Matches(string pattern, params string[] objects) =>
        StixPattern.Parse(pattern).Matches(objects.Select(Sco).ToArray(), T0);

    private static PatternObservation At(int seconds, params string[] objects) =>
        new(objects.Select(Sco).ToArray(), T0.AddSeconds(seconds), T0.AddSeconds(seconds));

    private const string File = """{"type":"file","id":"file--1","name":"foo.dll","size":25536,"hashes":{"SHA-256":"aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f","MD5":"79054025255FB1A26E4BC422AEF54EB4"},"mime_type":"application/x-pdf","magic_number_hex":"ffd8","parent_directory_ref":"directory--1","created":"2014-01-13T07:03:17Z","extensions":{"windows-pebinary-ext":{"sections":[{"name":".text","entropy":7.5},{"name":".data","entropy":2.1}]}}}""";
    private const string Directory = """{"type":"directory","id":"directory--1","path":"C:\\Windows\\System32"}""";

    [Theory]
    [InlineData("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']", true)]
    [InlineData("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' AND file:mime_type = 'application/x-pdf']", true)]
    [InlineData("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' AND file:mime_type = 'text/plain']", false)]
    [InlineData("[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\\\Windows\\\\System32']", true)]
    [InlineData("[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\\\Windows']", false)]
    [InlineData("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]", true)]
    [InlineData("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 8.0]", false)]
    [InlineData("[file:extensions.'windows-pebinary-ext'.sections[1].name = '.data']", true)]
    [InlineData("[file:extensions.'windows-pebinary-ext'.sections[0].name = '.data']", false)]
    [InlineData("[file:extensions.'windows-pebinary-ext'.sections[5].name = '.data']", false)]
    [InlineData("[file:mime_type = 'application/x-pdf' AND file:magic_number_hex = h'ffd8']", true)]
    [InlineData("[file:magic_number_hex = h'ffd9']", false)]
    [InlineData("[file:hashes.MD5 = h'79054025255fb1a26e4bc422aef54eb4']", true)]
    [InlineData("[file:size = 25536]", true)]
    [InlineData("[file:size = 25536.0]", true)]
    [InlineData("[file:size = '25536']", false)]
    [InlineData("[file:size > 1024 AND file:size <= 25536 AND file:size >= 25536 AND file:size < 25537]", true)]
    [InlineData("[file:size > 25536]", false)]
    [InlineData("[file:size IN (1024, 25536)]", true)]
    [InlineData("[file:size IN (1024, 2048)]", false)]
    [InlineData("[file:size NOT IN (1024, 2048)]", true)]
    [InlineData("[file:size IN ()]", false)]
    [InlineData("[file:name != 'bar.dll']", true)]
    [InlineData("[file:name != 'foo.dll']", false)]
    [InlineData("[file:name NOT = 'foo.dll']", false)]
    [InlineData("[file:missing != 'x']", false)]
    [InlineData("[file:missing NOT = 'x']", false)]
    [InlineData("[file:name LIKE 'foo%']", true)]
    [InlineData("[file:name LIKE 'f_o.dll']", true)]
    [InlineData("[file:name LIKE 'f_.dll']", false)]
    [InlineData("[file:name LIKE 'FOO%']", false)]
    [InlineData("[file:name LIKE 'foo.dl']", false)]
    [InlineData("[file:name LIKE 'foo(.dll']", false)]
    [InlineData("[file:name NOT LIKE 'bar%']", true)]
    [InlineData("[file:name MATCHES '^foo\\\\.dll$']", true)]
    [InlineData("[file:name MATCHES 'oo\\\\.d']", true)]
    [InlineData("[file:name MATCHES '^oo']", false)]
    [InlineData("[file:created = t'2014-01-13T07:03:17Z']", true)]
    [InlineData("[file:created = t'2014-01-13T07:03:17.000Z']", true)]
    [InlineData("[file:created > t'2014-01-13T07:03:17.001Z']", false)]
    [InlineData("[(file:name = 'pdf.exe' OR file:size = 25536) AND file:created = t'2014-01-13T07:03:17Z']", true)]
    [InlineData("[EXISTS file:extensions.'windows-pebinary-ext']", true)]
    [InlineData("[EXISTS file:x_missing]", false)]
    [InlineData("[directory:path = 'C:\\\\Windows\\\\System32']", true)]
    [InlineData("[url:value = 'x']", false)]
    public void Comparison_expressions_over_one_observation(string pattern, bool expected)
    {
        Assert.Equal(expected, Matches(pattern, File, Directory));
    }

    [Theory]
    [InlineData("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", "198.51.100.7", true)]
    [InlineData("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", "198.51.101.7", false)]
    [InlineData("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", "198.51.100.0/25", true)]
    [InlineData("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", "198.51.0.0/16", false)]
    [InlineData("[ipv4-addr:value ISSUPERSET '198.51.100.7']", "198.51.100.0/24", true)]
    [InlineData("[ipv4-addr:value ISSUPERSET '198.51.100.7']", "198.51.100.7", true)]
    [InlineData("[ipv4-addr:value ISSUPERSET '198.51.0.0/16']", "198.51.100.0/24", false)]
    [InlineData("[ipv4-addr:value NOT ISSUBSET '10.0.0.0/8']", "198.51.100.7", true)]
    [InlineData("[ipv4-addr:value ISSUBSET '0.0.0.0/0']", "203.0.113.1", true)]
    [InlineData("[ipv4-addr:value ISSUBSET '2001:db8::/32']", "198.51.100.7", false)]
    public void Cidr_semantics_for_ipv4(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, Matches(pattern, $$"""{"type":"ipv4-addr","value":"{{value}}"}"""));
    }

    [Theory]
    [InlineData("[ipv6-addr:value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']", "2001:db8:dead:beef::1", true)]
    [InlineData("[ipv6-addr:value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']", "2001:db8:dead:beee::1", false)]
    [InlineData("[ipv6-addr:value ISSUPERSET '2001:db8:dead:beef::1']", "2001:db8::/32", true)]
    public void Cidr_semantics_for_ipv6(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, Matches(pattern, $$"""{"type":"ipv6-addr","value":"{{value}}"}"""));
    }

    [Fact]
    public void References_are_followed_within_the_observation_including_ref_lists()
    {
        var email = """{"type":"email-message","id":"email-message--1","from_ref":"email-addr--1","to_refs":["email-addr--2","email-addr--3"],"subject":"Conference Info","body_multipart":[{"body_raw_ref":"file--9"}]}""";
        var from = """{"type":"email-addr","id":"email-addr--1","value":"jdoe@example.com"}""";
        var to2 = """{"type":"email-addr","id":"email-addr--2","value":"a@example.org"}""";
        var to3 = """{"type":"email-addr","id":"email-addr--3","value":"b@example.org"}""";
        var attachment = """{"type":"file","id":"file--9","name":"Final Report 2016.exe"}""";

        Assert.True(Matches(@"[email-message:from_ref.value MATCHES '.+\\@example\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\.exe$']", email, from, to2, to3, attachment));
        Assert.True(Matches("[email-message:to_refs[*].value = 'b@example.org']", email, from, to2, to3));
        Assert.True(Matches("[email-message:to_refs[0].value = 'a@example.org']", email, from, to2, to3));
        Assert.False(Matches("[email-message:to_refs[0].value = 'b@example.org']", email, from, to2, to3));
        Assert.False(Matches("[email-message:from_ref.value = 'jdoe@example.com']", email));
    }

    [Fact]
    public void Tests_joined_by_and_on_one_type_must_hold_for_the_same_object()
    {
        var a = """{"type":"user-account","user_id":"1007","account_login":"Peter"}""";
        var b = """{"type":"user-account","user_id":"1008","account_login":"Paul"}""";

        Assert.True(Matches("[user-account:user_id = '1007' AND user-account:account_login = 'Peter']", a, b));
        Assert.False(Matches("[user-account:user_id = '1007' AND user-account:account_login = 'Paul']", a, b));
        Assert.True(Matches("[user-account:user_id = '1007' OR user-account:account_login = 'Paul']", a, b));
        Assert.True(Matches("[user-account:user_id = '1007' AND url:value = 'http://x']", a, """{"type":"url","value":"http://x"}"""));
    }

    [Fact]
    public void Observation_and_needs_distinct_observations()
    {
        var pattern = StixPattern.Parse("[url:value = 'a'] AND [url:value = 'b']");
        var both = At(0, """{"type":"url","value":"a"}""", """{"type":"url","value":"b"}""");

        Assert.False(pattern.Matches([both]));
        Assert.True(pattern.Matches([At(0, """{"type":"url","value":"a"}"""), At(10, """{"type":"url","value":"b"}""")]));
        Assert.True(StixPattern.Parse("[url:value = 'a'] OR [url:value = 'b']").Matches([At(10, """{"type":"url","value":"b"}""")]));
    }

    [Fact]
    public void Followedby_orders_observations_and_within_bounds_their_span()
    {
        var pattern = StixPattern.Parse("[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar'] WITHIN 300 SECONDS");
        var followedWithin = StixPattern.Parse("([file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) WITHIN 300 SECONDS");
        var file = """{"type":"file","hashes":{"MD5":"79054025255fb1a26e4bc422aef54eb4"}}""";
        var key = """{"type":"windows-registry-key","key":"HKEY_LOCAL_MACHINE\\foo\\bar"}""";

        Assert.True(pattern.Matches([At(0, file), At(100, key)]));
        Assert.False(pattern.Matches([At(100, file), At(0, key)]));
        Assert.True(followedWithin.Matches([At(0, file), At(200, key)]));
        Assert.False(followedWithin.Matches([At(0, file), At(400, key)]));
    }

    [Fact]
    public void Repeats_needs_that_many_distinct_observations()
    {
        var pattern = StixPattern.Parse("[domain-name:value = 'example.com'] REPEATS 3 TIMES WITHIN 180 SECONDS");
        var hit = """{"type":"domain-name","value":"example.com"}""";

        Assert.True(pattern.Matches([At(0, hit), At(60, hit), At(120, hit)]));
        Assert.False(pattern.Matches([At(0, hit), At(60, hit)]));
        Assert.False(pattern.Matches([At(0, hit), At(60, hit), At(400, hit)]));
    }

    [Fact]
    public void Start_stop_bounds_observation_times_start_inclusive_stop_exclusive()
    {
        var pattern = StixPattern.Parse("[file:name = 'foo.dll'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'");
        var foo = """{"type":"file","name":"foo.dll"}""";

        Assert.True(pattern.Matches([new PatternObservation([Sco(foo)], new DateTimeOffset(2016, 6, 1, 0, 0, 0, TimeSpan.Zero))]));
        Assert.False(pattern.Matches([new PatternObservation([Sco(foo)], new DateTimeOffset(2016, 7, 1, 0, 0, 0, TimeSpan.Zero))]));
        Assert.False(pattern.Matches([new PatternObservation([Sco(foo)], new DateTimeOffset(2016, 5, 31, 0, 0, 0, TimeSpan.Zero))]));
        Assert.False(pattern.Matches([new PatternObservation([Sco(foo)])]));
    }

    [Fact]
    public void Catastrophic_regex_times_out_as_no_match()
    {
        var limits = PatternLimits.Default with { RegexTimeout = TimeSpan.FromMilliseconds(20) };
        var pattern = StixPattern.Parse("[url:value MATCHES '^(a+)+$']", limits);
        var evil = $$"""{"type":"url","value":"{{new string('a', 5000)}}!"}""";

        Assert.False(pattern.Matches([Sco(evil)]));
    }

    [Fact]
    public void Simple_api_parses_and_matches_typed_objects()
    {
        var wallet = Cordon.Stix.Extensions.CordonExtensions.Wallet("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "BTC");

        Assert.True(StixPattern.Matches("[cryptocurrency-wallet:value = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq']", [wallet]));
        Assert.False(StixPattern.Matches("[cryptocurrency-wallet:currency = 'ETH']", [wallet]));
    }

    [Fact]
    public void Observed_data_with_deprecated_embedded_objects_resolves_keys_as_references()
    {
        var observed = (Cordon.Stix.Model.StixObservedData)Cordon.Stix.Model.StixObject.Parse("""
            {"type":"observed-data","spec_version":"2.1","id":"observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf","created":"2016-04-06T19:58:16.000Z","modified":"2016-04-06T19:58:16.000Z",
             "first_observed":"2015-12-21T19:00:00Z","last_observed":"2015-12-21T19:00:00Z","number_observed":1,
             "objects":{"0":{"type":"domain-name","value":"www.5z8.info","resolves_to_refs":["1"]},"1":{"type":"ipv4-addr","value":"198.51.100.1"}}}
            """);

        var observation = PatternObservation.FromObservedData(observed, _ => null);

        Assert.True(StixPattern.Parse("[domain-name:value = 'www.5z8.info' AND domain-name:resolves_to_refs[*].value ISSUBSET '198.51.100.0/24']").Matches([observation]));
    }
}
