namespace Cordon.Risk.Lookups;

/// <summary>What is known about one IP address.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 country, when known.</param>
/// <param name="Asn">Autonomous system number, when known.</param>
/// <param name="AsnOrganisation">Name of the network.</param>
/// <param name="IsVpn">The network is on a VPN provider list.</param>
/// <param name="IsHosting">The network is on a hosting or data-centre list.</param>
/// <param name="IsNorthKorean">The address is in a range attributed to North Korea.</param>
public sealed record IpFacts(string? Country, long? Asn, string? AsnOrganisation, bool IsVpn, bool IsHosting, bool IsNorthKorean);
