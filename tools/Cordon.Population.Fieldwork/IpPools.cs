using System.IO.Compression;
using System.Net;
using MaxMind.Db;

namespace Cordon.Population.Fieldwork;

/// <summary>
/// Real address ranges of real networks, from the public IP data in ../shared/data/ip: the range→ASN table picks
/// the network, the IP→country database confirms the country, so an address "of Comcast in the US" really is one.
/// </summary>
internal sealed class IpPools : IDisposable
{
    private readonly Dictionary<int, List<(uint Start, uint End)>> _rangesByAsn = [];
    private readonly Dictionary<(int, string?), List<(uint Start, uint End)>> _cache = [];
    private readonly Reader _countries;

    public IpPools(string ipDataDirectory, IReadOnlySet<int> wantedAsns)
    {
        string asnFile = Path.Combine(ipDataDirectory, "asn-ipv4.csv.gz");
        string mmdb = Path.Combine(ipDataDirectory, "iptoasn-country.mmdb");
        if (!File.Exists(asnFile)) throw new FileNotFoundException($"IP→ASN table not found: {asnFile}");
        if (!File.Exists(mmdb)) throw new FileNotFoundException($"IP→country database not found: {mmdb}");
        using (var gz = new GZipStream(File.OpenRead(asnFile), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                int c1 = line.IndexOf(',');
                int c2 = line.IndexOf(',', c1 + 1);
                int c3 = line.IndexOf(',', c2 + 1);
                if (c1 < 0 || c2 < 0 || c3 < 0) continue;
                if (!int.TryParse(line.AsSpan(c2 + 1, c3 - c2 - 1), out int asn) || !wantedAsns.Contains(asn)) continue;
                if (!IPAddress.TryParse(line.AsSpan(0, c1), out var s) || !IPAddress.TryParse(line.AsSpan(c1 + 1, c2 - c1 - 1), out var e)) continue;
                if (!_rangesByAsn.TryGetValue(asn, out var list)) _rangesByAsn[asn] = list = [];
                list.Add((ToUInt(s), ToUInt(e)));
            }
        }
        _countries = new Reader(mmdb);
    }

    private static uint ToUInt(IPAddress a)
    {
        var b = a.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }

    private static string ToText(uint v) => $"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}";

    /// <summary>The country the IP→country database gives for an address, or null.</summary>
    public string? CountryOf(uint ip)
    {
        var data = _countries.Find<Dictionary<string, object>>(IPAddress.Parse(ToText(ip)));
        if (data is null) return null;
        foreach (var key in new[] { "country_code", "country", "iso_code" })
        {
            if (data.TryGetValue(key, out var v))
            {
                if (v is string s) return s;
                if (v is Dictionary<string, object> d && d.TryGetValue("iso_code", out var iso)) return iso as string;
            }
        }
        return null;
    }

    /// <summary>True when the network has ranges located in the country.</summary>
    public bool Has(int asn, string? country) => Ranges(asn, country).Count > 0;

    private List<(uint Start, uint End)> Ranges(int asn, string? country)
    {
        if (_cache.TryGetValue((asn, country), out var cached)) return cached;
        var result = new List<(uint, uint)>();
        if (_rangesByAsn.TryGetValue(asn, out var all))
        {
            foreach (var r in all)
            {
                if (r.End - r.Start < 32) continue; // too small to be a customer pool
                if (country is null || (CountryOf(r.Start + 1) == country && CountryOf(r.End - 1) == country)) result.Add(r);
            }
        }
        _cache[(asn, country)] = result;
        return result;
    }

    /// <summary>A random host address of the network in the country (weighted by range size, capped).</summary>
    public string Pick(Rng rng, int asn, string? country)
    {
        var ranges = Ranges(asn, country);
        if (ranges.Count == 0) throw new InvalidOperationException($"no address ranges of AS{asn} in {country ?? "any country"}");
        double total = 0;
        foreach (var (s, e) in ranges) total += Math.Min(e - s + 1.0, 65536);
        double r = rng.NextDouble() * total;
        foreach (var (s, e) in ranges)
        {
            double w = Math.Min(e - s + 1.0, 65536);
            if (r < w)
            {
                uint span = (uint)Math.Min(e - s + 1UL, 65536UL);
                uint offset = (uint)(rng.NextULong() % span);
                uint ip = s + offset;
                if ((ip & 255) == 0) ip++;
                if ((ip & 255) == 255) ip--;
                return ToText(ip);
            }
            r -= w;
        }
        return ToText(ranges[0].Start + 1);
    }

    /// <summary>Another host in the same /24 as <paramref name="ip"/> (a NAT pool or a dynamic lease nearby).</summary>
    public static string Neighbour(Rng rng, string ip)
    {
        int dot = ip.LastIndexOf('.');
        return $"{ip[..dot]}.{rng.Int(2, 254)}";
    }

    public void Dispose() => _countries.Dispose();
}
