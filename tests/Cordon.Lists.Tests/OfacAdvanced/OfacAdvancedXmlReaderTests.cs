using System.Text;
using Cordon.Core;
using Cordon.Lists.OfacAdvanced;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.OfacAdvanced;

/// <summary>OFAC's ADVANCED XML, on a real excerpt of <c>SDN_ADVANCED.XML</c> (Fixtures/Real/README.md).</summary>
public sealed class OfacAdvancedXmlReaderTests
{
    private static readonly Lazy<SourceFile> Excerpt = new(() => TestFiles.FromFixture("Real", "ofac-sdn-advanced-excerpt.xml"));

    private static readonly Lazy<ListSnapshot> Snapshot = new(() => ListLoader.Default.Load(Excerpt.Value).Snapshots.Single());

    private static ListedEntity Entry(string uid) => Snapshot.Value.Entities.Single(e => e.SourceId == uid);

    private static string Text => Encoding.UTF8.GetString(Excerpt.Value.Content.Span);

    [Fact]
    public void Is_detected_and_reads_every_party_of_the_file()
    {
        var s = Snapshot.Value;
        Assert.Equal(("ofac-advanced-xml", ListIds.OfacSdn), (s.Format, s.ListId));
        Assert.Equal(Text.Split("<DistinctParty ").Length - 1, s.Entities.Count);
        Assert.Equal(["36", "2677", "4238", "15432", "25057"], s.Entities.Select(e => e.SourceId));
        Assert.Equal(
            [EntityType.Entity, EntityType.Individual, EntityType.Vessel, EntityType.Aircraft, EntityType.Individual],
            s.Entities.Select(e => e.Type));
        Assert.Equal(new DateTimeOffset(2026, 9, 9, 0, 0, 0, TimeSpan.Zero), s.PublishedAt);
        Assert.Empty(s.SkippedRecords);
    }

