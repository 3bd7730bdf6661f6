using System.Net;
using Cordon.Intelligence;

namespace Cordon.Intelligence.Tests;

public sealed class IpIntelligenceTests
{
    private static IpIntelligence Intel => SharedIntelligence.Intel;

    [Fact]
    public void Loads_every_shared_file()
    {
        Assert.True(Intel.AsnRangeCount > 400_000, "ranges: " + Intel.AsnRangeCount);
        Assert.Equal(15, Intel.VpnAsnCount);
        Assert.Equal(901, Intel.HostingAsnCount); // union of datacenter_asn.txt and hosting_asn_badasn.csv (they overlap)
        Assert.Equal(10, Intel.NorthKoreanRangeCount);
    }

    [Theory]
    [InlineData("175.45.176.0")]
    [InlineData("175.45.176.1")]
    [InlineData("175.45.179.255")]
    public void Address_in_the_national_block_is_North_Korean(string ip)
    {
        var info = Intel.Lookup(ip)!;
        Assert.True(info.IsNorthKorean);
        Assert.Equal("KP", info.Country);
        Assert.Equal(131279, info.Asn);
        Assert.Equal("Star Joint Venture Co. Ltd.", info.AsnOrganisation);
    }

    [Fact]
    public void Address_just_outside_the_national_block_is_not_North_Korean()
    {
        Assert.False(Intel.Lookup("175.45.180.0")!.IsNorthKorean);
        Assert.False(Intel.Lookup("175.45.175.255")!.IsNorthKorean);
    }

    [Fact]
    public void Range_from_kp_cidrs_outside_Korea_is_flagged_from_the_list()
    {
        // 210.52.109.0/24 is in kp_cidrs.txt (2017 list); the country database places it in China today.
        var info = Intel.Lookup("210.52.109.5")!;
        Assert.True(info.IsNorthKorean);
        Assert.Equal("CN", info.Country);
        Assert.Equal(9929, info.Asn);
    }

    [Theory]
    [InlineData("37.19.199.133", "GB", 212238, "Datacamp Limited", true, true)] // indicator IP; AS212238 is in vpn_asn.txt and datacenter_asn.txt
    [InlineData("155.94.199.59", "US", 36352, "HostPapa", false, true)] // Astrill VPN login in the indicators; HostPapa is a hosting ASN
    [InlineData("113.227.237.46", "CN", 4837, "CHINA UNICOM China169 Backbone", false, false)]
    [InlineData("103.244.174.154", "PK", 9541, "Cyber Internet Services (Private) Limited", false, false)]
    [InlineData("18.144.99.240", "US", 16509, "Amazon.com, Inc.", false, true)]
    [InlineData("71.112.196.114", "US", 701, "Verizon Business", false, false)]
    [InlineData("8.8.8.8", "US", 15169, "Google LLC", false, true)]
    public void Indicator_and_well_known_addresses_map_to_the_data(string ip, string country, long asn, string org, bool vpn, bool hosting)
    {
        var info = Intel.Lookup(ip)!;
        Assert.Equal(ip, info.Ip);
        Assert.Equal(country, info.Country);
        Assert.Equal(asn, info.Asn);
        Assert.Equal(org, info.AsnOrganisation);
        Assert.Equal(vpn, info.IsVpn);
        Assert.Equal(hosting, info.IsHosting);
        Assert.False(info.IsNorthKorean);
    }

    [Fact]
    public void Every_ASN_in_vpn_list_is_flagged_vpn()
    {
        foreach (var asn in new long[] { 9009, 20448, 209854, 136787, 32751 })
        {
            Assert.True(Intel.IsVpnAsn(asn), "AS" + asn);
        }

        Assert.False(Intel.IsVpnAsn(701));
    }

