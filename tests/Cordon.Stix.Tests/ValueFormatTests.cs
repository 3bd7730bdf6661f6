using Cordon.Stix.Model;

namespace Cordon.Stix.Tests;

/// <summary>The value forms the validator relies on: RFC 5646 language tags and hash values per algorithm.</summary>
public class ValueFormatTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("EN-us")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("es-419")]
    [InlineData("de-CH-1901")]
    [InlineData("zh-yue-HK")]
    [InlineData("en-US-u-ca-gregory")]
    [InlineData("en-x-private")]
    [InlineData("x-klingon")]
    [InlineData("i-klingon")]
    [InlineData("en-GB-oed")]
    public void Well_formed_language_tags_are_accepted(string tag) => Assert.True(LanguageTag.IsWellFormed(tag));

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("en_US")]
    [InlineData("español")]
    [InlineData("en-")]
    [InlineData("en--US")]
    [InlineData("123")]
    [InlineData("toolonglanguage")]
    [InlineData("en-US-x")]
    [InlineData("en US")]
    public void Malformed_language_tags_are_refused(string tag) => Assert.False(LanguageTag.IsWellFormed(tag));

    [Theory]
    [InlineData("MD5", "cead3f77f6cda6ec00f57d76c9a6879f")]
    [InlineData("md5", "CEAD3F77F6CDA6EC00F57D76C9A6879F")]
    [InlineData("SHA-1", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")]
    [InlineData("SHA-256", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")]
    [InlineData("SHA3-256", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")]
    [InlineData("SSDEEP", "3::")]
    [InlineData("SSDEEP", "24:Ol9rFBzwjx5ZKvBF+bi8RuM4Pp6rG5Yg+q8wIXhMC:qrFBzKx5s8sM4Pp6rG5Yg+q8wIXhMC")]
    [InlineData("TLSH", "A0B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3")]
    [InlineData("x-custom-hash", "anything at all")]
    public void Hash_values_of_their_algorithm_form_pass(string algorithm, string value) => Assert.Null(HashValues.Problem(algorithm, value));

    [Theory]
    [InlineData("MD5", "cead3f77f6cda6ec00f57d76c9a6879", "32 hexadecimal")]
    [InlineData("SHA-1", "cead3f77f6cda6ec00f57d76c9a6879f", "40 hexadecimal")]
    [InlineData("SHA-512", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "128 hexadecimal")]
    [InlineData("SHA-256", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b982g", "64 hexadecimal")]
    [InlineData("SSDEEP", "24:abc", "SSDEEP")]
    [InlineData("SSDEEP", "x:abc:def", "SSDEEP")]
    [InlineData("TLSH", "T2A0B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3", "TLSH")]
    public void Hash_values_not_of_their_algorithm_form_say_why(string algorithm, string value, string reason) =>
        Assert.Contains(reason, HashValues.Problem(algorithm, value), StringComparison.Ordinal);
}
