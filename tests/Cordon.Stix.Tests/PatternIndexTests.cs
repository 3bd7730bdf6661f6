using System.Text.Json.Nodes;
using Cordon.Stix.Patterning;

namespace Cordon.Stix.Tests;

public class PatternIndexTests
{
    private static readonly string[] Patterns =
    [
        "[email-addr:value = 'a@example.com']",
        "[email-addr:value = 'b@example.com' OR phone-number:value = '+12025550143']",
        "[email-addr:value IN ('c@example.com', 'd@example.com')]",
        "[email-addr:value = 'a@example.com' AND email-addr:display_name = 'Nobody']",
        "[email-addr:value LIKE '%@evil.example']",
        "[email-addr:value != 'a@example.com']",
        "[email-addr:value = 'a@example.com'] OR [url:value LIKE 'http://evil%']",
        "[file:size = 25536]",
        "[file:hashes.'SHA-256' = h'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        "[user-account:account_type = 'github' AND user-account:account_login = 'kim-dev']",
        "[ipv4-addr:value ISSUBSET '198.51.100.0/24']",
        "[url:value = 'http://x.example/'] FOLLOWEDBY [email-addr:value = 'a@example.com']",
        "[email-message:to_refs[*].value = 'a@example.com']",
        "[email-addr:value NOT = 'zz@example.com']",
        "[ipv6-addr:value ISSUBSET '2001:db8::/32']",
        "[ipv4-addr:value ISSUBSET '198.51.100.8/30']",
        "[url:value LIKE 'https://cv.%/download_']",
        "[ipv4-addr:value ISSUBSET '0.0.0.0/0' AND ipv4-addr:value != '198.51.100.9']",
    ];

    private static readonly string[][] Records =
    [
        ["""{"type":"email-addr","value":"a@example.com"}"""],
        ["""{"type":"email-addr","value":"a@example.com","display_name":"Nobody"}"""],
        ["""{"type":"email-addr","value":"d@example.com"}""", """{"type":"phone-number","value":"+12025550143"}"""],
        ["""{"type":"email-addr","value":"x@evil.example"}"""],
        ["""{"type":"file","size":25536,"hashes":{"SHA-256":"AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F"}}"""],
        ["""{"type":"user-account","account_type":"github","account_login":"kim-dev"}"""],
        ["""{"type":"ipv4-addr","value":"198.51.100.9"}""", """{"type":"url","value":"http://evil.example/x"}"""],
        ["""{"type":"email-message","to_refs":["email-addr--1"]}""", """{"type":"email-addr","id":"email-addr--1","value":"a@example.com"}"""],
        ["""{"type":"url","value":"http://nothing.example/"}"""],
        ["""{"type":"ipv6-addr","value":"2001:db8:1::5"}""", """{"type":"url","value":"https://cv.example/download1"}"""],
        ["""{"type":"ipv6-addr","value":"2001:db9::5"}""", """{"type":"ipv4-addr","value":"198.51.100.0/24"}""", """{"type":"url","value":"https://cv.example/download12"}"""],
        ["""{"type":"ipv4-addr","value":"198.51.100.10"}"""],
    ];

