using Cordon.Core;
using Cordon.Lists.Un;

namespace Cordon.Lists.Tests.Un;

public sealed class UnXmlReaderTests
{
    private static readonly Lazy<SourceFile> UnFile = new(() => TestFiles.FromShared("un", "UN_consolidated.xml"));
    private static readonly Lazy<ListSnapshot> Snapshot = new(() => new UnXmlReader().Read([UnFile.Value]));

    private static ListedEntity Entry(string dataId) => Snapshot.Value.Entities.Single(e => e.SourceId == dataId);

    [Fact]
    public void Reads_every_individual_and_entity()
    {
        var s = Snapshot.Value;
        Assert.Equal(ListIds.UnConsolidated, s.ListId);
        Assert.Equal("un-xml", s.Format);
        Assert.Equal(730, s.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(273, s.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.Equal(s.Entities.Count, s.Entities.Select(e => e.SourceId).Distinct().Count());
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), s.PublishedAt);
        Assert.Equal(64, s.ContentHash.Length);
    }

    [Fact]
    public void Counts_the_DPRK_program()
    {
        var dprk = Snapshot.Value.Entities.Where(e => e.Programs.Contains("DPRK")).ToList();
        Assert.Equal(80, dprk.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(75, dprk.Count(e => e.Type == EntityType.Entity));
    }

    [Fact]
    public void Maps_a_DPRK_individual_with_date_and_place_of_birth_passport_and_aliases()
    {
        var paek = Entry("690747");
        Assert.Equal("PAEK CHANG-HO", paek.PrimaryName);
        Assert.Equal(["DPRK"], paek.Programs);
        Assert.Equal("KPi.006", paek.Particulars["reference number"]);
        Assert.Equal([PartialDate.Of(new DateOnly(1964, 6, 18))], paek.DatesOfBirth);
        Assert.Equal(["Kaesong, Democratic People's Republic of Korea"], paek.PlacesOfBirth);
        Assert.Equal(["Democratic People's Republic of Korea"], paek.Nationalities);
        Assert.Contains(new Alias("Pak Chang-Ho", AliasStrength.Strong, "aka"), paek.Aliases);
        Assert.Contains(new Alias("Paek Ch'ang-Ho", AliasStrength.Strong, "aka"), paek.Aliases);
        Assert.Equal(["Senior official and head of the satellite control center of Korean Committee for Space Technology"], paek.Titles);
        Assert.Equal(new DateOnly(2013, 1, 22), paek.ListedOn);

        // The UN lists the passport three times (French, Spanish, English labels): one document remains.
        var passport = Assert.Single(paek.Documents);
        Assert.Equal("Passport", passport.Type);
        Assert.Equal("381420754", passport.Number);
        Assert.Contains("issued 2011-12-07", passport.Note, StringComparison.Ordinal);
        Assert.Contains("Expires on 7 Dec. 2016", passport.Note, StringComparison.Ordinal);

        Assert.StartsWith("<INDIVIDUAL>", paek.SourceRecord, StringComparison.Ordinal);
        Assert.Contains("<DATAID>690747</DATAID>", paek.SourceRecord, StringComparison.Ordinal);
        Assert.EndsWith("</INDIVIDUAL>", paek.SourceRecord, StringComparison.Ordinal);

        // Verbatim, line breaks and indentation included, so that it reads as it does in the file.
        Assert.Contains("<DATAID>690747</DATAID>\n      <VERSIONNUM>1</VERSIONNUM>", paek.SourceRecord.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_issuing_country_of_a_DPRK_passport()
    {
        var ra = Entry("690744");
        Assert.Equal("RA KY'ONG-SU", ra.PrimaryName);
        var passport = Assert.Single(ra.Documents);
        Assert.Equal(new IdentityDocument("Passport", "645120196", "Democratic People's Republic of Korea"), passport);
        Assert.Equal(5, ra.Aliases.Count);
    }

    [Fact]
    public void Maps_a_DPRK_entity_with_aliases_and_address()
    {
        var komid = Entry("690735");
        Assert.Equal(EntityType.Entity, komid.Type);
        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
        Assert.Equal(["DPRK"], komid.Programs);
        Assert.Equal(4, komid.Aliases.Count);
        Assert.Contains(new Alias("\"KOMID\"", AliasStrength.Strong, "aka"), komid.Aliases);
        Assert.Equal([new PostalAddress("Central District", "Pyongyang", null, null, "Democratic People's Republic of Korea")], komid.Addresses);
        Assert.StartsWith("Primary arms dealer", komid.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_low_quality_aliases_as_weak_and_original_script_and_year_ranges()
    {
        var haqqani = Entry("2785696");
        Assert.Contains(new Alias("Khalifa", AliasStrength.Weak, "aka"), haqqani.Aliases);
        Assert.Contains(new Alias("Siraj Haqqani", AliasStrength.Strong, "aka"), haqqani.Aliases);
        Assert.Contains(new Alias("سراج الدين جلال الدين حقانى", AliasStrength.Strong, "original script"), haqqani.Aliases);
        var dob = Assert.Single(haqqani.DatesOfBirth);
        Assert.Equal((1977, 1978, true), (dob.Year, dob.YearTo, dob.Approximate));
        Assert.Equal("Na'ib Amir (Deputy Commander)", Assert.Single(haqqani.Titles));
    }

    [Fact]
    public void Reads_weak_aliases_across_the_list()
    {
        // 615 aliases have QUALITY Low in the file; a few repeat within one entry.
        var weak = Snapshot.Value.Entities.Sum(e => e.Aliases.Count(a => a.Strength == AliasStrength.Weak));
        Assert.InRange(weak, 600, 615);
        Assert.Equal(19, Snapshot.Value.Entities.Sum(e => e.Aliases.Count(a => a.Kind == "fka")));
    }

    [Fact]
    public void Recognises_its_own_format_only()
    {
        var reader = new UnXmlReader();
        Assert.True(reader.CanRead([UnFile.Value]));
        Assert.False(reader.CanRead([TestFiles.FromZip("CONS_ENHANCED.XML", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("ofac-sample", "sdn.csv")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("bis-dpl", "dpl.txt")]));
        Assert.False(reader.CanRead([TestFiles.FromText("empty.xml", "")]));
        Assert.False(reader.CanRead([]));
    }

    [Fact]
    public void Truncated_file_is_refused_with_file_and_line()
    {
        var truncated = TestFiles.Truncated(UnFile.Value, 0.5);
        Assert.True(new UnXmlReader().CanRead([truncated]));
        var ex = Assert.Throws<ListFormatException>(() => new UnXmlReader().Read([truncated]));
        Assert.Equal(truncated.Name, ex.File);
        Assert.NotNull(ex.Line);
        Assert.True(ex.Line > 1000, $"line {ex.Line}");
        Assert.Contains("malformed or truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_names_the_line()
    {
        var file = TestFiles.FromText("bad.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID></ENTITY>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n");
        var ex = Assert.Throws<ListFormatException>(() => new UnXmlReader().Read([file]));
        Assert.Equal(4, ex.Line);
        Assert.StartsWith("bad.xml, line 4:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_without_DATAID_is_refused()
    {
        var file = TestFiles.FromText("noid.xml", "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n<FIRST_NAME>X</FIRST_NAME>\n</INDIVIDUAL>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>");
        var ex = Assert.Throws<ListFormatException>(() => new UnXmlReader().Read([file]));
        Assert.Equal(3, ex.Line);
        Assert.Contains("DATAID", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var ex = Assert.Throws<ListFormatException>(() => new UnXmlReader().Read([TestFiles.FromText("empty.xml", "")]));
        Assert.Equal("empty.xml", ex.File);
        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_root_element_is_refused()
    {
        var ex = Assert.Throws<ListFormatException>(() => new UnXmlReader().Read([TestFiles.FromText("other.xml", "<Designations/>")]));
        Assert.Contains("not a UN consolidated list", ex.Reason, StringComparison.Ordinal);
    }
}
