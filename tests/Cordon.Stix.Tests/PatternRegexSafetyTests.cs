using System.Text.Json.Nodes;
using Cordon.Stix.Model;
using Cordon.Stix.Patterning;

namespace Cordon.Stix.Tests;

/// <summary>Issue 13 finding 6: MATCHES runs on a non-backtracking engine, and patterns that engine cannot run are refused when parsed.</summary>
public class PatternRegexSafetyTests
{
    [Fact]
    public async Task A_catastrophic_matches_pattern_completes_even_without_a_timeout()
    {
        // With backtracking, '^(.+)+X0$' over 40 characters that do not end in X0 tries about 2^40 splits.
        var pattern = StixPattern.Parse("[email-addr:value MATCHES '^(.+)+X0$']", PatternLimits.Default with { RegexTimeout = Timeout.InfiniteTimeSpan });
        var hostileInput = new JsonObject { ["type"] = "email-addr", ["value"] = new string('a', 40) + "@front.example" };
        var matchingInput = new JsonObject { ["type"] = "email-addr", ["value"] = new string('a', 40) + "X0" };

        var evaluation = Task.Run(() => (pattern.Matches([hostileInput]), pattern.Matches([matchingInput])));

        // A generous bound that only an exponential evaluation misses (linear evaluation takes microseconds).
        Assert.True(await Task.WhenAny(evaluation, Task.Delay(TimeSpan.FromSeconds(60))) == evaluation, "the evaluation backtracked");
        Assert.Equal((false, true), await evaluation);
    }

    [Theory]
    [InlineData(@"^(a)\\1$", "backreference")]
    [InlineData(@"^(?=x)x$", "lookahead")]
    [InlineData(@"^(?<!y)x$", "lookbehind")]
    [InlineData(@"^(?>a+)b$", "atomic group")]
    public void A_matches_pattern_that_needs_backtracking_is_refused_when_parsed(string regex, string construct)
    {
        var error = Assert.Throws<PatternSyntaxException>(() => StixPattern.Parse($"[email-addr:value MATCHES '{regex}']"));

        Assert.True(error.Message.Contains("without backtracking", StringComparison.Ordinal), $"{construct}: {error.Message}");
    }

    [Theory]
    [InlineData("^[a-z0-9._%+-]+@front-company\\\\.example$", "hire-me@front-company.example", true)]
    [InlineData("(?i)^HIRE", "hire-me@front-company.example", true)]
    [InlineData("^x", "hire-me@front-company.example", false)]
    public void Ordinary_matches_patterns_still_match(string regex, string value, bool expected) =>
        Assert.Equal(expected, StixPattern.Parse($"[email-addr:value MATCHES '{regex}']").Matches([new JsonObject { ["type"] = "email-addr", ["value"] = value }]));

    [Theory]
    [InlineData("indicator--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F", "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("Indicator--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F", "Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("not an id", "not an id")]
    [InlineData("x--ABC", "x--ABC")]
    public void Identifiers_get_a_lower_case_uuid_and_other_text_is_left_alone(string text, string expected) =>
        Assert.Equal(expected, StixIdCase.Normalize(text));
}
