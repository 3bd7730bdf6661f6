using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Cordon.Core;

namespace Cordon.Lists.Tests;

public sealed class ListLoaderTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("cordon-lists-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static string Sample(string file = "") =>
        file.Length == 0 ? SharedData.Path("lists", "ofac-sample") : SharedData.Path("lists", "ofac-sample", file);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(temp, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    [Theory]
    [InlineData("ofac-sdn-2021-07", "ofac-csv", ListIds.OfacSdn, 8976)]
    [InlineData("ofac-sdn-2019-01", "ofac-csv", ListIds.OfacSdn, 7379)]
    [InlineData("ofac-consolidated-nonsdn", "ofac-csv", ListIds.OfacConsolidated, 442)]
    [InlineData("ofac-sample", "ofac-csv", ListIds.OfacSdn, 17)]
    [InlineData("ofac-enhanced-xml", "ofac-enhanced-xml", ListIds.OfacConsolidated, 443)]
    public void Every_shared_ofac_folder_is_recognised(string folder, string format, string listId, int count)
    {
        var result = ListLoader.Default.Load(SharedData.Path("lists", folder));
        var snapshot = Assert.Single(result.Snapshots);
        Assert.Equal(format, snapshot.Format);
        Assert.Equal(listId, snapshot.ListId);
        Assert.Equal(count, snapshot.Entities.Count);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Registry_lists_each_format_once()
    {
        var formats = ListReaders.All.Select(r => r.Format).ToList();
        Assert.Contains("ofac-csv", formats);
        Assert.Contains("ofac-enhanced-xml", formats);
        Assert.Equal(formats.Count, formats.Distinct().Count());
    }

    [Fact]
    public void Content_hash_of_one_file_is_its_sha256()
    {
        var path = SharedData.Path("lists", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP");
        var snapshot = Assert.Single(ListLoader.Default.Load(path).Snapshots);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(OfacEnhanced.OfacEnhancedXmlReaderTests.XmlBytes())), snapshot.ContentHash);
    }

    [Fact]
    public void Gzip_is_detected_by_magic_bytes_and_a_zip_of_the_set_hashes_like_the_folder()
    {
        var folder = Assert.Single(ListLoader.Default.Load(Sample()).Snapshots);
        var names = new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" };
        var zipPath = Write("set.bin", Zip([.. names.Select(n => (n, Gzip(File.ReadAllBytes(Sample(n)))))]));

        var zipped = Assert.Single(ListLoader.Default.Load(zipPath).Snapshots);
        Assert.Equal(folder.ContentHash, zipped.ContentHash);
        Assert.Equal(folder.Entities.Select(e => e.SourceId), zipped.Entities.Select(e => e.SourceId));
        Assert.Equal(zipPath + "!/add.csv", zipped.Sources[0]);
    }

    [Fact]
    public void Lists_beside_unknown_files_are_read_and_the_rest_reported()
    {
        foreach (var name in new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" })
        {
            Write(Path.Combine("mixed", name), File.ReadAllBytes(Sample(name)));
        }

        Write(Path.Combine("mixed", "README.txt"), Encoding.UTF8.GetBytes("These are the OFAC files.\n"));
        Write(Path.Combine("mixed", "empty.csv"), []);
        Write(Path.Combine("mixed", "cons", "CONS_ENHANCED.ZIP"), File.ReadAllBytes(SharedData.Path("lists", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP")));

        var result = ListLoader.Default.Load(Path.Combine(temp, "mixed"));
        Assert.Equal(["ofac-csv", "ofac-enhanced-xml"], result.Snapshots.Select(s => s.Format));
        Assert.Equal(17, result.Snapshots[0].Entities.Count);
        Assert.Equal(4, result.Snapshots[0].Sources.Count);
        Assert.Equal(2, result.Warnings.Count);
        Assert.Contains(result.Warnings, w => w.Contains("README.txt: skipped, not a recognised list format (expected one of: ofac-csv, ofac-enhanced-xml", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("empty.csv: skipped, the file is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Sdn_and_non_sdn_sets_in_one_folder_stay_apart()
    {
        foreach (var path in Directory.GetFiles(Sample()).Concat(Directory.GetFiles(SharedData.Path("lists", "ofac-consolidated-nonsdn"))))
        {
            Write(Path.Combine("both", Path.GetFileName(path)), File.ReadAllBytes(path));
        }

        var result = ListLoader.Default.Load(Path.Combine(temp, "both"));
        Assert.Equal([(ListIds.OfacConsolidated, 442), (ListIds.OfacSdn, 17)], result.Snapshots.Select(s => (s.ListId, s.Entities.Count)).Order());
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_single_file_that_is_no_list_is_refused()
    {
        var path = Write("notes.txt", Encoding.UTF8.GetBytes("hello, world\n"));
        var e = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(path));
        Assert.Equal(path, e.File);
        Assert.Equal($"{path}: not a recognised list format (expected one of: {string.Join(", ", ListReaders.All.Select(r => r.Format))})", e.Message);
    }

    [Fact]
    public void A_folder_where_nothing_is_recognised_is_refused()
    {
        Write(Path.Combine("junk", "a.txt"), Encoding.UTF8.GetBytes("a\n"));
        var folder = Path.Combine(temp, "junk");
        var e = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(folder));
        Assert.Equal(folder, e.File);
        Assert.Contains("not a recognised list format (expected one of: ofac-csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("a.txt: skipped", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var path = Write("sdn.csv", []);
        var e = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(path));
        Assert.Equal($"{path}: the file is empty", e.Message);
    }

    [Fact]
    public void A_missing_path_is_refused()
    {
        var e = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(Path.Combine(temp, "nope")));
        Assert.Contains("no such file or folder", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.xml")]
    [InlineData("lists/../../evil.xml")]
    [InlineData("/etc/evil.xml")]
    [InlineData("..\\evil.xml")]
    public void Zip_entries_leaving_the_archive_are_refused(string entry)
    {
        var path = Write("evil.zip", Zip(("sdn.csv", File.ReadAllBytes(Sample("sdn.csv"))), (entry, Encoding.UTF8.GetBytes("<x/>"))));
        var e = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(path));
        Assert.Equal(path, e.File);
        Assert.Contains($"archive entry '{entry}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("refused", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archives_expanding_beyond_the_limit_are_refused()
    {
        var zeros = new byte[4 << 20];
        var path = Write("bomb.zip", Zip(("a.csv", zeros), ("b.csv", zeros)));
        Assert.True(new FileInfo(path).Length < 100_000);
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxTotalBytes = 6 << 20 });
        var e = Assert.Throws<ListFormatException>(() => loader.Load(path));
        Assert.Contains("zip bomb", e.Message, StringComparison.Ordinal);
        Assert.Contains("bomb.zip!/b.csv", e.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_bombs_are_refused_too()
    {
        var path = Write("bomb.gz", Gzip(new byte[8 << 20]));
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxTotalBytes = 4 << 20 });
        var e = Assert.Throws<ListFormatException>(() => loader.Load(path));
        Assert.Contains("zip bomb", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_gzip_is_refused()
    {
        var gz = Gzip(File.ReadAllBytes(Sample("sdn.csv")));
        var path = Write("sdn.csv.gz", gz[..(gz.Length / 2)]);
        var e = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(path));
        Assert.Equal(path, e.File);
        Assert.Contains("gzip", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_memory_files_load_like_paths()
    {
        var file = new SourceFile("upload/CONS_ENHANCED.ZIP", File.ReadAllBytes(SharedData.Path("lists", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP")));
        var snapshot = Assert.Single(ListLoader.Default.Load(file).Snapshots);
        Assert.Equal(443, snapshot.Entities.Count);
        Assert.Equal(["upload/CONS_ENHANCED.ZIP!/CONS_ENHANCED.XML"], snapshot.Sources);
    }
}
