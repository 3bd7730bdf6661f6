namespace Cordon.Risk.Lookups;

/// <summary>IP intelligence the engine needs: country, network and whether the network is a VPN, hosting or North Korean range.</summary>
public interface IIpLookup
{
    /// <summary>What is known about an IP address; null when it is not an address or nothing is known.</summary>
    IpFacts? Lookup(string ip);
}
