using Cordon.Core;
using Cordon.Lists.OfacXml;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.OfacXml;

/// <summary>
/// OFAC's Sanctions List Service XML. No real excerpt of the file could be found: the fixture is written from the official
/// schema (sdnList.xsd) with the content of six real entries of the July 2021 SDN CSV (Fixtures/Real/README.md), so the
/// reader is checked against the CSV reader entry by entry.
/// </summary>
public sealed class OfacSdnXmlReaderTests
{
    private static readonly Lazy<ListSnapshot> Xml = new(() => ListLoader.Default.Load(TestFiles.FromFixture("OfacXml", "sdn.xml")).Snapshots.Single());

    private static readonly Lazy<ListSnapshot> Csv = new(() => ListLoader.Default.Load(SharedData.Path("lists", "ofac-sdn-2021-07")).Snapshots.Single());

    private static ListedEntity FromCsv(string uid) => Csv.Value.Entities.Single(e => e.SourceId == uid);

    [Fact]
    public void Is_detected_and_reads_every_entry()
    {
        var s = Xml.Value;
        Assert.Equal(("ofac-xml", ListIds.OfacSdn), (s.Format, s.ListId));
        Assert.Equal(["36", "306", "11581", "15040", "20157", "28263"], s.Entities.Select(e => e.SourceId));
        Assert.Equal(new DateTimeOffset(2021, 7, 30, 0, 0, 0, TimeSpan.Zero), s.PublishedAt);
    }

    [Theory]
    [InlineData("36")]
    [InlineData("306")]
    [InlineData("11581")]
    [InlineData("15040")]
    [InlineData("20157")]
    [InlineData("28263")]
    public void Each_entry_reads_as_the_same_entry_of_the_csv(string uid)
    {
        var xml = Xml.Value.Entities.Single(e => e.SourceId == uid);
        var csv = FromCsv(uid);
        Assert.Equal(csv.Type, xml.Type);
        Assert.Equal(csv.PrimaryName, xml.PrimaryName);
        Assert.Equal(csv.Programs, xml.Programs);
        Assert.Equal(csv.DatesOfBirth, xml.DatesOfBirth);
        Assert.Equal(csv.Nationalities, xml.Nationalities);
        Assert.Equal(csv.Gender, xml.Gender);
        Assert.Equal(csv.EmailAddresses, xml.EmailAddresses);
        Assert.Equal(csv.Addresses.Select(a => (a.Street, a.Country)), xml.Addresses.Select(a => (a.Street, a.Country)));
        Assert.All(xml.Aliases, a => Assert.Contains(csv.Aliases, c => c.Name == a.Name && c.Strength == a.Strength));
        Assert.All(xml.DigitalCurrencyAddresses, w => Assert.Contains(w, csv.DigitalCurrencyAddresses));
    }

    [Fact]
    public void Maps_individual_names_documents_features_and_vessel_particulars()
    {
        var tian = Xml.Value.Entities.Single(e => e.SourceId == "28263");
        Assert.Equal("TIAN, Yinyin", tian.PrimaryName);
        Assert.Equal([new Alias("tianyinyin0404", AliasStrength.Weak, "aka")], tian.Aliases);
        Assert.Equal([new IdentityDocument("Identification Number", "321284198607120616", "China")], tian.Documents);
        Assert.Equal(["8613621583465"], tian.PhoneNumbers);
        Assert.Equal("Male", tian.Gender);

        var apama = Xml.Value.Entities.Single(e => e.SourceId == "15040");
        Assert.Equal(EntityType.Vessel, apama.Type);
        Assert.Equal("9HDS9", apama.Particulars["Call Sign"]);
        Assert.Equal(["ASTARA", "JUPITER", "ABELIA"], apama.Aliases.Where(a => a.Kind == "fka").Select(a => a.Name));
        Assert.Contains(new IdentityDocument("MMSI", "256845000"), apama.Documents);

        Assert.Equal(["Chairman of the Workers' Party of Korea"], Xml.Value.Entities.Single(e => e.SourceId == "20157").Titles);
        Assert.Contains("Secondary sanctions risk:", Xml.Value.Entities.Single(e => e.SourceId == "11581").Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cons_file_is_the_non_sdn_list()
    {
        var file = TestFiles.FromFixture("OfacXml", "sdn.xml");
        Assert.Equal(ListIds.OfacConsolidated, new OfacSdnXmlReader().Read([file with { Name = "CONS.XML" }]).ListId);
    }
}
