using Cordon.Intelligence;

namespace Cordon.Intelligence.Tests;

public sealed class DomainLookalikeTests
{
    private static readonly string[] Protected = ["github.com", "google.com", "microsoft.com", "stripe.com", "apple.com", "paypal.com", "upwork.com", "linkedin.com", "amazon.com"];

    [Theory]
    [InlineData("gooogle.com", "google.com", "typo")]
    [InlineData("googel.com", "google.com", "typo")]
    [InlineData("githib.com", "github.com", "typo")]
    [InlineData("rnicrosoft.com", "microsoft.com", "homoglyph")]
    [InlineData("g00gle.com", "google.com", "homoglyph")]
    [InlineData("paypa1.com", "paypal.com", "homoglyph")]
    [InlineData("upvvork.com", "upwork.com", "homoglyph")]
    [InlineData("linkedln.com", "linkedin.com", "homoglyph")]
    [InlineData("xn--pple-43d.com", "apple.com", "idn-homoglyph")] // Cyrillic а
    [InlineData("аpple.com", "apple.com", "idn-homoglyph")]
    [InlineData("xn--mazon-3ve.com", "amazon.com", "idn-homoglyph")]
    [InlineData("stripe-careers.com", "stripe.com", "added-word")]
    [InlineData("microsoft-careers.com", "microsoft.com", "added-word")]
    [InlineData("stripe-hr.net", "stripe.com", "added-word")]
    [InlineData("stripehr.net", "stripe.com", "added-word")]
    [InlineData("careers-github.io", "github.com", "added-word")]
    [InlineData("micro-soft.com", "microsoft.com", "hyphenation")]
    [InlineData("stripe.co", "stripe.com", "tld-swap")]
    [InlineData("github.io", "github.com", "tld-swap")]
    [InlineData("stripe.com.evil.io", "stripe.com", "subdomain")]
    [InlineData("paypal.secure-login.net", "paypal.com", "subdomain")]
    public void Look_alikes_are_found(string domain, string imitates, string technique)
    {
        var match = DomainLookalike.Find(domain, Protected);
        Assert.NotNull(match);
        Assert.Equal(imitates, match!.Imitates);
        Assert.Equal(technique, match.Technique);
        Assert.InRange(match.Similarity, 0.3, 1.0);
    }

    [Theory]
    [InlineData("github.com")]
    [InlineData("GitHub.com")]
    [InlineData("www.github.com")]
    [InlineData("https://github.com/cordon")]
    [InlineData("careers.microsoft.com")]
    [InlineData("acme.io")]
    [InlineData("acme-careers.com")]
    [InlineData("pinstripe.com")]
    [InlineData("example.org")]
    [InlineData("not a domain")]
    [InlineData("")]
    public void Real_domains_their_subdomains_and_unrelated_domains_are_not_look_alikes(string domain) =>
        Assert.Null(DomainLookalike.Find(domain, Protected));

    [Fact]
    public void Half_a_surrogate_pair_is_checked_without_an_exception()
    {
        // In code, not in attributes: an attribute's string is stored as UTF-8, which turns half a pair into U+FFFD.
        Assert.Null(Record.Exception(() => DomainLookalike.Find("g\ud800ithub.com", Protected)));
        Assert.Null(Record.Exception(() => DomainLookalike.Find("github.com\udc00", Protected)));
    }

    [Fact]
    public void Exact_match_wins_over_a_close_other_protected_domain()
    {
        // gitlab.com is one edit from github.com-ish names, but it is itself protected.
        Assert.Null(DomainLookalike.Find("gitlab.com", ["github.com", "gitlab.com"]));
    }

    [Fact]
    public void Email_address_is_checked_by_its_domain()
    {
        var match = DomainLookalike.Find("recruiter@rnicrosoft.com", Protected);
        Assert.Equal("microsoft.com", match?.Imitates);
    }

    [Fact]
    public void Default_list_is_loaded_from_the_resource()
    {
        Assert.Contains("microsoft.com", DomainLookalike.DefaultProtectedDomains);
        Assert.Contains("upwork.com", DomainLookalike.DefaultProtectedDomains);
        Assert.True(DomainLookalike.DefaultProtectedDomains.Count >= 50);
        Assert.Equal("upwork.com", DomainLookalike.Find("upw0rk.com")?.Imitates);
        Assert.Null(DomainLookalike.Find("upwork.com"));
    }

    [Fact]
    public void Operator_list_file_is_read_and_validated()
    {
        using var t = new TempFolder();
        var good = t.Write("p.txt", "# ours\nacme.io\n\nWWW.Contoso.com  # main\n");
        var list = DomainLookalike.LoadProtectedDomains(good);
        Assert.Equal(["acme.io", "contoso.com"], list);
        Assert.Equal("added-word", DomainLookalike.Find("acme-jobs.io", list)?.Technique);

        var bad = t.Write("bad.txt", "acme.io\nnot a domain\n");
        var e = Assert.Throws<IntelligenceDataException>(() => DomainLookalike.LoadProtectedDomains(bad));
        Assert.Equal(2, e.Line);
    }
}
