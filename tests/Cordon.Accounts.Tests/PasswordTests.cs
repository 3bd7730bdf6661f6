using Cordon.Accounts;

namespace Cordon.Accounts.Tests;

public class PasswordTests
{
    [Theory]
    [InlineData("", "the password is empty")]
    [InlineData("short pass", "at least 12")]
    [InlineData("            ", "only spaces")]
    [InlineData("my name is ann.lee ok", "contains the user name")]
    [InlineData("aaaaaaaaaaaaaaaa", "too few different characters")]
    public void The_policy_refuses_weak_passwords_with_a_reason(string password, string reason)
    {
        Assert.Contains(reason, PasswordPolicy.Default.Check(password, "Ann.Lee"));
    }

    [Fact]
    public void The_policy_accepts_a_long_passphrase()
    {
        Assert.Null(PasswordPolicy.Default.Check("correct horse battery staple", "ann.lee"));
        Assert.Null(PasswordPolicy.Default.Check(AccountService.GeneratePassword(), "ann.lee"));
    }

    [Fact]
    public void Hashes_are_salted_version_3_pbkdf2_and_verify_only_the_right_password()
    {
        var hashing = new PasswordHashing();
        var first = hashing.Hash("correct horse battery staple");
        var second = hashing.Hash("correct horse battery staple");

        Assert.NotEqual(first, second);
        Assert.Equal(0x01, Convert.FromBase64String(first)[0]);
        Assert.DoesNotContain("horse", first, StringComparison.Ordinal);
        Assert.True(hashing.Verify("correct horse battery staple", first, out var rehash));
        Assert.False(rehash);
        Assert.False(hashing.Verify("correct horse battery stapler", first, out _));
        Assert.False(hashing.Verify("anything", "not a hash at all", out _));
    }

    [Fact]
    public void A_hash_made_with_fewer_iterations_still_verifies_and_asks_to_be_rehashed()
    {
        var weak = new PasswordHashing(1_000).Hash("correct horse battery staple");

        Assert.True(new PasswordHashing().Verify("correct horse battery staple", weak, out var rehash));
        Assert.True(rehash);
    }

    [Fact]
    public void Generated_passwords_are_long_and_differ()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => AccountService.GeneratePassword()).ToList();

        Assert.All(passwords, p => Assert.Equal(24, p.Length));
        Assert.Equal(50, passwords.Distinct().Count());
    }
}
