namespace Cordon.Intelligence;

/// <summary>An inclusive IP range; IPv4 values are stored in the low 32 bits.</summary>
/// <param name="IsV6">True for IPv6.</param>
/// <param name="Start">First address.</param>
/// <param name="End">Last address.</param>
/// <param name="Prefix">CIDR prefix length it was written with.</param>
internal readonly record struct IpRange(bool IsV6, UInt128 Start, UInt128 End, int Prefix)
{
    /// <summary>True when the address (same family) is inside.</summary>
    public bool Contains(bool isV6, UInt128 value) => isV6 == IsV6 && value >= Start && value <= End;
}