    [Fact]
    public void Address_announced_by_a_vpn_asn_is_flagged_vpn()
    {
        // Find a range of AS9009 (M247, NordVPN) in the ASN CSV itself rather than trusting a remembered address.
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(SharedIntelligence.Files.AsnRanges!), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        string? line, start = null;
        while ((line = reader.ReadLine()) is not null)
        {
            var parts = line.Split(',');
            if (parts[2] == "9009")
            {
                start = parts[0];
                break;
            }
        }

        Assert.NotNull(start);
        var info = Intel.Lookup(start!)!;
        Assert.Equal(9009, info.Asn);
        Assert.True(info.IsVpn);
    }

    [Fact]
    public void IPv6_gets_a_country_and_mapped_IPv4_is_shown_as_IPv4()
    {
        var v6 = Intel.Lookup("2001:4860:4860::8888")!;
        Assert.Equal("US", v6.Country);
        Assert.Null(v6.Asn); // the ASN CSV is IPv4 only
        Assert.Equal("2001:4860:4860::8888", v6.Ip);

        var mapped = Intel.Lookup("::ffff:175.45.176.9")!;
        Assert.Equal("175.45.176.9", mapped.Ip);
        Assert.True(mapped.IsNorthKorean);
        Assert.Equal(Intel.Lookup(IPAddress.Parse("175.45.176.9")), mapped);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-an-ip")]
    [InlineData("999.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("123")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("1.2.3.4/24")]
    [InlineData("gggg::1")]
    public void Unparsable_input_gives_null(string ip) => Assert.Null(Intel.Lookup(ip));

    [Fact]
    public void The_size_of_an_as_is_the_sum_of_its_ipv4_ranges()
    {
        // Comcast holds tens of millions of addresses; Gtelecom (AS38803) a handful of /22s.
        var comcast = Intel.Lookup("73.12.40.7")!;
        Assert.Equal(7922, comcast.Asn);
        Assert.True(comcast.AsnIpv4Addresses > 10_000_000, $"{comcast.AsnIpv4Addresses}");
        Assert.Equal(Intel.Ipv4AddressCount(7922), comcast.AsnIpv4Addresses);
        var small = Intel.Lookup("1.0.4.1")!;
        Assert.Equal(38803, small.Asn);
        Assert.Equal(8704, small.AsnIpv4Addresses);
        Assert.Null(Intel.Lookup("10.1.2.3")!.AsnIpv4Addresses);
    }

    [Fact]
    public void Private_address_has_no_country_or_asn()
    {
        var info = Intel.Lookup("10.1.2.3")!;
        Assert.Null(info.Asn);
        Assert.False(info.IsVpn || info.IsHosting || info.IsNorthKorean);
    }

    [Fact]
    public void Works_with_no_files_at_all()
    {
        var empty = IpIntelligence.Load(new IpDataFiles(null, null, [], [], []));
        Assert.Equal(new IpInfo("1.2.3.4", null, null, null, false, false, false), empty.Lookup("1.2.3.4"));
    }

    [Fact]
    public void Shared_layout_finds_the_standard_files()
    {
        var files = IpDataFiles.FromSharedLayout(SharedData.Path());
        Assert.Equal(SharedIntelligence.Files.CountryDatabase, files.CountryDatabase);
        Assert.Equal(SharedIntelligence.Files.AsnRanges, files.AsnRanges);
        Assert.Equal(SharedIntelligence.Files.VpnAsnLists, files.VpnAsnLists);
        Assert.Equal(SharedIntelligence.Files.HostingAsnLists, files.HostingAsnLists);
        Assert.Equal(SharedIntelligence.Files.NorthKoreanRanges, files.NorthKoreanRanges);
    }

    [Fact]
    public void Parallel_lookups_agree_with_sequential_ones()
    {
        string[] ips = ["8.8.8.8", "175.45.176.1", "37.19.199.133", "2001:4860:4860::8888", "113.227.237.46"];
        var expected = ips.Select(Intel.Lookup).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % ips.Length], Intel.Lookup(ips[i % ips.Length])));
    }
}