    [Fact]
    public void Maps_an_entity_with_its_address_program_and_listing_date()
    {
        var aero = Entry("36");
        Assert.Equal("AEROCARIBBEAN AIRLINES", aero.PrimaryName);
        Assert.Equal([new Alias("AERO-CARIBBEAN", AliasStrength.Strong, "aka")], aero.Aliases);
        Assert.Equal([new PostalAddress(City: "Havana", Country: "Cuba")], aero.Addresses);
        Assert.Equal(["CUBA"], aero.Programs);
        Assert.Equal(new DateOnly(1986, 12, 10), aero.ListedOn);
        Assert.Empty(aero.DatesOfBirth);
        Assert.Contains("FixedRef=\"36\"", aero.SourceRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_an_individual_field_by_field()
    {
        var zomor = Entry("2677");
        Assert.Equal("AL-ZOMOR, Abboud Abdul Latif Hassan", zomor.PrimaryName);
        Assert.Equal(
            [
                new Alias("ZUMAR, Abbud", AliasStrength.Strong, "aka"),
                new Alias("الزمر عبود عبداللطيف حسن", AliasStrength.Strong, "original script"),
                new Alias("AL-ZUMAR, Abbud", AliasStrength.Strong, "aka"),
                new Alias("EL-ZOMOR, Aboud Abdul Latif Hasan", AliasStrength.Strong, "aka"),
                new Alias("AL-ZUMUR, Abood Abdul Latif Hassan", AliasStrength.Strong, "aka"),
                new Alias("AL-ZAMUR, Abboud Abdul Latif Hassan", AliasStrength.Strong, "aka"),
            ],
            zomor.Aliases);
        Assert.Equal([new PartialDate("19 Apr 1947", 1947, 4, 19)], zomor.DatesOfBirth);
        Assert.Equal(["Nahia, Giza, Egypt"], zomor.PlacesOfBirth);
        Assert.Equal(["Egypt"], zomor.Nationalities);
        Assert.Equal("Male", zomor.Gender);
        Assert.Equal([new PostalAddress(Country: "Egypt")], zomor.Addresses);
        Assert.Equal(["SDGT"], zomor.Programs);
        Assert.Equal(new DateOnly(1995, 1, 23), zomor.ListedOn);
        Assert.Equal("Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886", zomor.Remarks);
    }

    [Fact]
    public void Low_quality_aliases_are_weak_and_alternate_birth_dates_kept()
    {
        var rawi = Entry("25057");
        Assert.Equal("AL-RAWI, 'Adnan Muhammad Amin", rawi.PrimaryName);
        Assert.Equal(
            ["Aldeen Mohammed Amad Az", "Emad Mohammad", "Ezaldeen Mohammed Emad"],
            rawi.Aliases.Where(a => a.Strength == AliasStrength.Weak).Select(a => a.Name));
        Assert.Equal(5, rawi.Aliases.Count(a => a.Strength == AliasStrength.Strong));
        Assert.Equal([new PartialDate("07 Jan 1985", 1985, 1, 7), new PartialDate("28 Aug 1982", 1982, 8, 28)], rawi.DatesOfBirth);
        Assert.Equal("Male", rawi.Gender);

        // This party has no sanctions entry in the excerpt: read, with no program rather than a made-up one.
        Assert.Empty(rawi.Programs);
        Assert.Null(rawi.ListedOn);
    }

    [Fact]
    public void A_year_long_date_period_is_a_bare_year_and_vessel_and_aircraft_particulars_are_kept()
    {
        var mar = Entry("4238");
        Assert.Equal("MAR AZUL", mar.PrimaryName);
        Assert.Equal("CL2192", mar.Particulars["Vessel Call Sign"]);
        Assert.Equal("Tug", mar.Particulars["VESSEL TYPE"]);
        Assert.Equal("Cuba", mar.Particulars["Vessel Flag"]);
        Assert.Equal("Samir de Navegacion S.A.", mar.Particulars["Vessel Owner"]);
        Assert.Equal("212", mar.Particulars["Vessel Gross Registered Tonnage"]);

        // Its only location is OFAC's "undetermined" area: no address.
        Assert.Empty(mar.Addresses);

        var plane = Entry("15432");
        Assert.Equal("1991", plane.Particulars["Aircraft Manufacture Date"]);
        Assert.Equal("IL-76TD", plane.Particulars["Aircraft Model"]);
        Assert.Equal("YAS AIR", plane.Particulars["Aircraft Operator"]);
        Assert.Equal("1013409297", plane.Particulars["Aircraft Manufacturer's Serial Number (MSN)"]);
        Assert.Equal(["SDGT"], plane.Programs);
    }

    [Fact]
    public void Reads_like_the_csv_where_the_entry_did_not_change_since_2021()
    {
        var csv = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sdn-2021-07")).Snapshots.Single();
        foreach (var uid in new[] { "36", "4238", "15432", "25057" })
        {
            var fromCsv = csv.Entities.Single(e => e.SourceId == uid);
            var fromXml = Entry(uid);
            Assert.Equal(fromCsv.Type, fromXml.Type);
            Assert.Equal(fromCsv.PrimaryName, fromXml.PrimaryName);
            Assert.Equal(fromCsv.DatesOfBirth, fromXml.DatesOfBirth);
            Assert.Equal(fromCsv.Gender, fromXml.Gender);
        }

        Assert.Equal(["CUBA"], csv.Entities.Single(e => e.SourceId == "36").Programs);
    }

    [Fact]
    public void Documents_are_joined_to_their_party_through_its_identity()
    {
        var text = Text.Replace(
            "<IDRegDocuments></IDRegDocuments>",
            """
            <IDRegDocuments><IDRegDocument ID="1" IDRegDocTypeID="1584" IdentityID="16761" IssuedBy-CountryID="11082" ValidityID="2"><Comment /><IDRegistrationNo>649474</IDRegistrationNo><IssuingAuthority /></IDRegDocument></IDRegDocuments>
            """,
            StringComparison.Ordinal);
        var rawi = new OfacAdvancedXmlReader().Read([TestFiles.FromText("sdn_advanced.xml", text)]).Entities.Single(e => e.SourceId == "25057");
        Assert.Equal([new IdentityDocument("National ID No.", "649474", "Egypt", "Fraudulent")], rawi.Documents);
    }

    [Fact]
    public void Relationships_link_parties_and_document_dates_are_kept()
    {
        // A ProfileRelationship and an IDRegDocument with an issue date, as the official schema writes them.
        var text = Text
            .Replace("<ProfileRelationships />", """<ProfileRelationships><ProfileRelationship ID="1" From-ProfileID="15432" To-ProfileID="36" RelationTypeID="15003" RelationQualityID="1" Former="false" SanctionsEntryID="15432" /></ProfileRelationships>""", StringComparison.Ordinal)
            .Replace(
                "<IDRegDocuments></IDRegDocuments>",
                """<IDRegDocuments><IDRegDocument ID="4901" IDRegDocTypeID="1571" IdentityID="4423" IssuedBy-CountryID="11082" ValidityID="1"><Comment /><IDRegistrationNo>484824</IDRegistrationNo><IssuingAuthority /><DocumentDate IDRegDocDateTypeID="1480"><DatePeriod CalendarTypeID="1" YearFixed="false" MonthFixed="false" DayFixed="false"><Start Approximate="false" YearFixed="false" MonthFixed="false" DayFixed="false"><From><Year>1984</Year><Month>1</Month><Day>18</Day></From><To><Year>1984</Year><Month>1</Month><Day>18</Day></To></Start><End Approximate="false" YearFixed="false" MonthFixed="false" DayFixed="false"><From><Year>1984</Year><Month>1</Month><Day>18</Day></From><To><Year>1984</Year><Month>1</Month><Day>18</Day></To></End></DatePeriod></DocumentDate></IDRegDocument></IDRegDocuments>""",
                StringComparison.Ordinal);
        var snapshot = new OfacAdvancedXmlReader().Read([TestFiles.FromText("sdn_advanced.xml", text)]);
        Assert.Equal([new EntityLink("Owned or Controlled By", "AEROCARIBBEAN AIRLINES", "36")], snapshot.Entities.Single(e => e.SourceId == "15432").Links);
        Assert.Equal([new IdentityDocument("Passport", "484824", "Egypt", "Issue Date 18 Jan 1984")], snapshot.Entities.Single(e => e.SourceId == "2677").Documents);
    }

    [Fact]
    public void A_party_of_an_unknown_type_is_skipped_and_reported()
    {
        var text = Text.Replace("<Profile ID=\"4238\" PartySubTypeID=\"1\">", "<Profile ID=\"4238\" PartySubTypeID=\"99\">", StringComparison.Ordinal);
        var snapshot = new OfacAdvancedXmlReader().Read([TestFiles.FromText("sdn_advanced.xml", text)]);
        Assert.Equal(["36", "2677", "15432", "25057"], snapshot.Entities.Select(e => e.SourceId));
        var skipped = Assert.Single(snapshot.SkippedRecords);
        Assert.Equal(("sdn_advanced.xml", "4238"), (skipped.File, skipped.RecordId));
        Assert.NotNull(skipped.Line);
        Assert.Contains("party type", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_an_sdn_entry_is_the_consolidated_list()
    {
        var text = Text.Replace("ListID=\"1550\"", "ListID=\"91512\"", StringComparison.Ordinal);
        Assert.Equal(ListIds.OfacConsolidated, new OfacAdvancedXmlReader().Read([TestFiles.FromText("CONS_ADVANCED.XML", text)]).ListId);
    }

    [Fact]
    public void Recognises_its_own_format_only_and_refuses_a_truncated_file()
    {
        var reader = new OfacAdvancedXmlReader();
        Assert.True(reader.CanRead([Excerpt.Value]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("OfacXml", "sdn.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromZip("CONS_ENHANCED.XML", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP")]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Real", "uk-sanctions-list-excerpt.xml")]));
        var ex = Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.Truncated(Excerpt.Value, 0.6)]));
        Assert.Contains("malformed or truncated", ex.Reason, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
    }
}
