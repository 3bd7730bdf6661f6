using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Cordon.Intelligence;

/// <summary>Address parsing and numeric conversion shared by the IP data loaders.</summary>
internal static class IpAddressMath
{
    /// <summary>Parses an IPv4 or IPv6 address strictly (a dot or colon is required; "123" is not an address). IPv4-mapped IPv6 becomes IPv4.</summary>
    public static IPAddress? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim();
        if (s.Length > 2 && s[0] == '[' && s[^1] == ']')
        {
            s = s[1..^1];
        }

        if (s.Contains(':', StringComparison.Ordinal))
        {
            if (!IPAddress.TryParse(s, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return null;
            }

            return v6.IsIPv4MappedToIPv6 ? v6.MapToIPv4() : v6;
        }

        // IPAddress.TryParse accepts "1.2" and octal/hex forms; require four decimal octets.
        var parts = s.Split('.');
        if (parts.Length != 4)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < 4; i++)
        {
            var p = parts[i];
            if (p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit)
                || !byte.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return null;
            }
        }

        return new IPAddress(bytes);
    }

    /// <summary>IPv4 address as a big-endian number.</summary>
    public static uint ToUInt32(IPAddress address)
    {
        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return BinaryPrimitives.ReadUInt32BigEndian(b);
    }

    /// <summary>IPv6 address as a big-endian number.</summary>
    public static UInt128 ToUInt128(IPAddress address)
    {
        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(b);
    }

    /// <summary>Parses <c>a.b.c.d/n</c> or <c>v6/n</c> (a bare address is a /32 or /128) into a range; null when malformed.</summary>
    public static IpRange? ParseCidr(string text)
    {
        var s = text.Trim();
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        var addr = Parse(slash < 0 ? s : s[..slash]);
        if (addr is null)
        {
            return null;
        }

        var v4 = addr.AddressFamily == AddressFamily.InterNetwork;
        var max = v4 ? 32 : 128;
        var prefix = max;
        if (slash >= 0 && (!int.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > max))
        {
            return null;
        }

        if (v4)
        {
            var value = ToUInt32(addr);
            var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
            return new IpRange(false, value & mask, (value & mask) | ~mask, prefix);
        }

        var v = ToUInt128(addr);
        var m = prefix == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - prefix);
        return new IpRange(true, v & m, (v & m) | ~m, prefix);
    }

    /// <summary>Canonical text of a range's network address and prefix.</summary>
    public static string Format(IpRange range)
    {
        if (!range.IsV6)
        {
            Span<byte> b4 = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(b4, (uint)range.Start);
            return new IPAddress(b4).ToString() + "/" + range.Prefix.ToString(CultureInfo.InvariantCulture);
        }

        Span<byte> b = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(b, range.Start);
        return new IPAddress(b).ToString() + "/" + range.Prefix.ToString(CultureInfo.InvariantCulture);
    }
}
