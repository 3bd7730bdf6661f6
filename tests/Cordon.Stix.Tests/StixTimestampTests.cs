using Cordon.Stix.Model;
using Cordon.Stix.Patterning;

namespace Cordon.Stix.Tests;

public class StixTimestampTests
{
    [Theory]
    [InlineData("2016-01-01T00:00:00Z", 0)]
    [InlineData("2016-01-01T00:00:00.1Z", 1)]
    [InlineData("2016-01-01T00:00:00.123Z", 3)]
    [InlineData("2016-01-01T00:00:00.123456Z", 6)]
    [InlineData("2016-01-01T00:00:00.123456789Z", 9)]
    [InlineData("2016-02-29T23:59:59.999Z", 3)]
    public void Valid_timestamps_keep_their_precision(string text, int digits)
    {
        Assert.True(StixTimestamp.TryParse(text, out var t, out var problem), problem);
        Assert.Equal(digits, t.FractionDigits);
        Assert.Equal(TimeSpan.Zero, t.Value.Offset);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("2016-01-01", "not an RFC 3339")]
    [InlineData("2016-01-01t00:00:00Z", "upper-case 'T'")]
    [InlineData("2016-01-01T00:00:00", "not an RFC 3339")]
    [InlineData("2016-01-01T00:00:00.000", "end with 'Z'")]
    [InlineData("2016-01-01T00:00:00+00:00", "UTC")]
    [InlineData("2016-01-01T00:00:00.Z", "fractional")]
    [InlineData("2016-01-01T00:00:00.1aZ", "non-digit")]
    [InlineData("2015-02-29T00:00:00Z", "not a valid date")]
    [InlineData("2016-13-01T00:00:00Z", "not a valid date")]
    [InlineData("2016-01-01T24:00:00Z", "not a valid date")]
    public void Invalid_timestamps_say_why(string text, string reason)
    {
        Assert.False(StixTimestamp.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_are_millisecond_for_stix_and_microsecond_for_taxii()
    {
        var t = new DateTimeOffset(2016, 1, 1, 1, 2, 3, TimeSpan.FromHours(2)).AddTicks(1_234_567);

        Assert.Equal("2015-12-31T23:02:03.123Z", StixTimestamp.FormatMilliseconds(t));
        Assert.Equal("2015-12-31T23:02:03.123456Z", StixTimestamp.FormatMicroseconds(t));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.255.1.2", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("10.1.2.3/8", "10.9.9.9", true)]
    [InlineData("10.0.0.0/16", "10.0.0.0/8", false)]
    [InlineData("0.0.0.0/0", "192.0.2.1", true)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "10.0.0.1", false)]
    [InlineData("192.0.2.1", "192.0.2.1", true)]
    public void Cidr_containment(string outer, string inner, bool contains)
    {
        Assert.True(IpNetwork.TryParse(outer, out var o));
        Assert.True(IpNetwork.TryParse(inner, out var i));
        Assert.Equal(contains, o.Contains(i));
    }

    [Theory]
    [InlineData("10.1")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("fe80::1%eth0")]
    [InlineData("example.com")]
    public void Non_addresses_are_refused(string text)
    {
        Assert.False(IpNetwork.TryParse(text, out _));
    }

    // The hub's reading of TAXII and STIX timestamps (added_after, date_added, versions), once a copy of its own in Cordon.Hub.
    [Theory]
    [InlineData("2016-01-01T00:00:00Z", "2016-01-01T00:00:00.000000Z")]
    [InlineData("2016-01-01T00:00:00.123456Z", "2016-01-01T00:00:00.123456Z")]
    [InlineData("2016-01-01T00:00:00.123456789Z", "2016-01-01T00:00:00.123456Z")]
    public void An_instant_is_read_to_the_microsecond(string text, string expected) =>
        Assert.Equal(expected, StixTimestamp.FormatMicroseconds(StixTimestamp.TryParseInstant(text)!.Value));

    [Theory]
    [InlineData("2016-01-01T00:00:00Z\n")]
    [InlineData("2016-01-01T00:00:00+01:00")]
    [InlineData("2016-01-01 00:00:00Z")]
    [InlineData("2016-02-30T00:00:00Z")]
    [InlineData("٢٠١٦-01-01T00:00:00Z")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2016-01-01T24:00:00Z")]
    [InlineData("2016-01-01T23:59:60Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2016-1-01T00:00:00Z")]
    [InlineData("2016-01-01T00:00:00z")]
    public void Anything_else_is_no_instant(string? text) =>
        Assert.Null(StixTimestamp.TryParseInstant(text));
}
