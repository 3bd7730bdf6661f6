using System.Text.Json;

namespace Cordon.Hub.Tests;

/// <summary>
/// The hub's object check reads type names and identifiers with Cordon.Stix's rules, for STIX 2.0 objects too (which the
/// STIX 2.1 validator does not see): its own copy had accepted any 8-4-4-4-12 hex string as a UUID.
/// </summary>
public sealed class StixObjectReaderTests
{
    private static StixObjectCheck Check(string id, string type = "indicator") =>
        StixObjectReader.Check(JsonDocument.Parse($$"""
            {"type":"{{type}}","id":"{{id}}","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z",
             "labels":["malicious-activity"],"pattern":"[ipv4-addr:value = '198.51.100.1']","valid_from":"2016-01-01T00:00:00Z"}
            """).RootElement, now: new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_stix_2_0_identifier_whose_uuid_is_not_rfc_4122_is_refused()
    {
        // Variant nibble c (binary 110x) is Microsoft's reserved variant, not RFC 4122's 10x.
        var refused = Check("indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f");
        var accepted = Check("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");

        Assert.Null(refused.Valid);
        Assert.Contains("RFC 4122", refused.Error, StringComparison.Ordinal);
        Assert.NotNull(accepted.Valid);
        Assert.Equal("2.0", accepted.Valid.SpecVersion);
    }

    [Theory]
    [InlineData("Indicator", "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("x--y", "x--y--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator", "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator", "indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f")]
    public void Type_names_and_identifiers_follow_the_stix_rules(string type, string id)
    {
        var check = Check(id, type);

        Assert.Null(check.Valid);
        Assert.StartsWith("Invalid STIX object: ", check.Error, StringComparison.Ordinal);
    }
}
