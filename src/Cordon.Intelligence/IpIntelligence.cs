using System.Net;
using System.Net.Sockets;
using MaxMind.Db;

namespace Cordon.Intelligence;

/// <summary>
/// IP intelligence from operator-supplied files: country (MaxMind-format database), ASN and organisation (range CSV),
/// VPN and hosting flags (ASN lists) and North Korean address ranges. Immutable after <see cref="Load"/>; thread-safe.
/// The country database is read into memory, so there is nothing to dispose.
/// </summary>
public sealed class IpIntelligence
{
    private static readonly string[] ProbeAddresses = ["1.1.1.1", "8.8.8.8", "175.45.176.1", "2001:4860:4860::8888"];

    private readonly Reader? country;
    private readonly string? countryPath;
    private readonly AsnRangeTable? asnRanges;
    private readonly HashSet<long> vpnAsns;
    private readonly HashSet<long> hostingAsns;
    private readonly IpRange[] northKorean;

    private IpIntelligence(Reader? country, string? countryPath, AsnRangeTable? asnRanges, HashSet<long> vpnAsns, HashSet<long> hostingAsns, IpRange[] northKorean)
    {
        this.country = country;
        this.countryPath = countryPath;
        this.asnRanges = asnRanges;
        this.vpnAsns = vpnAsns;
        this.hostingAsns = hostingAsns;
        this.northKorean = northKorean;
    }

    /// <summary>Number of IP ranges in the ASN table (0 when none was given).</summary>
    public int AsnRangeCount => asnRanges?.Count ?? 0;

    /// <summary>Number of distinct VPN ASNs loaded.</summary>
    public int VpnAsnCount => vpnAsns.Count;

    /// <summary>Number of distinct hosting / data-centre ASNs loaded.</summary>
    public int HostingAsnCount => hostingAsns.Count;

    /// <summary>Number of North Korean ranges loaded.</summary>
    public int NorthKoreanRangeCount => northKorean.Length;

    /// <summary>Loads and validates every file given; a broken file fails here, not at lookup time.</summary>
    /// <param name="files">The files to load.</param>
    /// <returns>The loaded intelligence.</returns>
    /// <exception cref="IntelligenceDataException">A file is missing, truncated, corrupt or malformed; the message names file and reason.</exception>
    public static IpIntelligence Load(IpDataFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Reader? reader = null;
        try
        {
            if (files.CountryDatabase is { } db)
            {
                reader = OpenCountryDatabase(db);
            }

            var asn = files.AsnRanges is { } csv ? AsnRangeTable.Load(csv) : null;
            var vpn = new HashSet<long>();
            foreach (var f in files.VpnAsnLists ?? [])
            {
                AsnListFile.Read(f, vpn);
            }

            var hosting = new HashSet<long>();
            foreach (var f in files.HostingAsnLists ?? [])
            {
                AsnListFile.Read(f, hosting);
            }

            var kp = new List<IpRange>();
            foreach (var f in files.NorthKoreanRanges ?? [])
            {
                CidrListFile.Read(f, kp);
            }

            return new IpIntelligence(reader, files.CountryDatabase, asn, vpn, hosting, [.. kp]);
        }
        catch
        {
            reader?.Dispose();
            throw;
        }
    }

    /// <summary>Looks up an address given as text (IPv4 dotted quad or IPv6, optionally in brackets).</summary>
    /// <param name="ip">The address.</param>
    /// <returns>What the data says, or null when <paramref name="ip"/> is not an IP address.</returns>
    public IpInfo? Lookup(string ip)
    {
        var address = IpAddressMath.Parse(ip);
        return address is null ? null : Lookup(address);
    }

