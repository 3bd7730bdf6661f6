using System.Net;
using System.Reflection;

namespace Cordon.Population.Payroll;

/// <summary>What kind of network an address belongs to.</summary>
internal enum NetKind { Residential, Mobile, Corporate, Vpn, Astrill, Hosting, NorthKorea }

/// <summary>One address range of one autonomous system, taken from the public IP data (see make_networks.py).</summary>
internal sealed record NetRange(NetKind Kind, string Country, int Asn, string Name, uint First, uint Last);

/// <summary>Draws real addresses of real ISPs, VPN providers and hosting networks by kind and country.</summary>
internal sealed class Networks
{
    private readonly Dictionary<(NetKind, string), List<NetRange>> byKindCountry = [];
    private readonly Dictionary<NetKind, List<NetRange>> byKind = [];
    private readonly HashSet<uint> issued = [];

    private Networks(IEnumerable<NetRange> ranges)
    {
        foreach (var r in ranges)
        {
            if (!byKindCountry.TryGetValue((r.Kind, r.Country), out var list)) byKindCountry[(r.Kind, r.Country)] = list = [];
            list.Add(r);
            if (!byKind.TryGetValue(r.Kind, out var all)) byKind[r.Kind] = all = [];
            all.Add(r);
        }
    }

    /// <summary>Loads the table embedded in the assembly.</summary>
    public static Networks Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("networks.tsv")
            ?? throw new InvalidOperationException("networks.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var ranges = new List<NetRange>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            var kind = f[0] switch
            {
                "res" => NetKind.Residential, "mob" => NetKind.Mobile, "corp" => NetKind.Corporate, "vpn" => NetKind.Vpn,
                "astrill" => NetKind.Astrill, "host" => NetKind.Hosting, "kp" => NetKind.NorthKorea,
                _ => throw new InvalidDataException($"networks.tsv: unknown kind '{f[0]}'"),
            };
            ranges.Add(new NetRange(kind, f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3], ToUInt(f[4]), ToUInt(f[5])));
        }
        return new Networks(ranges);
    }

    private static uint ToUInt(string ip)
    {
        var b = IPAddress.Parse(ip).GetAddressBytes();
        return (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
    }

    private static string ToText(uint v) => $"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}";

    /// <summary>Whether a network of this kind is known in this country.</summary>
    public bool Has(NetKind kind, string country) => byKindCountry.ContainsKey((kind, country));

    /// <summary>A fresh host address (never .0 or .255, never handed out before) in a network of this kind and
    /// country; any country when country is null. Addresses that people share are shared on purpose by the caller,
    /// so an accidental collision would be a false link.</summary>
    public string Address(Rng rng, NetKind kind, string? country = null)
    {
        var list = country is null ? byKind[kind]
            : byKindCountry.TryGetValue((kind, country), out var l) ? l
            : throw new InvalidOperationException($"no {kind} network for {country}");
        // Pick the ASN first so that an ISP with many small ranges is not over-weighted.
        var asns = list.Select(r => r.Asn).Distinct().ToList();
        var asn = rng.Pick(asns);
        var ranges = list.Where(r => r.Asn == asn).ToList();
        for (var i = 0; i < 1000; i++)
        {
            var range = rng.Pick(ranges);
            var v = range.First + (uint)rng.Long(0, range.Last - range.First + 1);
            if ((v & 255) is 0 or 255 || !issued.Add(v)) continue;
            return ToText(v);
        }
        throw new InvalidOperationException($"address space of AS{asn} ({kind}, {country}) exhausted");
    }

    /// <summary>Residential address in the country; falls back to mobile.</summary>
    public string Home(Rng rng, string country) =>
        Has(NetKind.Residential, country) ? Address(rng, NetKind.Residential, country) : Address(rng, NetKind.Mobile, country);
}
