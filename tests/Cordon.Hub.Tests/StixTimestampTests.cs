namespace Cordon.Hub.Tests;

/// <summary>The hub's reading of TAXII and STIX timestamps (added_after, date_added, versions).</summary>
public sealed class StixTimestampTests
{
    [Theory]
    [InlineData("2016-01-01T00:00:00Z", "2016-01-01T00:00:00.000000Z")]
    [InlineData("2016-01-01T00:00:00.123456Z", "2016-01-01T00:00:00.123456Z")]
    [InlineData("2016-01-01T00:00:00.123456789Z", "2016-01-01T00:00:00.123456Z")]
    public void A_utc_timestamp_is_read_to_the_microsecond(string text, string expected) =>
        Assert.Equal(expected, StixTimestamp.Format(StixTimestamp.TryParse(text)!.Value));

    [Theory]
    [InlineData("2016-01-01T00:00:00Z\n")]
    [InlineData("2016-01-01T00:00:00+01:00")]
    [InlineData("2016-01-01 00:00:00Z")]
    [InlineData("2016-02-30T00:00:00Z")]
    [InlineData("٢٠١٦-01-01T00:00:00Z")]
    [InlineData("")]
    public void Anything_else_is_not_a_timestamp(string text) =>
        Assert.Null(StixTimestamp.TryParse(text));
}
