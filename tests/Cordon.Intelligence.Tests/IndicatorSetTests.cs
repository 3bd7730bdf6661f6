using Cordon.Intelligence;

namespace Cordon.Intelligence.Tests;

public sealed class IndicatorSetTests
{
    private static readonly Lazy<IndicatorSet> Shared = new(() => IndicatorSet.Load(SharedIntelligence.IndicatorsCsv));

    private static IndicatorSet Set => Shared.Value;

    [Fact]
    public void Shared_file_has_5_domains_55_ips_and_1_email_pattern()
    {
        Assert.Equal(61, Set.Count);
        Assert.Equal(5, Set.All.Count(i => i.Type == IndicatorType.Domain));
        Assert.Equal(55, Set.All.Count(i => i.Type == IndicatorType.Ip));
        Assert.Equal(1, Set.All.Count(i => i.Type == IndicatorType.Email));
        Assert.Equal("tonywkj@hopana*", Set.All.Single(i => i.Type == IndicatorType.Email).Value);
        Assert.All(Set.All, i => Assert.StartsWith("https://", i.Source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("inditechlab.com")]
    [InlineData("INDITECHLAB.COM")]
    [InlineData("www.inditechlab.com")]
    [InlineData("mail.inditechlab.com")]
    [InlineData("https://www.inditechlab.com/about")]
    [InlineData("inditechlab.com.")]
    public void Domain_matches_itself_its_subdomains_and_written_variants(string value)
    {
        var hit = Assert.Single(Set.Find(IndicatorType.Domain, value));
        Assert.Equal("inditechlab.com", hit.Value);
        Assert.Equal("front-company site seized by US 2024-10-10", hit.Context);
    }

    [Theory]
    [InlineData("notinditechlab.com")]
    [InlineData("inditechlab.co")]
    [InlineData("example.com")]
    [InlineData("")]
    public void Other_domains_do_not_match(string value) => Assert.Empty(Set.Find(IndicatorType.Domain, value));

    [Fact]
    public void Ip_matches_canonical_forms()
    {
        Assert.Single(Set.Find(IndicatorType.Ip, "174.138.181.198"));
        Assert.Single(Set.Find(IndicatorType.Ip, " 174.138.181.198 "));
        Assert.Single(Set.Find(IndicatorType.Ip, "::ffff:174.138.181.198"));
        Assert.Empty(Set.Find(IndicatorType.Ip, "174.138.181.199"));
        Assert.Empty(Set.Find(IndicatorType.Ip, "garbage"));
    }

    [Fact]
    public void Email_pattern_is_a_glob()
    {
        var hit = Assert.Single(Set.Find(IndicatorType.Email, "TonyWKJ@hopana.net"));
        Assert.Equal("tonywkj@hopana*", hit.Value);
        Assert.Empty(Set.Find(IndicatorType.Email, "tony@hopana.net"));
        Assert.Empty(Set.Find(IndicatorType.Email, "xtonywkj@hopana.net"));

        // At the seized domain itself the pattern and the domain indicator both match.
        var both = Set.Find(IndicatorType.Email, "tonywkj@hopanatech.com");
        Assert.Equal([IndicatorType.Email, IndicatorType.Domain], both.Select(i => i.Type));
    }

    [Fact]
    public void Email_at_an_indicator_domain_matches_the_domain()
    {
        var hits = Set.Find(IndicatorType.Email, "hr@wkjllc.com");
        Assert.Equal("wkjllc.com", Assert.Single(hits).Value);
    }

    [Fact]
    public void Cidr_indicators_match_addresses_inside_and_exact_ips_match_too()
    {
        using var t = new TempFolder();
        var path = t.Write("extra.csv", "type,value,context,source\ncidr,175.45.176.0/22,KP national block,kp_cidrs\nip,175.45.176.7,a host,report\nipv4,10.0.0.0/8,private,test\nipv6,2001:DB8::1,doc,test\n");
        var set = IndicatorSet.Load(path);
        Assert.Equal(4, set.Count);
        var hits = set.Find(IndicatorType.Ip, "175.45.176.7");
        Assert.Equal(2, hits.Count);
        Assert.Contains(hits, i => i.Type == IndicatorType.Cidr && i.Value == "175.45.176.0/22");
        Assert.Contains(hits, i => i.Type == IndicatorType.Ip && i.Value == "175.45.176.7");
        Assert.Equal(IndicatorType.Cidr, Assert.Single(set.Find(IndicatorType.Ip, "10.20.30.40")).Type);
        Assert.Single(set.Find(IndicatorType.Ip, "2001:db8:0:0::1"));
        Assert.Single(set.Find(IndicatorType.Cidr, "175.45.177.0/22"));
        Assert.Empty(set.Find(IndicatorType.Ip, "175.45.180.1"));
    }

    [Fact]
    public void Wallets_and_phones_are_normalised()
    {
        using var t = new TempFolder();
        var path = t.Write("w.csv", "wallet,0xAbCdEf0123456789abcdef0123456789ABCDEF01,laundering,test\nwallet,bc1QXY2KGDYGJRSQTZQ2N0YRF2493P83KKFJHX0WLH,btc,test\nphone,+1 (415) 555-0123,recruiter,test\nwallet,1BoatSLRHtKNngkdXEeobR76b53LETtpyT,legacy,test\n");
        var set = IndicatorSet.Load(path);
        Assert.Single(set.Find(IndicatorType.Wallet, "0xabcdef0123456789ABCDEF0123456789abcdef01"));
        Assert.Single(set.Find(IndicatorType.Wallet, "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"));
        Assert.Single(set.Find(IndicatorType.Wallet, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"));
        Assert.Empty(set.Find(IndicatorType.Wallet, "1boatslrhtknngkdxeeobr76b53lettpyt")); // base58 is case-sensitive
        Assert.Single(set.Find(IndicatorType.Phone, "+14155550123"));
        Assert.Single(set.Find(IndicatorType.Phone, "+1 415-555-0123"));
    }

    [Fact]
    public void Several_files_are_combined()
    {
        using var t = new TempFolder();
        var extra = t.Write("extra.csv", "domain,inditechlab.com,second source,other\n");
        var set = IndicatorSet.Load(SharedIntelligence.IndicatorsCsv, extra);
        Assert.Equal(62, set.Count);
        Assert.Equal(2, set.Find(IndicatorType.Domain, "inditechlab.com").Count);
    }

    [Theory]
    [InlineData("type,value,context,source\nfingerprint,abc,ctx,src\n", 2, "unknown indicator type 'fingerprint'")]
    [InlineData("ipv4,300.1.1.1,ctx,src\n", 1, "not an IP address")]
    [InlineData("domain,ok.com,c,s\ndomain,not a domain,c,s\n", 2, "not a domain")]
    [InlineData("ipv4,1.2.3.4,\"unterminated,src\n", 1, "unterminated quote")]
    [InlineData("domain,,c,s\n", 1, "empty value")]
    [InlineData("email,nobody,c,s\n", 1, "not an e-mail")]
    [InlineData("ipv4,2001:db8::1,c,s\n", 1, "address family")]
    [InlineData("cidr,1.2.3.0/40,c,s\n", 1, "not a CIDR")]
    [InlineData("justonefield\n", 1, "expected type,value")]
    public void Broken_rows_name_file_line_and_reason(string content, int line, string reason)
    {
        using var t = new TempFolder();
        var path = t.Write("bad.csv", content);
        var e = Assert.Throws<IntelligenceDataException>(() => IndicatorSet.Load(path));
        Assert.Equal(path, e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Contains(path + ", line " + line, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_comments_and_multi_line_contexts_are_read_as_csv()
    {
        using var t = new TempFolder();
        var path = t.Write("quoted.csv",
            "# exported 2026-12-01\n"
            + "type,value,context,source\n"
            + "domain, \"inditechlab.com\" ,\"front, said \"\"IT\"\"\",fbi\n"
            + "email,a@b.example,\"two\nlines\",src\n"
            + "ipv4,999.1.1.1,c,s\n");
        var e = Assert.Throws<IntelligenceDataException>(() => IndicatorSet.Load(path));

        // The multi-line context occupies lines 4 and 5, so the bad address is on line 6 of the file.
        Assert.Equal(6, e.Line);
        var good = t.Write("good.csv", File.ReadAllText(path).Replace("ipv4,999.1.1.1,c,s\n", string.Empty, StringComparison.Ordinal));
        var set = IndicatorSet.Load(good);
        Assert.Equal(2, set.Count);
        var domain = Assert.Single(set.Find(IndicatorType.Domain, "inditechlab.com"));
        Assert.Equal("front, said \"IT\"", domain.Context);
    }

    [Fact]
    public void Missing_file_is_a_data_error()
    {
        var e = Assert.Throws<IntelligenceDataException>(() => IndicatorSet.Load("/nonexistent/indicators.csv"));
        Assert.Equal("/nonexistent/indicators.csv", e.File);
    }

    [Fact]
    public void Indicators_find_an_address_or_number_however_it_is_written_as_links_and_keyed_hashes_do()
    {
        // The indicator reader once kept Gmail dots and plus tags and read "0082…" as the digits 0082…, so an indicator
        // missed the very address a network link and a partner's keyed hash treated as the same.
        var set = IndicatorSet.FromIndicators(
        [
            new Indicator(IndicatorType.Email, "JohnSmith@gmail.com", "test", "test"),
            new Indicator(IndicatorType.Phone, "+82 10-1234-5678", "test", "test"),
            new Indicator(IndicatorType.Wallet, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "test", "test"),
        ]);

        Assert.Single(set.Find(IndicatorType.Email, "john.smith+jobs@googlemail.com"));
        Assert.Single(set.Find(IndicatorType.Phone, "0082 10 1234 5678"));
        Assert.Single(set.Find(IndicatorType.Wallet, "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"));
        Assert.Empty(set.Find(IndicatorType.Email, "john.smith@example.org"));
    }

    [Fact]
    public void An_email_pattern_sees_the_address_as_written()
    {
        var set = IndicatorSet.FromIndicators([new Indicator(IndicatorType.Email, "kim.*@gmail.com", "test", "test")]);
        Assert.Single(set.Find(IndicatorType.Email, "Kim.Chol@gmail.com"));
        Assert.Empty(set.Find(IndicatorType.Email, "lee.chol@gmail.com"));
    }
}
