using Cordon.Intelligence;
using Cordon.Risk;

namespace Cordon.Networks.Tests;

/// <summary>The same autonomous system as weak support, resolved through a hand-made IP table.</summary>
public sealed class AsnSupportTests
{
    // Documentation and shared-space prefixes standing for: a small regional ISP, a mid-sized metro ISP (under the size
    // bound, so only the frequency discount can stop it), a national consumer ISP, a cloud and a VPN provider.
    private static readonly NetworkLinkerOptions Options = new()
    {
        IpLookup = ip => ip switch
        {
            _ when ip.StartsWith("198.51.100.", StringComparison.Ordinal) || ip.StartsWith("192.0.2.", StringComparison.Ordinal) =>
                new IpInfo(ip, "US", 64500, "Prairie Fiber Co-op", IsVpn: false, IsHosting: false, IsNorthKorean: false) { AsnIpv4Addresses = 4_096 },
            _ when ip.StartsWith("203.0.", StringComparison.Ordinal) =>
                new IpInfo(ip, "US", 64501, "Metro Net", IsVpn: false, IsHosting: false, IsNorthKorean: false) { AsnIpv4Addresses = 60_000 },
            _ when ip.StartsWith("100.66.", StringComparison.Ordinal) =>
                new IpInfo(ip, "US", 64504, "National Cable Inc", IsVpn: false, IsHosting: false, IsNorthKorean: false) { AsnIpv4Addresses = 67_801_856 },
            _ when ip.StartsWith("100.64.", StringComparison.Ordinal) =>
                new IpInfo(ip, "US", 64502, "Big Cloud LLC", IsVpn: false, IsHosting: true, IsNorthKorean: false),
            _ when ip.StartsWith("100.65.", StringComparison.Ordinal) =>
                new IpInfo(ip, "PA", 64503, "Tunnel VPN SA", IsVpn: true, IsHosting: false, IsNorthKorean: false),
            _ => null,
        },
    };

    // A household: one home address and one phone number (a group needs a strong link or two medium kinds).
    private static ApplicationRecord AtHome(string id, string ip, string device) => Records.Make(id, j =>
    {
        Records.Home("12 Oak Street", "78701")(j);
        Records.Phone("+1 512 555 0142")(j);
        Records.Session(ip, device)(j);
    });

    [Fact]
    public void Records_linked_by_a_household_gain_support_from_their_small_network_named_in_the_explanation()
    {
        // Different /24s of the same small network: only the ASN is shared besides the address.
        var linker = NetworkLinker.Build([AtHome("a", "198.51.100.7", "dev-a"), AtHome("b", "192.0.2.40", "dev-b")], Options);

        var group = Assert.Single(linker.Groups());
        Assert.Equal(["a", "b"], group.Members);
        var asn = Assert.Single(group.Links, l => l.Kind == LinkKinds.Asn);
        Assert.Equal("AS64500 Prairie Fiber Co-op", asn.Value);
        Assert.Equal(LinkStrength.Weak, asn.Strength);
        Assert.Contains("same network AS64500 Prairie Fiber Co-op", group.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(group.Links, l => l.Kind == LinkKinds.IpPrefix24);
    }

    [Fact]
    public void The_same_network_alone_never_links()
    {
        var linker = NetworkLinker.Build([Records.Make("a", Records.Session("198.51.100.7", "dev-a")), Records.Make("b", Records.Session("192.0.2.40", "dev-b"))], Options);
        Assert.Empty(linker.Groups());
        Assert.Null(linker.Add(Records.Make("c", Records.Session("198.51.100.99", "dev-c"))));
        Assert.Empty(linker.Groups());
    }

    [Fact]
    public void A_network_shared_by_more_records_than_the_frequency_limit_gives_no_support()
    {
        // The two linked records and 40 strangers are all customers of one metro ISP (distinct /24s and devices).
        var records = new List<ApplicationRecord> { AtHome("a", "203.0.1.1", "dev-a"), AtHome("b", "203.0.2.1", "dev-b") };
        records.AddRange(Enumerable.Range(0, 40).Select(i => Records.Make("s" + i, Records.Session($"203.0.{10 + i}.1", "dev-s" + i))));

        foreach (var linker in new[] { NetworkLinker.Build(records, Options), Incremental(records) })
        {
            var group = Assert.Single(linker.Groups());
            Assert.Equal(["a", "b"], group.Members);
            Assert.DoesNotContain(group.Links, l => l.Kind == LinkKinds.Asn);
            Assert.DoesNotContain("Metro Net", group.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_national_isp_gives_no_support_even_in_a_population_too_small_to_measure_it()
    {
        var linker = NetworkLinker.Build([AtHome("a", "100.66.0.1", "dev-a"), AtHome("b", "100.66.9.1", "dev-b")], Options);
        Assert.DoesNotContain(Assert.Single(linker.Groups()).Links, l => l.Kind == LinkKinds.Asn);

        // Without a size bound the frequency discount alone decides, and two records are not "many".
        var unbounded = NetworkLinker.Build([AtHome("a", "100.66.0.1", "dev-a"), AtHome("b", "100.66.9.1", "dev-b")], Options with { MaxAsnIpv4Addresses = long.MaxValue });
        Assert.Contains(Assert.Single(unbounded.Groups()).Links, l => l is { Kind: LinkKinds.Asn, Value: "AS64504 National Cable Inc" });
    }

    [Fact]
    public void Hosting_and_vpn_networks_give_no_support()
    {
        var hosting = NetworkLinker.Build([AtHome("a", "100.64.0.1", "dev-a"), AtHome("b", "100.64.9.1", "dev-b")], Options);
        Assert.DoesNotContain(Assert.Single(hosting.Groups()).Links, l => l.Kind == LinkKinds.Asn);

        var vpn = NetworkLinker.Build([AtHome("a", "100.65.0.1", "dev-a"), AtHome("b", "100.65.9.1", "dev-b")], Options);
        Assert.DoesNotContain(Assert.Single(vpn.Groups()).Links, l => l.Kind == LinkKinds.Asn);
    }

    [Fact]
    public void Without_ip_data_there_is_no_asn_key()
    {
        var keys = LinkKeyExtractor.Extract(AtHome("a", "198.51.100.7", "dev-a"));
        Assert.DoesNotContain(keys.Keys, k => k.Kind == LinkKinds.Asn);
        Assert.Contains(LinkKeyExtractor.Extract(AtHome("a", "198.51.100.7", "dev-a"), Options).Keys, k => k is { Kind: LinkKinds.Asn, Value: "AS64500 Prairie Fiber Co-op", Strength: LinkStrength.Weak });
    }

    private static NetworkLinker Incremental(IEnumerable<ApplicationRecord> records)
    {
        var linker = new NetworkLinker(Options);
        foreach (var record in records)
        {
            linker.Add(record);
        }

        return linker;
    }
}
