using Cordon.Core.Identifiers;

namespace Cordon.Core.Tests;

public sealed class PhoneParsingTests
{
    [Theory]
    [InlineData("+82 10-1234-5678", null, "+821012345678", "KR", "mobile")]
    [InlineData("010-1234-5678", "KR", "+821012345678", "KR", "mobile")]
    [InlineData("+82 2 1234 5678", null, "+82212345678", "KR", "fixed_line")]
    [InlineData("+380 50 123 4567", null, "+380501234567", "UA", "mobile")]
    [InlineData("+380 44 123 4567", null, "+380441234567", "UA", "fixed_line")]
    [InlineData("+44 7400 123456", null, "+447400123456", "GB", "mobile")]
    [InlineData("+44 7911 123456", null, "+447911123456", "GG", "mobile")] // 07911 12 is a Guernsey block
    [InlineData("+44 20 7946 0958", null, "+442079460958", "GB", "fixed_line")]
    [InlineData("+1 800 555 0199", null, "+18005550199", "US", "toll_free")]
    [InlineData("+1 900 555 0199", null, "+19005550199", "US", "premium_rate")]
    [InlineData("+850 2 381 1111", null, "+85023811111", "KP", "fixed_line")]
    [InlineData("+86 138 0013 8000", null, "+8613800138000", "CN", "mobile")]
    public void Country_and_line_type(string raw, string? region, string e164, string country, string lineType)
    {
        var info = IdentifierNormalizer.ParsePhone(raw, region);
        Assert.Equal(new PhoneInfo(e164, country, lineType), info);
    }

    [Theory]
    [InlineData("+1 650 253 0000", null)]
    [InlineData("(650) 253-0000", "US")]
    [InlineData("650.253.0000", "us")]
    public void US_numbers_are_fixed_line_or_mobile_because_the_numbering_plan_does_not_tell(string raw, string? region)
    {
        // North American numbers share one plan for mobile and fixed lines; libphonenumber cannot separate them.
        Assert.Equal(new PhoneInfo("+16502530000", "US", "fixed_line_or_mobile"), IdentifierNormalizer.ParsePhone(raw, region));
    }

    [Fact]
    public void Possible_but_unassigned_number_has_unknown_type_and_no_country()
    {
        // 07700 900xxx is reserved by Ofcom for drama; libphonenumber treats it as not valid.
        var info = IdentifierNormalizer.ParsePhone("+44 7700 900123", null)!;
        Assert.Equal("+447700900123", info.E164);
        Assert.Null(info.Country);
        Assert.Equal("unknown", info.LineType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("garbage")]
    [InlineData("+1 555")]
    [InlineData("12345")]
    public void Impossible_input_gives_null(string raw) => Assert.Null(IdentifierNormalizer.ParsePhone(raw, null));

    [Fact]
    public void National_number_without_region_gives_null()
    {
        Assert.Null(IdentifierNormalizer.ParsePhone("010-1234-5678", null));
    }

    [Theory]
    [InlineData("0082 10 1234 5678", null)]
    [InlineData("0082 10 1234 5678", "GB")]
    [InlineData("00 82 10-1234-5678", "KR")]
    public void A_leading_00_is_the_international_prefix_with_or_without_a_region(string raw, string? region)
    {
        // The indicator reader once kept such a number as the digits "0082…", the keyed hash read it as "+82…".
        Assert.Equal("+821012345678", IdentifierNormalizer.ParsePhone(raw, region)?.E164);
    }
}
