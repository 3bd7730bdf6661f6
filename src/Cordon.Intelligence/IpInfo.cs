namespace Cordon.Intelligence;

/// <summary>What the operator's data says about one IP address.</summary>
/// <param name="Ip">The address in canonical form (IPv4-mapped IPv6 shown as IPv4).</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code, or null when unknown.</param>
/// <param name="Asn">Autonomous system number, or null when unknown.</param>
/// <param name="AsnOrganisation">Organisation name of the AS, or null.</param>
/// <param name="IsVpn">The AS is on a VPN-provider list.</param>
/// <param name="IsHosting">The AS is on a hosting / data-centre list.</param>
/// <param name="IsNorthKorean">The address is in a range attributed to North Korea (or the country database says KP).</param>
public sealed record IpInfo(string Ip, string? Country, long? Asn, string? AsnOrganisation, bool IsVpn, bool IsHosting, bool IsNorthKorean)
{
    /// <summary>
    /// How many IPv4 addresses the AS holds in the range table (its size in routing terms: tens of millions for a
    /// national consumer ISP or a big cloud, a few thousand for a regional ISP or a company), or null when unknown.
    /// </summary>
    public long? AsnIpv4Addresses { get; init; }
}
