using System.Text;
using Cordon.Core;
using Cordon.Lists.Tests.Un;
using Cordon.Lists.Uk;

namespace Cordon.Lists.Tests.Uk;

public sealed class UkSanctionsXmlReaderTests
{
    private const string DprkRegime = "The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019";

    private static readonly Lazy<SourceFile> Sample = new(() => TestFiles.FromFixture("Uk", "uk-sanctions-sample.xml"));
    private static readonly Lazy<ListSnapshot> Snapshot = new(() => new UkSanctionsXmlReader().Read([Sample.Value]));

    private static ListedEntity Entry(string uniqueId) => Snapshot.Value.Entities.Single(e => e.SourceId == uniqueId);

    [Fact]
    public void Reads_every_designation()
    {
        var s = Snapshot.Value;
        Assert.Equal(ListIds.UkSanctions, s.ListId);
        Assert.Equal("uk-sanctions-xml", s.Format);
        Assert.Equal(["DPR0001", "DPR0002", "RUS9001", "RUS9002"], s.Entities.Select(e => e.SourceId));
        Assert.Equal(
            [EntityType.Individual, EntityType.Entity, EntityType.Individual, EntityType.Vessel],
            s.Entities.Select(e => e.Type));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), s.PublishedAt);
    }

    [Fact]
    public void Maps_a_DPRK_individual()
    {
        var paek = Entry("DPR0001");
        Assert.Equal("Chang-Ho PAEK", paek.PrimaryName);
        Assert.Equal(
            [
                new Alias("Chang-Ho PAK", AliasStrength.Strong, "aka", "Good quality a.k.a"),
                new Alias("Ch'ang-Ho PAEK", AliasStrength.Strong, "aka"),
                new Alias("백창호", AliasStrength.Strong, "original script"),
            ],
            paek.Aliases);
        Assert.Equal([DprkRegime], paek.Programs);
        Assert.Equal([PartialDate.Of(new DateOnly(1964, 6, 18)) with { Text = "18/06/1964" }], paek.DatesOfBirth);
        Assert.Equal(["Kaesong, North Korea"], paek.PlacesOfBirth);
        Assert.Equal(["North Korea"], paek.Nationalities);
        Assert.Equal("Male", paek.Gender);
        Assert.Equal(["Senior official, Korean Committee for Space Technology"], paek.Titles);
        Assert.Equal([new IdentityDocument("Passport", "381420754", null, "Issued 7 Dec 2011. Expires 7 Dec 2016.")], paek.Documents);
        Assert.Equal(new DateOnly(2013, 1, 22), paek.ListedOn);
        Assert.Equal("12843", paek.Particulars["OFSI group id"]);
        Assert.Equal("KPi.006", paek.Particulars["UN reference number"]);
        Assert.Equal("Asset freeze|Travel Ban", paek.Particulars["sanctions imposed"]);

        // An empty statement of reasons adds nothing.
        Assert.Equal("Senior official and head of the satellite control center of Korean Committee for Space Technology.", paek.Remarks);
        Assert.StartsWith("<Designation>", paek.SourceRecord, StringComparison.Ordinal);
        Assert.Contains("<UniqueID>DPR0001</UniqueID>", paek.SourceRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_a_DPRK_entity_with_contacts_and_links()
    {
        var komid = Entry("DPR0002");
        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
        Assert.Equal(["KOMID", "CHANGGWANG SINYONG CORPORATION"], komid.Aliases.Select(a => a.Name));
        Assert.Equal([new PostalAddress("Central District, Pyongyang", Country: "North Korea")], komid.Addresses);
        Assert.Equal(["komid@example.org"], komid.EmailAddresses);
        Assert.Equal(["+850 2 000 0000"], komid.PhoneNumbers);
        Assert.Equal(["www.example.org"], komid.Websites);
        Assert.Equal([new EntityLink("Parent company", "Second Economic Committee")], komid.Links);
        Assert.Equal([new IdentityDocument("Business Registration Number", "KP-000123")], komid.Documents);
        Assert.Equal("Trading company", komid.Particulars["type of entity"]);
    }

    [Fact]
    public void Reads_placeholder_dates_weak_aliases_and_statement_of_reasons()
    {
        var ivan = Entry("RUS9001");
        Assert.Equal("Ivan Petrovich EXAMPLEV", ivan.PrimaryName);
        Assert.Equal([new Alias("Vanya", AliasStrength.Weak, "aka", "Low quality a.k.a")], ivan.Aliases);
        Assert.Equal([new PartialDate("dd/mm/1965", 1965), new PartialDate("dd/03/1966", 1966, 3)], ivan.DatesOfBirth);
        Assert.Equal([new IdentityDocument("National Identification Number", "770000000001", null, "Russian tax number (INN)")], ivan.Documents);
        Assert.Equal("Statement of reasons: Involved in obtaining a benefit from the Government of Russia.", ivan.Remarks);
    }

    [Fact]
    public void Maps_a_ship()
    {
        var ship = Entry("RUS9002");
        Assert.Equal([new IdentityDocument("IMO Number", "9000001")], ship.Documents);
        Assert.Equal("Gabon", ship.Particulars["flag"]);
        Assert.Equal("Crude oil tanker", ship.Particulars["type of ship"]);
    }

    [Fact]
    public void Reads_dates_of_birth()
    {
        Assert.True(UkSanctionsXmlReader.Dob("15/03/1970").IsExact);
        Assert.Equal((1945, (int?)null, (int?)null), (UkSanctionsXmlReader.Dob("dd/mm/1945").Year, UkSanctionsXmlReader.Dob("dd/mm/1945").Month, UkSanctionsXmlReader.Dob("dd/mm/1945").Day));
        Assert.Null(UkSanctionsXmlReader.Dob("circa 1970").Year);
    }

    [Fact]
    public void Recognises_its_own_format_only()
    {
        var reader = new UkSanctionsXmlReader();
        Assert.True(reader.CanRead([Sample.Value]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Eu", "eu-fsf-sample.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("un", "UN_consolidated.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromZip("CONS_ENHANCED.XML", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("bis-dpl", "dpl.txt")]));
        Assert.False(reader.CanRead([TestFiles.FromText("empty.xml", "")]));
    }

    [Fact]
    public void Malformed_xml_is_refused_with_file_and_line()
    {
        var text = Encoding.UTF8.GetString(Sample.Value.Content.Span).Replace("<UniqueID>RUS9001</UniqueID>", "<UniqueID>RUS9001</UniqueId>", StringComparison.Ordinal);
        var ex = Assert.Throws<ListFormatException>(() => new UkSanctionsXmlReader().Read([TestFiles.FromText("uk-broken.xml", text)]));
        Assert.Equal("uk-broken.xml", ex.File);
        Assert.Equal(LineOf(text, "RUS9001"), ex.Line);
    }

    [Fact]
    public void Truncated_file_is_refused()
    {
        var ex = Assert.Throws<ListFormatException>(() => new UkSanctionsXmlReader().Read([TestFiles.Truncated(Sample.Value, 0.7)]));
        Assert.Contains("malformed or truncated", ex.Reason, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void Unknown_designation_type_and_missing_id_are_skipped_with_their_line_and_reason()
    {
        var ship = TestFiles.FromText("a.xml", "<Designations>\n<Designation>\n<UniqueID>X1</UniqueID>\n<IndividualEntityShip>Spaceship</IndividualEntityShip>\n</Designation>\n</Designations>");
        var skipped = Assert.Single(new UkSanctionsXmlReader().Read([ship]).SkippedRecords);
        Assert.Equal(2, skipped.Line);
        Assert.Contains("Spaceship", skipped.Reason, StringComparison.Ordinal);

        var noId = TestFiles.FromText("b.xml", "<Designations>\n<Designation>\n<IndividualEntityShip>Entity</IndividualEntityShip>\n</Designation>\n</Designations>");
        Assert.Contains("UniqueID", Assert.Single(new UkSanctionsXmlReader().Read([noId]).SkippedRecords).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var ex = Assert.Throws<ListFormatException>(() => new UkSanctionsXmlReader().Read([TestFiles.FromText("uk.xml", "")]));
        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }

    private static long LineOf(string text, string marker) =>
        text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