    [Fact]
    public void Index_results_equal_evaluating_every_pattern()
    {
        var index = new PatternIndex<int>();
        var parsed = Patterns.Select(p => StixPattern.Parse(p)).ToArray();
        for (var i = 0; i < parsed.Length; i++)
        {
            index.Add(i, parsed[i]);
        }

        foreach (var record in Records)
        {
            var objects = record.Select(r => JsonNode.Parse(r)!.AsObject()).ToArray();
            var expected = Enumerable.Range(0, parsed.Length).Where(i => parsed[i].Matches(objects)).ToArray();

            var actual = index.Match(objects).Order().ToArray();

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Only_patterns_without_a_necessary_equality_are_evaluated_every_time()
    {
        var index = new PatternIndex<int>();
        for (var i = 0; i < Patterns.Length; i++)
        {
            index.Add(i, StixPattern.Parse(Patterns[i]));
        }

        // Only "!=" and "NOT =" have no anchor; LIKE, ISSUBSET and an OR with a LIKE side are indexed.
        Assert.Equal(2, index.UnanchoredCount);
        var candidates = index.Candidates([new PatternObservation([JsonNode.Parse("""{"type":"file","size":25536}""")!.AsObject()])]);
        Assert.Contains(7, candidates);
        Assert.DoesNotContain(0, candidates);
    }

    [Fact]
    public void Removed_patterns_no_longer_match()
    {
        var index = new PatternIndex<string>();
        index.Add("indicator--1", StixPattern.Parse("[email-addr:value = 'a@example.com']"));
        var record = new[] { JsonNode.Parse("""{"type":"email-addr","value":"a@example.com"}""")!.AsObject() };

        Assert.Equal(["indicator--1"], index.Match(record));
        Assert.True(index.Remove("indicator--1"));
        Assert.Empty(index.Match(record));
        Assert.False(index.Remove("indicator--1"));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Anchor_terms_follow_the_boolean_structure()
    {
        Assert.Equal(["a"], Values("[x-a:v = 'a' AND x-a:w LIKE 'b%']"));
        Assert.Equal(["a", "b"], Values("[x-a:v = 'a' OR x-a:v = 'b']"));
        Assert.Null(StixPattern.Parse("[x-a:v = 'a' OR x-a:v LIKE 'b%']").AnchorTerms);
        Assert.Equal(["c"], Values("[x-a:v IN ('a', 'b')] AND [x-a:v = 'c']"));
        Assert.Equal(["a", "b", "c"], Values("[x-a:v IN ('a', 'b')] OR [x-a:v = 'c'] REPEATS 2 TIMES"));
        Assert.Null(StixPattern.Parse("[x-a:v NOT = 'a']").AnchorTerms);
    }

    [Fact]
    public void Like_and_cidr_tests_give_anchors()
    {
        var like = StixPattern.Parse("[email-addr:value LIKE '%@burner.example']").AnchorTerms!.Single();
        var prefix = StixPattern.Parse("[url:value LIKE 'https://cv.%']").AnchorTerms!.Single();
        var cidr = StixPattern.Parse("[ipv4-addr:value ISSUBSET '10.0.0.0/8']").AnchorTerms!.Single();

        Assert.Equal((PatternAnchorKind.EndsWith, "@burner.example"), (like.Kind, like.Value.Text));
        Assert.Equal((PatternAnchorKind.StartsWith, "https://cv."), (prefix.Kind, prefix.Value.Text));
        Assert.Equal(PatternAnchorKind.InsideCidr, cidr.Kind);
        Assert.Null(StixPattern.Parse("[email-addr:value LIKE '%a%']").AnchorTerms);
        Assert.Equal(PatternAnchorKind.Equal, StixPattern.Parse("[email-addr:value LIKE 'a@b.example']").AnchorTerms!.Single().Kind);
    }

    [Fact]
    public void Keyed_hash_patterns_are_filed_under_the_hash_not_the_shared_kind()
    {
        var index = new PatternIndex<int>();
        var hasher = new Cordon.Stix.Privacy.KeyedHasher(new byte[32], "k");
        for (var i = 0; i < 100; i++)
        {
            index.Add(i, StixPattern.Parse(hasher.Pattern(Cordon.Stix.Privacy.KeyedIdentifierKind.Email, hasher.Hash(Cordon.Stix.Privacy.KeyedIdentifierKind.Email, $"u{i}@example.com"))));
        }

        var record = hasher.Observable(Cordon.Stix.Privacy.KeyedIdentifierKind.Email, "u7@example.com").Json;

        Assert.Single(index.Candidates([new PatternObservation([record])]));
        Assert.Equal([7], index.Match([record]));
    }

    private static string[] Values(string pattern) => StixPattern.Parse(pattern).AnchorTerms!.Select(t => t.Value.Text).ToArray();
}
