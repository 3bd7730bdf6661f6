using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Cordon.Lists;

namespace Cordon.Lists.Tests;

/// <summary>
/// Hostile or broken list files (issue 13, findings 2, 13 and 18): each is refused with an error naming the file, the line
/// when there is one, and the limit — before it costs the server its stack, its memory or minutes of work.
/// </summary>
public sealed class HostileFileTests
{
    /// <summary>A UN-format list whose one entry holds <paramref name="levels"/> nested elements in its comments.</summary>
    public static byte[] DeeplyNestedUnXml(int levels)
    {
        var xml = new StringBuilder(levels * 8 + 512);
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n<DATAID>1</DATAID>\n<FIRST_NAME>NESTED</FIRST_NAME>\n<COMMENTS1>");
        for (var i = 0; i < levels; i++)
        {
            xml.Append("<a>");
        }

        xml.Append('x');
        for (var i = 0; i < levels; i++)
        {
            xml.Append("</a>");
        }

        xml.Append("</COMMENTS1>\n</INDIVIDUAL>\n</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    [Fact]
    public void Xml_nested_300000_deep_is_refused_at_once_naming_the_file_line_and_limit()
    {
        var file = new SourceFile("UN_consolidated.xml", DeeplyNestedUnXml(300_000));
        Assert.InRange(file.Content.Length, 1_800_000, 2_400_000);

        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(file));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"refused after {watch.Elapsed}");
        Assert.Equal("UN_consolidated.xml", error.File);
        Assert.Equal(7, error.Line);
        Assert.Contains($"more than {SourceFileXml.MaxDepth} levels", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UN_consolidated.xml", "<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>")]
    [InlineData("uk.xml", "<Designations></Designations>")]
    [InlineData("eu.xml", "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"></export>")]
    [InlineData("unknown.xml", "<whatever/>")]
    public void Xml_with_a_doctype_is_refused_as_such_not_as_an_unknown_format(string name, string body)
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n" + body;

        var error = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(new SourceFile(name, Encoding.UTF8.GetBytes(xml))));

        Assert.Equal(name, error.File);
        Assert.Contains("DTDs are not allowed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a recognised list format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ofac_enhanced_xml_with_a_doctype_says_dtds_are_not_allowed()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE sanctionsData [<!ENTITY x \"y\">]>\n<sanctionsData xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML\"></sanctionsData>";

        var error = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(new SourceFile("SDN_ENHANCED.XML", Encoding.UTF8.GetBytes(xml))));

        Assert.Contains("DTDs are not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_entry_of_spaces_past_the_entry_limit_is_refused_before_it_is_expanded()
    {
        var spaces = new byte[256 << 20];
        Array.Fill(spaces, (byte)' ');
        var zip = Zip("CONS_ENHANCED.XML", spaces);
        spaces = null;
        GC.Collect();
        Assert.True(zip.Length < 2 << 20, $"a {zip.Length:N0}-byte archive expanding to 256 MiB");
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxEntryBytes = 8 << 20 });

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ListFormatException>(() => loader.Load(new SourceFile("CONS_ENHANCED.ZIP", zip)));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("CONS_ENHANCED.ZIP!/CONS_ENHANCED.XML", error.File);
        Assert.Contains("8,388,608 bytes for one file", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 32 << 20, $"{allocated:N0} bytes were allocated to refuse it");
    }

    [Fact]
    public void A_zip_entry_that_lies_about_its_size_is_stopped_at_the_entry_limit()
    {
        var spaces = new byte[64 << 20];
        Array.Fill(spaces, (byte)' ');
        var zip = Zip("sdn.csv", spaces);

        // Declare 1 KiB in the local and central headers: only the bytes actually produced can be trusted.
        Patch(zip, [0x50, 0x4B, 0x03, 0x04], 22, 1024);
        Patch(zip, [0x50, 0x4B, 0x01, 0x02], 24, 1024);
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxEntryBytes = 4 << 20 });

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ListFormatException>(() => loader.Load(new SourceFile("SDN.ZIP", zip)));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.StartsWith("SDN.ZIP", error.File, StringComparison.Ordinal);
        Assert.True(allocated < 32 << 20, $"{allocated:N0} bytes were allocated to refuse it");
    }

    [Fact]
    public void A_200_mb_csv_field_is_refused_naming_the_file_line_and_limit_without_being_buffered()
    {
        // A valid first record, then a quoted field that runs for 200 MB.
        var head = Encoding.UTF8.GetBytes("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n173,\"");
        var content = new byte[head.Length + (200 << 20)];
        head.CopyTo(content, 0);
        Array.Fill(content, (byte)'A', head.Length, content.Length - head.Length);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(new SourceFile("sdn.csv", content)));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("sdn.csv", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("longer than 1,048,576 bytes", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64 << 20, $"{allocated:N0} bytes were allocated to refuse a 200 MB field");
    }

    private static byte[] Zip(string name, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            stream.Write(content);
        }

        return buffer.ToArray();
    }

    private static void Patch(byte[] zip, byte[] signature, int offset, uint value)
    {
        var at = zip.AsSpan().IndexOf(signature);
        Assert.True(at >= 0);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + offset), value);
    }
}
