namespace Cordon.Intelligence;

/// <summary>The operator-supplied files that <see cref="IpIntelligence"/> loads. Every entry is optional.</summary>
/// <param name="CountryDatabase">MaxMind-format (.mmdb) database mapping IPs to a country (<c>country_code</c> or GeoIP2 <c>country.iso_code</c>).</param>
/// <param name="AsnRanges">CSV (optionally gzip) of <c>start,end,asn,org</c> IP ranges.</param>
/// <param name="VpnAsnLists">ASN lists of VPN providers (<c>AS123 # name</c> lines or <c>ASN,Entity</c> CSV).</param>
/// <param name="HostingAsnLists">ASN lists of hosting and data-centre networks (same formats).</param>
/// <param name="NorthKoreanRanges">Files of CIDR ranges (one per line, <c>#</c> comments) attributed to North Korea.</param>
public sealed record IpDataFiles(
    string? CountryDatabase,
    string? AsnRanges,
    IReadOnlyList<string> VpnAsnLists,
    IReadOnlyList<string> HostingAsnLists,
    IReadOnlyList<string> NorthKoreanRanges)
{
    /// <summary>
    /// The file of VPN networks the advisories and public reporting tie to DPRK IT workers (Astrill VPN's autonomous systems),
    /// bundled in <c>intelligence/ip/</c> with its sources and date in its header; read as a VPN list beside <c>vpn_asn.txt</c>.
    /// </summary>
    public const string AdvisoryVpnList = "advisory_vpn_asn.txt";

    /// <summary>The standard file names inside a folder laid out like <c>../shared/data</c> (<c>ip/</c> and <c>indicators/</c>); files that do not exist are left out.</summary>
    /// <param name="dataFolder">Folder holding <c>ip/</c> and <c>indicators/</c>.</param>
    /// <returns>The files found.</returns>
    public static IpDataFiles FromSharedLayout(string dataFolder)
    {
        string? Existing(params string[] parts)
        {
            var path = Path.Combine([dataFolder, .. parts]);
            return System.IO.File.Exists(path) ? path : null;
        }

        static IReadOnlyList<string> List(params string?[] paths) => [.. paths.Where(p => p is not null).Select(p => p!)];

        return new IpDataFiles(
            Existing("ip", "iptoasn-country.mmdb"),
            Existing("ip", "asn-ipv4.csv.gz"),
            List(Existing("ip", "vpn_asn.txt"), Existing("ip", AdvisoryVpnList)),
            List(Existing("ip", "datacenter_asn.txt"), Existing("ip", "hosting_asn_badasn.csv")),
            List(Existing("indicators", "kp_cidrs.txt")));
    }
}
