using System.Text;
using Cordon.Stix.Model;

namespace Cordon.Stix.Tests;

public class StixReadingTests
{
    [Fact]
    public void Malformed_json_reports_line_and_position()
    {
        var e = Assert.Throws<StixFormatException>(() => StixBundle.Parse("{\"type\":\"bundle\",\n\"objects\": [ {,} ]}"));

        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_input_is_refused_before_parsing()
    {
        var limits = new StixReadLimits { MaxBytes = 100 };
        var json = "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[" + new string(' ', 200) + "]}";

        var e = Assert.Throws<StixFormatException>(() => StixBundle.Parse(Encoding.UTF8.GetBytes(json), limits));

        Assert.Contains("limit of 100 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_stream_is_refused_while_reading()
    {
        var limits = new StixReadLimits { MaxBytes = 1000 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"bundle\",\"x\":\"" + new string('a', 5000) + "\"}"));

        var e = await Assert.ThrowsAsync<StixFormatException>(() => StixBundle.ParseAsync(stream, limits));

        Assert.Contains("limit of 1,000 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_deep_nesting_is_refused_with_the_limit_named()
    {
        var limits = new StixReadLimits { MaxDepth = 10 };
        var json = "{\"type\":\"bundle\",\"x\":" + string.Concat(Enumerable.Repeat("[", 20)) + string.Concat(Enumerable.Repeat("]", 20)) + "}";

        var e = Assert.Throws<StixFormatException>(() => StixBundle.Parse(json, limits));

        Assert.Contains("nesting limit 10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_objects_are_refused()
    {
        var limits = new StixReadLimits { MaxObjects = 2 };
        var json = "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[{},{},{}]}";

        var e = Assert.Throws<StixFormatException>(() => StixBundle.Parse(json, limits));

        Assert.Equal("$.objects", e.Path);
    }

    [Theory]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("{\"type\":\"indicator\"}", "must be \"bundle\"")]
    [InlineData("{\"type\":\"bundle\",\"objects\":{}}", "must be a list")]
    [InlineData("{\"type\":\"bundle\",\"objects\":[1]}", "not an object")]
    [InlineData("{\"type\":\"bundle\"} {}", "malformed JSON")]
    public void Non_bundles_are_refused_with_a_reason(string json, string reason)
    {
        var e = Assert.Throws<StixFormatException>(() => StixBundle.Parse(json));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_property_names_are_refused()
    {
        Assert.Throws<StixFormatException>(() => StixObject.Parse("{\"type\":\"url\",\"type\":\"file\"}"));
    }
}
