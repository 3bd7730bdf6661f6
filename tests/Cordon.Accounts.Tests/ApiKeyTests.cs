using Cordon.Accounts;
using Cordon.Core.Access;

namespace Cordon.Accounts.Tests;

public class ApiKeyTests
{
    [Fact]
    public void A_generated_key_has_the_documented_shape_and_parses_back()
    {
        var key = ApiKeys.Generate();

        Assert.Matches("^cordon_[a-z2-7]{12}_[a-z2-7]{52}$", key.Key);
        Assert.True(ApiKeys.TryParse(key.Key, out var id, out var secret));
        Assert.Equal((key.Id, key.Secret), (id, secret));
        Assert.DoesNotContain(key.Secret, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_carry_256_bits_of_randomness()
    {
        var secrets = Enumerable.Range(0, 200).Select(_ => ApiKeys.Generate().Secret).ToList();

        // 52 base32 characters hold 260 bits, of which the first 256 come from the generator.
        Assert.All(secrets, s => Assert.Equal(52, s.Length));
        Assert.Equal(200, secrets.Distinct().Count());
        var letters = string.Concat(secrets).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(32, letters.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cordon_abc_def")]
    [InlineData("other_aaaaaaaaaaaa_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("cordon_AAAAAAAAAAAA_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("cordon_aaaaaaaaaaaa-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("cordon_aaaaaaaaaaaa_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1")]
    public void Malformed_keys_do_not_parse(string? key)
    {
        Assert.False(ApiKeys.TryParse(key, out _, out _));
    }

    [Fact]
    public void The_stored_hash_is_sha256_hex_never_the_secret_and_verifies_only_that_secret()
    {
        var key = ApiKeys.Generate();
        var hash = ApiKeys.HashSecret(key.Secret);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.NotEqual(key.Secret, hash);
        Assert.True(ApiKeys.Verify(key.Secret, hash));
        Assert.False(ApiKeys.Verify(ApiKeys.Generate().Secret, hash));
        Assert.False(ApiKeys.Verify(key.Secret, hash[..63]));
    }

    [Theory]
    [InlineData(CordonRoles.Admin, CordonRoles.Admin, true)]
    [InlineData(CordonRoles.Admin, CordonRoles.Reviewer, true)]
    [InlineData(CordonRoles.Analyst, CordonRoles.ApiClient, true)]
    [InlineData(CordonRoles.Analyst, CordonRoles.Admin, false)]
    [InlineData(CordonRoles.ApiClient, CordonRoles.Analyst, true)]
    [InlineData(CordonRoles.Reviewer, CordonRoles.Analyst, false)]
    [InlineData(CordonRoles.Reviewer, CordonRoles.ApiClient, false)]
    [InlineData(CordonRoles.Admin, "root", false)]
    public void Nobody_grants_more_than_they_hold(string holder, string granted, bool allowed)
    {
        Assert.Equal(allowed, AccountRoles.MayGrant(holder, granted));
    }
}
