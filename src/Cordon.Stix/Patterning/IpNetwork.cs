using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Cordon.Stix.Patterning;

/// <summary>
/// An IPv4 or IPv6 address block in CIDR notation (a single address is a block of full prefix length). Host bits in
/// the text are ignored, as STIX values such as <c>198.51.100.7/24</c> occur in practice.
/// </summary>
/// <param name="Family">Address family.</param>
/// <param name="Network">Network address bytes with host bits cleared.</param>
/// <param name="PrefixLength">Prefix length in bits.</param>
public sealed record IpNetwork(AddressFamily Family, byte[] Network, int PrefixLength)
{
    /// <summary>Parses <c>address</c> or <c>address/prefix</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out IpNetwork? network)
    {
        network = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(addressText, out var address) || addressText.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        // IPAddress.TryParse accepts shorthand such as "10.1"; STIX values are dotted quads.
        if (address.AddressFamily == AddressFamily.InterNetwork && addressText.Count(c => c == '.') != 3)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        var bits = bytes.Length * 8;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits))
        {
            return false;
        }

        for (var bit = prefix; bit < bits; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        network = new IpNetwork(address.AddressFamily, bytes, prefix);
        return true;
    }

    /// <summary>Whether every address of <paramref name="other"/> lies in this block.</summary>
    public bool Contains(IpNetwork other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Family != Family || other.PrefixLength < PrefixLength)
        {
            return false;
        }

        for (var bit = 0; bit < PrefixLength; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            if ((Network[bit / 8] & mask) != (other.Network[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The enclosing block with a shorter prefix (host bits beyond <paramref name="prefixLength"/> cleared).</summary>
    public IpNetwork Truncate(int prefixLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, PrefixLength);
        var bytes = (byte[])Network.Clone();
        for (var bit = prefixLength; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return new IpNetwork(Family, bytes, prefixLength);
    }

    /// <inheritdoc/>
    public override string ToString() => new IPAddress(Network) + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);
}
