using Cordon.Intelligence;

namespace Cordon.Intelligence.Tests;

/// <summary>The real shared files, loaded once for all tests.</summary>
internal static class SharedIntelligence
{
    public static IpDataFiles Files { get; } = new(
        SharedData.Path("ip", "iptoasn-country.mmdb"),
        SharedData.Path("ip", "asn-ipv4.csv.gz"),
        [SharedData.Path("ip", "vpn_asn.txt")],
        [SharedData.Path("ip", "datacenter_asn.txt"), SharedData.Path("ip", "hosting_asn_badasn.csv")],
        [SharedData.Path("indicators", "kp_cidrs.txt")]);

    private static readonly Lazy<IpIntelligence> Ip = new(() => IpIntelligence.Load(Files));

    public static IpIntelligence Intel => Ip.Value;

    public static string IndicatorsCsv => SharedData.Path("indicators", "dprk_itw_indicators.csv");
}
