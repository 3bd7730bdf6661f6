using System.IO.Compression;
using Cordon.Intelligence;

namespace Cordon.Intelligence.Tests;

public sealed class BrokenDataTests
{
    private static IpDataFiles Only(string? mmdb = null, string? asn = null, string? vpn = null, string? hosting = null, string? kp = null) =>
        new(mmdb, asn, vpn is null ? [] : [vpn], hosting is null ? [] : [hosting], kp is null ? [] : [kp]);

    private static IntelligenceDataException LoadFails(IpDataFiles files, string file) =>
        AssertNamesFile(Assert.Throws<IntelligenceDataException>(() => IpIntelligence.Load(files)), file);

    private static IntelligenceDataException AssertNamesFile(IntelligenceDataException e, string file)
    {
        Assert.Equal(file, e.File);
        Assert.Contains(file, e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(e.Reason));
        return e;
    }

    [Fact]
    public void Missing_country_database()
    {
        using var t = new TempFolder();
        var path = Path.Combine(t.Path, "nope.mmdb");
        Assert.Contains("not found", LoadFails(Only(mmdb: path), path).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_country_database()
    {
        using var t = new TempFolder();
        var bytes = File.ReadAllBytes(SharedIntelligence.Files.CountryDatabase!);
        var path = t.WriteBytes("half.mmdb", bytes[..(bytes.Length / 2)]);
        Assert.Contains("MaxMind", LoadFails(Only(mmdb: path), path).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_country_database()
    {
        using var t = new TempFolder();
        var random = new Random(7);
        var bytes = new byte[100_000];
        random.NextBytes(bytes);
        var path = t.WriteBytes("garbage.mmdb", bytes);
        LoadFails(Only(mmdb: path), path);
    }

    [Fact]
    public void Empty_country_database()
    {
        using var t = new TempFolder();
        var path = t.WriteBytes("empty.mmdb", []);
        LoadFails(Only(mmdb: path), path);
    }

    [Fact]
    public void Country_database_with_a_corrupt_search_tree()
    {
        using var t = new TempFolder();
        var bytes = File.ReadAllBytes(SharedIntelligence.Files.CountryDatabase!);

        // Overwrite the start of the search tree (the first nodes every lookup walks) with 0xFF: pointers far past the data section.
        Array.Fill(bytes, (byte)0xFF, 0, 4096);
        var path = t.WriteBytes("tree.mmdb", bytes);
        LoadFails(Only(mmdb: path), path);
    }

    [Fact]
    public void Truncated_gzip_of_asn_ranges()
    {
        using var t = new TempFolder();
        var bytes = File.ReadAllBytes(SharedIntelligence.Files.AsnRanges!);
        var path = t.WriteBytes("cut.csv.gz", bytes[..(bytes.Length / 3)]);
        LoadFails(Only(asn: path), path);
    }

    [Fact]
    public void Gzip_cut_exactly_at_a_line_end_is_still_detected()
    {
        using var t = new TempFolder();
        var path = Path.Combine(t.Path, "short.csv.gz");
        using (var file = File.Create(path))
        using (var gz = new GZipStream(file, CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz))
        {
            w.Write("1.0.0.0,1.0.0.255,13335,\"Cloudflare, Inc.\"\n1.0.4.0,1.0.7.255,38803,Gtelecom Pty Ltd\n");
        }

        // Corrupt the size trailer: as if the stream had been cut and a stale trailer remained.
        var bytes = File.ReadAllBytes(path);
        bytes[^1] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        Assert.Contains("truncated", LoadFails(Only(asn: path), path).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Asn_ranges_with_a_non_numeric_asn_name_the_line()
    {
        using var t = new TempFolder();
        var path = t.Write("asn.csv", "1.0.0.0,1.0.0.255,13335,Cloudflare\n1.0.4.0,1.0.7.255,ASX,Broken\n");
        var e = LoadFails(Only(asn: path), path);
        Assert.Equal(2, e.Line);
        Assert.Contains("ASX", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Asn_ranges_with_a_bad_address_name_the_line()
    {
        using var t = new TempFolder();
        var path = t.Write("asn.csv", "1.0.0.0,1.0.0.255,13335,Cloudflare\n1.0.4.0,1.0.7.x,38803,Broken\n");
        Assert.Equal(2, LoadFails(Only(asn: path), path).Line);
    }

    [Fact]
    public void Plain_asn_csv_with_header_loads()
    {
        using var t = new TempFolder();
        var path = t.Write("asn.csv", "start,end,asn,org\n1.0.0.0,1.0.0.255,13335,\"Cloudflare, Inc.\"\n");
        var intel = IpIntelligence.Load(Only(asn: path));
        Assert.Equal(13335, intel.Lookup("1.0.0.7")!.Asn);
        Assert.Equal("Cloudflare, Inc.", intel.Lookup("1.0.0.7")!.AsnOrganisation);
        Assert.Null(intel.Lookup("1.0.1.0")!.Asn);
    }

    [Fact]
    public void Non_numeric_asn_in_a_vpn_list_names_file_and_line()
    {
        using var t = new TempFolder();
        var path = t.Write("vpn.txt", "AS9009 # M247\nASfoo # broken\n");
        var e = LoadFails(Only(vpn: path), path);
        Assert.Equal(2, e.Line);
        Assert.Contains("ASfoo", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_numeric_asn_in_a_hosting_csv_names_file_and_line()
    {
        using var t = new TempFolder();
        var path = t.Write("hosting.csv", "ASN,Entity\n3223,\"VOXILITY, RO\"\nabc,\"Broken\"\n");
        Assert.Equal(3, LoadFails(Only(hosting: path), path).Line);
    }

    [Fact]
    public void Asn_list_formats_of_the_shared_files_are_understood()
    {
        using var t = new TempFolder();
        var path = t.Write("mixed.csv", "ASN,Entity\n# comment\n198375,\"INULOGIC SARL, FR\"\n51447, \"RootLayer\"\n\"52321\",\"Fideicomiso de Administraci&#243;n\"\nAS8560  # IONOS SE\nAS55286\t# SERVER-MANIA\n");
        var intel = IpIntelligence.Load(Only(hosting: path));
        Assert.Equal(5, intel.HostingAsnCount);
        Assert.True(intel.IsHostingAsn(52321));
        Assert.True(intel.IsHostingAsn(55286));
    }

    [Fact]
    public void Bad_cidr_names_file_and_line()
    {
        using var t = new TempFolder();
        var path = t.Write("kp.txt", "175.45.176.0/22\n175.45.176.0/33\n");
        Assert.Equal(2, LoadFails(Only(kp: path), path).Line);
    }

    [Fact]
    public void IPv6_cidr_ranges_are_supported()
    {
        using var t = new TempFolder();
        var path = t.Write("kp.txt", "# test\n2001:db8::/32\n175.45.176.0/22\n");
        var intel = IpIntelligence.Load(Only(kp: path));
        Assert.True(intel.Lookup("2001:db8:1::5")!.IsNorthKorean);
        Assert.False(intel.Lookup("2001:db9::5")!.IsNorthKorean);
        Assert.True(intel.Lookup("175.45.177.1")!.IsNorthKorean);
    }

    [Fact]
    public void Missing_list_file_names_it()
    {
        using var t = new TempFolder();
        var path = Path.Combine(t.Path, "absent.txt");
        LoadFails(Only(vpn: path), path);
    }
}
