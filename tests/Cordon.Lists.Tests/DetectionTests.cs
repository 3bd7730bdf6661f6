using Cordon.Core;
using Cordon.Lists.Ofac;
using Cordon.Lists.OfacEnhanced;

namespace Cordon.Lists.Tests;

public sealed class DetectionTests
{
    private static IReadOnlyList<SourceFile> Unpacked(params string[] parts)
    {
        var path = SharedData.Path(["lists", .. parts]);
        return new SourceFileUnpacker(new ListLoaderLimits()).Unpack(new SourceFile(path, File.ReadAllBytes(path)));
    }

    [Theory]
    [InlineData("un", "UN_consolidated.xml")]
    [InlineData("us-csl-2022-04", "consolidated.csv.gz")]
    [InlineData("bis-dpl", "dpl.txt")]
    public void Ofac_readers_do_not_claim_other_lists(string folder, string file)
    {
        var files = Unpacked(folder, file);
        Assert.False(new OfacCsvReader().CanRead(files));
        Assert.False(new OfacEnhancedXmlReader().CanRead(files));
        Assert.Empty(new OfacCsvReader().FindSets(files));
    }

    [Fact]
    public void Ofac_csv_files_are_told_apart_by_their_columns()
    {
        var folder = SharedData.Path("lists", "ofac-sdn-2021-07");
        var roles = Directory.GetFiles(folder).Order(StringComparer.Ordinal)
            .Select(p => OfacCsvFile.Sniff(new SourceFile(p, File.ReadAllBytes(p))))
            .ToList();
        Assert.Equal([OfacCsvRole.Address, OfacCsvRole.Alias, OfacCsvRole.Primary, OfacCsvRole.Comments], roles);
    }

    [Fact]
    public void Enhanced_xml_inside_its_zip_is_recognised()
    {
        var files = Unpacked("ofac-enhanced-xml", "CONS_ENHANCED.ZIP");
        Assert.Equal("ofac-enhanced-xml", ListLoader.Default.Detect(files)?.Format);
        Assert.False(new OfacCsvReader().CanRead(files));
    }

    [Fact]
    public void The_whole_shared_lists_folder_yields_every_ofac_list_once()
    {
        var result = ListLoader.Default.Load(SharedData.Path("lists"));
        var ofac = result.Snapshots.Where(s => s.Format.StartsWith("ofac", StringComparison.Ordinal))
            .Select(s => (s.ListId, s.Format, s.Entities.Count))
            .Order()
            .ToList();
        Assert.Equal(
            [
                (ListIds.OfacConsolidated, "ofac-csv", 442),
                (ListIds.OfacConsolidated, "ofac-enhanced-xml", 443),
                (ListIds.OfacSdn, "ofac-csv", 17),
                (ListIds.OfacSdn, "ofac-csv", 7379),
                (ListIds.OfacSdn, "ofac-csv", 8976),
            ],
            ofac);
    }
}
