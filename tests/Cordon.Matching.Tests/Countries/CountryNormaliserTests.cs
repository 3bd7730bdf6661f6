using Cordon.Matching.Countries;

namespace Cordon.Matching.Tests.Countries;

public sealed class CountryNormaliserTests
{
    [Theory]
    [InlineData("KP", "KP")]
    [InlineData("PRK", "KP")]
    [InlineData("Korea, North", "KP")]
    [InlineData("North Korea", "KP")]
    [InlineData("DPRK", "KP")]
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("Korea, Democratic People's Republic of", "KP")]
    [InlineData("korea, south", "KR")]
    [InlineData("Russia", "RU")]
    [InlineData("RUS", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("China", "CN")]
    [InlineData("Germany", "DE")]
    [InlineData("United Arab Emirates", "AE")]
    [InlineData("Burma", "MM")]
    public void Maps_names_and_codes_to_iso2(string text, string iso2) =>
        Assert.Equal(iso2, CountryNormaliser.ToIso2(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Atlantis")]
    public void Unknown_is_null(string? text) => Assert.Null(CountryNormaliser.ToIso2(text));

    [Fact]
    public void Half_a_surrogate_pair_is_unknown_instead_of_an_exception()
    {
        // In code, not in attributes: an attribute's string is stored as UTF-8, which turns half a pair into U+FFFD.
        Assert.Null(CountryNormaliser.ToIso2("\ud800"));
        Assert.Null(CountryNormaliser.ToIso2("Korea\udc00"));
    }
}