    /// <summary>Looks up an address.</summary>
    /// <param name="address">The address.</param>
    /// <returns>What the data says.</returns>
    public IpInfo Lookup(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var cc = CountryOf(address);
        var asn = asnRanges?.Find(address);
        var v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        var value = v6 ? IpAddressMath.ToUInt128(address) : IpAddressMath.ToUInt32(address);
        var kp = string.Equals(cc, "KP", StringComparison.Ordinal);
        foreach (var r in northKorean)
        {
            if (r.Contains(v6, value))
            {
                kp = true;
                break;
            }
        }

        long? asnNumber = asn?.Asn;
        return new IpInfo(
            address.ToString(),
            cc,
            asnNumber,
            asn is { } a && a.Org.Length > 0 ? a.Org : null,
            asnNumber is { } n1 && vpnAsns.Contains(n1),
            asnNumber is { } n2 && hostingAsns.Contains(n2),
            kp)
        {
            AsnIpv4Addresses = asnNumber is { } n3 ? asnRanges!.Ipv4AddressCount(n3) : null,
        };
    }

    /// <summary>How many IPv4 addresses the ranges of <paramref name="asn"/> hold in the ASN table (0 when none or no table).</summary>
    /// <param name="asn">Autonomous system number.</param>
    /// <returns>The number of addresses.</returns>
    public long Ipv4AddressCount(long asn) => asnRanges?.Ipv4AddressCount(asn) ?? 0;

    /// <summary>True when <paramref name="asn"/> is on a loaded VPN list.</summary>
    /// <param name="asn">Autonomous system number.</param>
    /// <returns>Whether it is listed.</returns>
    public bool IsVpnAsn(long asn) => vpnAsns.Contains(asn);

    /// <summary>True when <paramref name="asn"/> is on a loaded hosting / data-centre list.</summary>
    /// <param name="asn">Autonomous system number.</param>
    /// <returns>Whether it is listed.</returns>
    public bool IsHostingAsn(long asn) => hostingAsns.Contains(asn);

    private static Reader OpenCountryDatabase(string path)
    {
        if (!File.Exists(path))
        {
            throw new IntelligenceDataException(path, null, "country database not found");
        }

        Reader reader;
        try
        {
            reader = new Reader(path, FileAccessMode.Memory);
        }
        catch (Exception e) when (e is InvalidDatabaseException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or NotSupportedException)
        {
            throw new IntelligenceDataException(path, null, "not a readable MaxMind database (corrupt or truncated): " + e.Message, e);
        }

        try
        {
            foreach (var probe in ProbeAddresses)
            {
                var a = IPAddress.Parse(probe);
                if (a.AddressFamily == AddressFamily.InterNetworkV6 && reader.Metadata.IPVersion == 4)
                {
                    continue;
                }

                _ = reader.Find<Dictionary<string, object>>(a);
            }
        }
        catch (Exception e)
        {
            reader.Dispose();
            throw new IntelligenceDataException(path, null, "MaxMind database fails a test lookup (corrupt or truncated): " + e.Message, e);
        }

        return reader;
    }

    private string? CountryOf(IPAddress address)
    {
        if (country is null || (address.AddressFamily == AddressFamily.InterNetworkV6 && country.Metadata.IPVersion == 4))
        {
            return null;
        }

        Dictionary<string, object>? record;
        try
        {
            record = country.Find<Dictionary<string, object>>(address);
        }
        catch (Exception e) when (e is InvalidDatabaseException or DeserializationException or IndexOutOfRangeException or ArgumentException)
        {
            throw new IntelligenceDataException(countryPath ?? string.Empty, null, "MaxMind database is corrupt at " + address + ": " + e.Message, e);
        }

        if (record is null)
        {
            return null;
        }

        if (record.TryGetValue("country_code", out var cc) && cc is string code && code.Length == 2)
        {
            return code.ToUpperInvariant();
        }

        if (record.TryGetValue("country", out var c) && c is IDictionary<string, object> countryMap
            && countryMap.TryGetValue("iso_code", out var iso) && iso is string isoCode && isoCode.Length == 2)
        {
            return isoCode.ToUpperInvariant();
        }

        return null;
    }
}
