using Cordon.Stix.Patterning;

namespace Cordon.Stix.Tests;

public class IndicatorValuesTests
{
    [Theory]
    [InlineData("ipv4-addr:value", "198.51.100.7", "198.51.100.7")]
    [InlineData("ipv4-addr:value", "10.0.0.0/8", "10.0.0.0/8")]
    [InlineData("ipv6-addr:value", "2001:DB8::1", "2001:db8::1")]
    [InlineData("email-addr:value", "Recruiter@KP-Front.Example", "Recruiter@kp-front.example")]
    [InlineData("domain-name:value", "WWW.Kp-Front.Example.", "www.kp-front.example")]
    [InlineData("domain-name:value", "пример.рф", "xn--e1afmkfd.xn--p1ai")]
    [InlineData("url:value", "https://kp-front.example/apply", "https://kp-front.example/apply")]
    [InlineData("cryptocurrency-wallet:value", "0x7F367cC41522cE07553e823bf3be79A889DEbe1B", "0x7f367cc41522ce07553e823bf3be79a889debe1b")]
    [InlineData("cryptocurrency-wallet:value", "12HQDsicffSBaYdJ6BhnE22sfjTESmmzKx", "12HQDsicffSBaYdJ6BhnE22sfjTESmmzKx")]
    [InlineData("bank-account:iban", "de89 3704 0044 0532 0130 00", "DE89370400440532013000")]
    [InlineData("phone-number:value", "+850 2 381 5926", "+85023815926")]
    public void Valid_values_come_back_in_canonical_form(string path, string value, string canonical)
    {
        Assert.Equal(canonical, IndicatorValues.Normalise(path, value, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("ipv4-addr:value", "999.12.1")]
    [InlineData("ipv4-addr:value", "999.12.1.4")]
    [InlineData("ipv4-addr:value", "10.1")]
    [InlineData("ipv4-addr:value", "0x0A.1.1.1")]
    [InlineData("ipv4-addr:value", "10.0.0.0/33")]
    [InlineData("ipv4-addr:value", "2001:db8::1")]
    [InlineData("ipv6-addr:value", "198.51.100.7")]
    [InlineData("ipv6-addr:value", "2001:db8::zz")]
    [InlineData("email-addr:value", "handler@")]
    [InlineData("email-addr:value", "handler@999.12.1")]
    [InlineData("domain-name:value", "kp front.example")]
    [InlineData("domain-name:value", "999.12.1")]
    [InlineData("domain-name:value", "https://kp-front.example/")]
    [InlineData("url:value", "kp-front.example/apply")]
    [InlineData("cryptocurrency-wallet:value", "0x12345")]
    [InlineData("cryptocurrency-wallet:value", "not a wallet")]
    [InlineData("bank-account:iban", "DE89 3704 0044 0532 0130 01")]
    [InlineData("phone-number:value", "12345")]
    [InlineData("phone-number:value", "02 381 5926")]
    public void Invalid_values_are_refused_saying_what_the_kind_expects(string path, string value)
    {
        Assert.Null(IndicatorValues.Normalise(path, value, out var problem));
        Assert.Contains($"'{value}' is not", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_patterns_of_the_same_value_written_differently_have_the_same_key()
    {
        var a = IndicatorValues.SimpleKey(StixPattern.Parse("[bank-account:iban = 'DE89370400440532013000']"));
        var b = IndicatorValues.SimpleKey(StixPattern.Parse("[bank-account:iban = 'de89 3704 0044 0532 0130 00']"));
        Assert.NotNull(a);
        Assert.Equal(a, b);
        Assert.Null(IndicatorValues.SimpleKey(StixPattern.Parse("[ipv4-addr:value = '198.51.100.7'] AND [domain-name:value = 'a.example']")));
    }
}
