using Cordon.Core.Identifiers;

namespace Cordon.Core.Tests;

public sealed class IdentifierNormalizerTests
{
    [Theory]
    [InlineData("John.Doe@Example.com", "john.doe@example.com")]
    [InlineData("  j.o.h.n.doe+jobs@GMAIL.com ", "johndoe@gmail.com")]
    [InlineData("john.doe@googlemail.com", "johndoe@gmail.com")]
    [InlineData("john.doe+x@outlook.com", "john.doe@outlook.com")]
    [InlineData("john.doe+x@example.com", "john.doe+x@example.com")]
    [InlineData("first.last@proton.me", "first.last@protonmail.com")]
    public void Email_normalisation(string raw, string expected)
    {
        Assert.Equal(expected, IdentifierNormalizer.Email(raw));
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("@example.com")]
    [InlineData("john@")]
    [InlineData("jo hn@example.com")]
    public void Bad_email_is_refused(string raw)
    {
        Assert.Throws<FormatException>(() => IdentifierNormalizer.Email(raw));
    }

    [Theory]
    [InlineData("+1 (202) 555-0143", null, "+12025550143")]
    [InlineData("0044 20 7946 0958", null, "+442079460958")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    [InlineData("(202) 555-0143", "us", "+12025550143")]
    [InlineData("+850 2 381 4410", null, "+85023814410")]
    public void Phone_normalisation_to_e164(string raw, string? region, string expected)
    {
        Assert.Equal(expected, IdentifierNormalizer.Phone(raw, region));
    }

    [Theory]
    [InlineData("020 7946 0958", null)]
    [InlineData("hello", "US")]
    [InlineData("+1 2", null)]
    public void Bad_phone_is_refused(string raw, string? region)
    {
        Assert.Throws<FormatException>(() => IdentifierNormalizer.Phone(raw, region));
    }

    [Theory]
    [InlineData("mailto:John.Smith@Example.org;", "john.smith@example.org")]
    [InlineData("John.Smith@example.org.", "john.smith@example.org")]
    public void Email_as_written_in_list_fields_and_links(string raw, string expected)
    {
        Assert.Equal(expected, IdentifierNormalizer.NormaliseEmail(raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x@")]
    public void NormaliseEmail_answers_null_for_what_is_not_an_address(string? raw)
    {
        Assert.Null(IdentifierNormalizer.NormaliseEmail(raw));
    }

    [Fact]
    public void Text_with_half_a_surrogate_pair_is_no_address()
    {
        Assert.Null(IdentifierNormalizer.NormaliseEmail(new string([(char)0xD800, '@', 'e', '.', 'c', 'o'])));
        Assert.Throws<FormatException>(() => IdentifierNormalizer.Email(new string([(char)0xD800, '@', 'e', '.', 'c', 'o'])));
    }

    [Theory]
    [InlineData(" 0xAbC0000000000000000000000000000000000001 ", "0xabc0000000000000000000000000000000000001")]
    [InlineData("bc1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [InlineData("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")]
    public void Wallets_lose_case_only_where_case_carries_no_meaning(string raw, string expected)
    {
        Assert.Equal(expected, IdentifierNormalizer.NormaliseWallet(raw));
    }

    [Theory]
    [InlineData("https://WWW.Example.com/jobs?id=1", "example.com")]
    [InlineData("example.com.", "example.com")]
    [InlineData("münchen.de", "xn--mnchen-3ya.de")]
    [InlineData("localhost", null)]
    public void Domains_are_hosts_in_ascii(string raw, string? expected)
    {
        Assert.Equal(expected, DomainNames.NormaliseAscii(raw));
    }

    [Fact]
    public void Document_numbers_keep_letters_and_digits_of_any_width()
    {
        Assert.Equal("X1234567", IdentifierNormalizer.NormaliseDocumentNumber(" x-123 4567 "));
        Assert.Equal("AB12345", IdentifierNormalizer.NormaliseDocumentNumber("ＡＢ１２３４５"));
        Assert.Null(IdentifierNormalizer.NormaliseDocumentNumber("--"));
    }
}
