namespace Cordon.Intelligence.Tests;

/// <summary>The VPN networks the advisories and public reporting name for DPRK IT workers are recognised by the bundled data.</summary>
public sealed class AdvisoryVpnTests
{
    private static readonly string Bundled = Path.Combine(SharedData.RepositoryRoot, "intelligence");

    [Theory]
    [InlineData("5.57.213.10", 7393L)]
    [InlineData("23.94.12.10", 20278L)]
    [InlineData("5.231.59.10", 64267L)]
    public void Astrill_vpn_exits_are_vpn_networks_in_the_bundled_data(string ip, long asn)
    {
        var bundled = IpIntelligence.Load(IpDataFiles.FromSharedLayout(Bundled));
        var info = bundled.Lookup(ip);
        Assert.NotNull(info);
        Assert.Equal(asn, info.Asn);
        Assert.True(info.IsVpn, $"AS{asn} is not recognised as a VPN network");

        // The shared copy of the third-party lists alone misses them (the gap issue 15 names).
        Assert.False(IpIntelligence.Load(IpDataFiles.FromSharedLayout(SharedData.Path())).Lookup(ip)?.IsVpn ?? false);
    }

    [Fact]
    public void The_advisory_list_shows_its_sources_and_date()
    {
        var text = File.ReadAllText(Path.Combine(Bundled, "ip", IpDataFiles.AdvisoryVpnList));
        Assert.Contains("Astrill", text, StringComparison.Ordinal);
        Assert.Matches(@"Compiled by hand: \d{4}-\d{2}-\d{2}", text);
        foreach (var asn in new[] { "AS7393", "AS20278", "AS64267" })
        {
            Assert.Contains(asn + " #", text, StringComparison.Ordinal);
        }
    }
}
