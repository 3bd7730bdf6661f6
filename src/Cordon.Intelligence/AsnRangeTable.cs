using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;

namespace Cordon.Intelligence;

/// <summary>IP range → ASN table held in sorted arrays for binary search. Immutable after load, so thread-safe.</summary>
internal sealed class AsnRangeTable
{
    private readonly uint[] v4Start;
    private readonly uint[] v4End;
    private readonly uint[] v4Asn;
    private readonly string[] v4Org;
    private readonly UInt128[] v6Start;
    private readonly UInt128[] v6End;
    private readonly uint[] v6Asn;
    private readonly string[] v6Org;
    private readonly Dictionary<uint, long> v4AddressesByAsn = [];

    private AsnRangeTable(List<(uint S, uint E, uint Asn, string Org)> v4, List<(UInt128 S, UInt128 E, uint Asn, string Org)> v6)
    {
        v4.Sort((a, b) => a.S.CompareTo(b.S));
        v6.Sort((a, b) => a.S.CompareTo(b.S));
        v4Start = [.. v4.Select(r => r.S)];
        v4End = [.. v4.Select(r => r.E)];
        v4Asn = [.. v4.Select(r => r.Asn)];
        v4Org = [.. v4.Select(r => r.Org)];
        v6Start = [.. v6.Select(r => r.S)];
        v6End = [.. v6.Select(r => r.E)];
        v6Asn = [.. v6.Select(r => r.Asn)];
        v6Org = [.. v6.Select(r => r.Org)];
        foreach (var (s, e, asn, _) in v4)
        {
            v4AddressesByAsn[asn] = v4AddressesByAsn.GetValueOrDefault(asn) + ((long)e - s + 1);
        }
    }

    /// <summary>The number of IPv4 addresses in the ranges of <paramref name="asn"/> (0 when it has none).</summary>
    public long Ipv4AddressCount(long asn) => asn is >= 0 and <= uint.MaxValue ? v4AddressesByAsn.GetValueOrDefault((uint)asn) : 0;

    /// <summary>Number of ranges.</summary>
    public int Count => v4Start.Length + v6Start.Length;

    /// <summary>Loads a <c>start,end,asn,org</c> CSV, gzip-compressed or plain (detected from the content).</summary>
    /// <exception cref="IntelligenceDataException">Missing file, broken compression, truncation or a malformed row.</exception>
    public static AsnRangeTable Load(string path)
    {
        var v4 = new List<(uint, uint, uint, string)>(420_000);
        var v6 = new List<(UInt128, UInt128, uint, string)>();
        var orgs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNo = 0;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var gzip = IsGzip(file, out var expectedSize);
            using var counting = new CountingStream(gzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file);
            using var reader = new StreamReader(counting, System.Text.Encoding.UTF8, false, 1 << 16);
            var first = true;
            foreach (var (line, fields) in IntelligenceCsv.Records(reader, path))
            {
                lineNo = line;
                var header = first;
                first = false;
                if (fields.Length < 3)
                {
                    if (header && fields[0].StartsWith("start", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    throw new IntelligenceDataException(path, lineNo, "expected start,end,asn,org");
                }

                var start = IpAddressMath.Parse(fields[0]);
                var end = IpAddressMath.Parse(fields[1]);
                if (start is null || end is null)
                {
                    if (header)
                    {
                        continue; // header row
                    }

                    throw new IntelligenceDataException(path, lineNo, "not an IP address range: '" + fields[0] + "," + fields[1] + "'");
                }

                if (start.AddressFamily != end.AddressFamily)
                {
                    throw new IntelligenceDataException(path, lineNo, "range mixes IPv4 and IPv6");
                }

                var asn = AsnListFile.ParseAsn(fields[2]) ?? throw new IntelligenceDataException(path, lineNo, "not an ASN: '" + fields[2] + "'");
                var orgText = fields.Length > 3 ? fields[3] : string.Empty;
                if (!orgs.TryGetValue(orgText, out var org))
                {
                    org = orgText;
                    orgs.Add(org, org);
                }

                if (start.AddressFamily == AddressFamily.InterNetwork)
                {
                    uint s = IpAddressMath.ToUInt32(start), e = IpAddressMath.ToUInt32(end);
                    if (e < s)
                    {
                        throw new IntelligenceDataException(path, lineNo, "range end before start");
                    }

                    v4.Add((s, e, (uint)asn, org));
                }
                else
                {
                    UInt128 s = IpAddressMath.ToUInt128(start), e = IpAddressMath.ToUInt128(end);
                    if (e < s)
                    {
                        throw new IntelligenceDataException(path, lineNo, "range end before start");
                    }

                    v6.Add((s, e, (uint)asn, org));
                }
            }

            if (gzip && expectedSize is { } size && (uint)counting.BytesRead != size)
            {
                throw new IntelligenceDataException(path, null, string.Create(CultureInfo.InvariantCulture, $"gzip data is truncated or corrupt (decompressed {counting.BytesRead} bytes, trailer says {size})"));
            }
        }
        catch (IntelligenceDataException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new IntelligenceDataException(path, lineNo == 0 ? null : lineNo, "compressed data is corrupt or truncated: " + e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new IntelligenceDataException(path, lineNo == 0 ? null : lineNo, "cannot read the ASN ranges: " + e.Message, e);
        }

        if (v4.Count + v6.Count == 0)
        {
            throw new IntelligenceDataException(path, null, "no ASN ranges in the file");
        }

        return new AsnRangeTable(v4, v6);
    }

    /// <summary>Finds the range holding <paramref name="address"/>.</summary>
    public (long Asn, string Org)? Find(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Find(IpAddressMath.ToUInt32(address));
        }

        var v = IpAddressMath.ToUInt128(address);
        int lo = 0, hi = v6Start.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (v6Start[mid] <= v)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && v6End[found] >= v ? (v6Asn[found], v6Org[found]) : null;
    }

    /// <summary>Finds the IPv4 range holding <paramref name="value"/>.</summary>
    public (long Asn, string Org)? Find(uint value)
    {
        var i = Array.BinarySearch(v4Start, value);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i >= 0 && v4End[i] >= value ? (v4Asn[i], v4Org[i]) : null;
    }

    private static bool IsGzip(FileStream file, out uint? expectedSize)
    {
        expectedSize = null;
        Span<byte> head = stackalloc byte[2];
        var n = file.Read(head);
        var gzip = n == 2 && head[0] == 0x1f && head[1] == 0x8b;
        if (gzip && file.Length >= 18)
        {
            Span<byte> tail = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(tail);
            expectedSize = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        }

        file.Seek(0, SeekOrigin.Begin);
        return gzip;
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
