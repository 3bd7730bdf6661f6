using Cordon.Intelligence;
using Cordon.Risk.Lookups;

namespace Cordon.Risk.Adapters;

/// <summary>Serves <see cref="IIpLookup"/> from <see cref="IpIntelligence"/> (MaxMind country database, ASN ranges, ASN lists, KP ranges).</summary>
public sealed class IpIntelligenceLookup : IIpLookup
{
    private readonly IpIntelligence _intelligence;

    /// <summary>Wraps loaded IP intelligence.</summary>
    public IpIntelligenceLookup(IpIntelligence intelligence)
    {
        ArgumentNullException.ThrowIfNull(intelligence);
        _intelligence = intelligence;
    }

    /// <inheritdoc/>
    public IpFacts? Lookup(string ip) =>
        _intelligence.Lookup(ip) is { } info
            ? new IpFacts(info.Country, info.Asn, info.AsnOrganisation, info.IsVpn, info.IsHosting, info.IsNorthKorean)
            : null;
}
