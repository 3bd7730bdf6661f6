using Cordon.Core;
using Cordon.Lists.Bis;
using Cordon.Lists.Eu;
using Cordon.Lists.Uk;
using Cordon.Lists.Un;
using Cordon.Lists.UsCsl;

namespace Cordon.Lists.Tests.Un;

/// <summary>The UN, CSL, DPL, EU and UK formats through the registry and the loader, as an import meets them.</summary>
public sealed class RegistryDetectionTests
{
    private static readonly Type[] OwnReaders = [typeof(UnXmlReader), typeof(UsCslCsvReader), typeof(BisDplReader), typeof(EuFsfXmlReader), typeof(UkSanctionsXmlReader)];

    public static TheoryData<string, string> Files() => new()
    {
        { "shared:un/UN_consolidated.xml", ListIds.UnConsolidated },
        { "shared:us-csl-2022-04/consolidated.csv.gz", ListIds.UsCsl },
        { "shared:bis-dpl/dpl.txt", ListIds.BisDpl },
        { "fixture:Eu/eu-fsf-sample.xml", ListIds.EuFsf },
        { "fixture:Uk/uk-sanctions-sample.xml", ListIds.UkSanctions },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Loader_reads_the_file_as_its_list(string file, string listId)
    {
        var result = ListLoader.Default.Load(PathOf(file));
        var snapshot = Assert.Single(result.Snapshots);
        Assert.Equal(listId, snapshot.ListId);
        Assert.NotEmpty(snapshot.Entities);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Exactly_one_registered_reader_claims_the_file(string file, string listId)
    {
        var source = Load(file);
        var claiming = ListReaders.All.Where(r => r.CanRead([source])).ToList();
        var reader = Assert.Single(claiming);
        Assert.Equal(listId, reader.Read([source]).ListId);
    }

    [Fact]
    public void None_of_these_readers_claims_an_OFAC_file()
    {
        var ofac = new[]
        {
            TestFiles.FromShared("ofac-sdn-2021-07", "sdn.csv"),
            TestFiles.FromShared("ofac-sdn-2021-07", "alt.csv"),
            TestFiles.FromShared("ofac-consolidated-nonsdn", "cons_prim.csv"),
            TestFiles.FromZip("CONS_ENHANCED.XML", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP"),
        };
        var own = ListReaders.All.Where(r => OwnReaders.Contains(r.GetType())).ToList();
        Assert.Equal(OwnReaders.Length, own.Count);
        foreach (var file in ofac)
        {
            Assert.DoesNotContain(own, r => r.CanRead([file]));
        }
    }

    private static string PathOf(string file) => file.Split(':', 2) switch
    {
        ["shared", var rest] => SharedData.Path(["lists", .. rest.Split('/')]),
        [_, var rest] => Path.Combine([SharedData.RepositoryRoot, "tests", "Cordon.Lists.Tests", "Fixtures", .. rest.Split('/')]),
        _ => throw new ArgumentException(file),
    };

    private static SourceFile Load(string file) => file.Split(':', 2) switch
    {
        ["shared", var rest] => TestFiles.FromShared(rest.Split('/')),
        [_, var rest] => TestFiles.FromFixture(rest.Split('/')),
        _ => throw new ArgumentException(file),
    };
}
