using System.Security.Cryptography;
using System.Text;
using Cordon.Core.Identifiers;
using Cordon.Stix.Model;
using Cordon.Stix.Patterning;
using Cordon.Stix.Privacy;
using Cordon.Stix.Validation;

namespace Cordon.Stix.Tests;

public class PrivacyTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Account_and_document_normalisation()
    {
        Assert.Equal("GB82WEST12345698765432", IdentifierNormalizer.AccountNumber("gb82 west 1234 5698 7654 32"));
        Assert.Equal("000123456789", IdentifierNormalizer.AccountNumber("0001-2345-6789"));
        Assert.Throws<FormatException>(() => IdentifierNormalizer.AccountNumber("GB82 WEST 1234 5698 7654 33"));
        Assert.Throws<FormatException>(() => IdentifierNormalizer.AccountNumber("--"));
        Assert.Equal("X1234567", IdentifierNormalizer.DocumentNumber(" x-123 4567 "));
        Assert.Equal("KP:X1234567", IdentifierNormalizer.DocumentNumber("x1234567", "kp"));
        Assert.Throws<FormatException>(() => IdentifierNormalizer.DocumentNumber("x1", "KOR"));
    }

    [Theory]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("DE89370400440532013001", false)]
    [InlineData("gb82WEST12345698765432", false)]
    [InlineData("GB82 WEST 1234 5698 7654 32", false)]
    public void Iban_check_digits(string iban, bool valid)
    {
        Assert.Equal(valid, IdentifierNormalizer.IsValidIban(iban));
    }

    [Fact]
    public void Hash_is_hmac_sha256_over_kind_and_normalised_value()
    {
        var hasher = new KeyedHasher(Key, "community-2026");
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("email:johndoe@gmail.com")));

        Assert.Equal(expected, hasher.Hash(KeyedIdentifierKind.Email, "John.Doe+cv@GoogleMail.com"));
        Assert.NotEqual(hasher.Hash(KeyedIdentifierKind.AccountNumber, "123456789"), hasher.Hash(KeyedIdentifierKind.DocumentNumber, "123456789"));
        Assert.NotEqual(expected, new KeyedHasher(Key.Reverse().ToArray(), "other").Hash(KeyedIdentifierKind.Email, "johndoe@gmail.com"));
    }

    [Fact]
    public void Short_keys_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new KeyedHasher(new byte[16], "k"));
    }

    [Fact]
    public void Shared_keyed_indicator_matches_a_record_written_differently_without_the_raw_value()
    {
        var partner = new KeyedHasher(Key, "community-2026");
        var hub = new KeyedHasher(Key, "community-2026");
        var shared = partner.Hash(KeyedIdentifierKind.Phone, "+1 (202) 555-0143");
        var pattern = StixPattern.Parse(partner.Pattern(KeyedIdentifierKind.Phone, shared));

        var record = hub.RecordObservables([(KeyedIdentifierKind.Phone, "202-555-0143"), (KeyedIdentifierKind.Email, "broken")], out var rejected, defaultRegion: "US");
        var other = hub.RecordObservables([(KeyedIdentifierKind.Phone, "202-555-0144")], out _, defaultRegion: "US");

        Assert.True(pattern.Matches(record));
        Assert.False(pattern.Matches(other));
        Assert.Single(rejected);
        Assert.True(hub.Matches(KeyedIdentifierKind.Phone, "(202) 555 0143", shared, "US"));
        Assert.False(hub.Matches(KeyedIdentifierKind.Phone, "(202) 555 0199", shared, "US"));
        Assert.False(hub.Matches(KeyedIdentifierKind.Phone, "nonsense", shared, "US"));
    }

    [Fact]
    public void Keyed_identifier_observable_is_valid_stix_with_a_deterministic_id()
    {
        var hasher = new KeyedHasher(Key, "community-2026");

        var a = hasher.Observable(KeyedIdentifierKind.Email, "john.doe@gmail.com");
        var b = hasher.Observable(KeyedIdentifierKind.Email, "JohnDoe@gmail.com");

        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.Id, ScoIdentifiers.Compute(a.Json));
        Assert.Equal("email", a.IdentifierKind);
        Assert.Equal("community-2026", a.KeyId);
        Assert.Empty(StixValidator.Validate(a));
        Assert.DoesNotContain("john", a.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }
}
