using System.IO.Compression;
using System.Text;
using Cordon.Lists;

namespace Cordon.Fuzz.Tests;

/// <summary>Zip and gzip inputs that try to escape the archive folder, expand without bound, or nest without end are refused.</summary>
public sealed class ArchiveAttackTests
{
    private static readonly byte[] UnXml = File.ReadAllBytes(SharedData.Path("lists", "un", "UN_consolidated.xml"));

    [Theory]
    [InlineData("../../etc/cron.d/evil.xml")]
    [InlineData("lists/../../evil.xml")]
    [InlineData("/etc/evil.xml")]
    [InlineData("..\\..\\evil.xml")]
    public void A_zip_entry_that_leaves_the_archive_folder_is_refused(string entryName)
    {
        var zip = Zip((entryName, UnXml));

        var error = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(new SourceFile("upload.zip", zip)));

        Assert.Contains("refused", error.Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_expanded()
    {
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxTotalBytes = 8 << 20 });
        var zip = Zip(("zeros.xml", new byte[64 << 20]));
        Assert.True(zip.Length < 1 << 20, "the archive is small and expands 64 MiB");

        var error = Assert.Throws<ListFormatException>(() => loader.Load(new SourceFile("bomb.zip", zip)));

        Assert.Contains("zip bomb", error.Message);
    }

    [Fact]
    public void A_gzip_bomb_is_refused()
    {
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxTotalBytes = 8 << 20 });
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[64 << 20]);
        }

        Assert.Throws<ListFormatException>(() => loader.Load(new SourceFile("bomb.csv.gz", output.ToArray())));
    }

    [Fact]
    public void Archives_nested_too_deep_are_refused()
    {
        var nested = Zip(("UN_consolidated.xml", UnXml));
        for (var i = 0; i < 5; i++)
        {
            nested = Zip(($"level{i}.zip", nested));
        }

        var error = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(new SourceFile("nested.zip", nested)));

        Assert.Contains("nested", error.Message);
    }

    [Fact]
    public void Too_many_entries_are_refused()
    {
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxArchiveEntries = 50 });
        var zip = Zip([.. Enumerable.Range(0, 200).Select(i => ($"f{i}.txt", Encoding.UTF8.GetBytes("x")))]);

        Assert.Throws<ListFormatException>(() => loader.Load(new SourceFile("many.zip", zip)));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }
}
