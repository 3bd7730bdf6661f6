namespace Cordon.Risk.Synthetic;

/// <summary>A block of IPv4 addresses announced by one ASN (from the shared IP-to-ASN table).</summary>
internal sealed record IpBlock(string Kind, int Asn, string Start, int Size)
{
    public string Pick(Random random)
    {
        var parts = Start.Split('.');
        var start = (uint.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) << 24)
            | (uint.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) << 16)
            | (uint.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) << 8);
        var value = start + (uint)random.Next(Size);
        var last = 1 + random.Next(253);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{last}");
    }
}
