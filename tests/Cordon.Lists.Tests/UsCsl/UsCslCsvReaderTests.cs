using Cordon.Core;
using Cordon.Lists.Tests.Un;
using Cordon.Lists.UsCsl;

namespace Cordon.Lists.Tests.UsCsl;

public sealed class UsCslCsvReaderTests
{
    private const string Header =
        "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,"
        + "license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,"
        + "remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";

    private static readonly Lazy<SourceFile> CslFile = new(() => TestFiles.FromShared("us-csl-2022-04", "consolidated.csv.gz"));
    private static readonly Lazy<ListSnapshot> Snapshot = new(() => new UsCslCsvReader().Read([CslFile.Value]));

    private static ListedEntity Entry(string id) => Snapshot.Value.Entities.Single(e => e.SourceId == id);

    [Fact]
    public void Reads_every_row_merging_parties_listed_by_several_US_lists()
    {
        var s = Snapshot.Value;
        Assert.Equal(ListIds.UsCsl, s.ListId);
        Assert.Equal("us-csl-csv", s.Format);

        // 14,160 rows; 71 ids appear on several lists (SDN and SSI, CAPTA…), 14,048 distinct parties.
        // One CAPTA row (15268) is in the file twice, so the sources named add up to one less than the rows.
        Assert.Equal(14_048, s.Entities.Count);
        Assert.Equal(14_159, s.Entities.Sum(e => e.Particulars["source"].Split("; ").Length));
        Assert.Equal(2, Entry("15268").SourceRecord.Split('\n').Length);
        Assert.Equal(s.Entities.Count, s.Entities.Select(e => e.SourceId).Distinct().Count());
        Assert.Equal(10_026, s.Entities.Count(e => e.Particulars["source"].Contains("Specially Designated Nationals (SDN)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Maps_a_DPRK_SDN_individual_with_passport_and_gender()
    {
        var e = Entry("26096");
        Assert.Equal("AMTCHENTSEV, Vladlen", e.PrimaryName);
        Assert.Equal(EntityType.Individual, e.Type);
        Assert.Equal(["DPRK3"], e.Programs);
        Assert.Equal("Specially Designated Nationals (SDN) - Treasury Department", e.Particulars["source"]);
        Assert.Equal([PartialDate.Of(new DateOnly(1969, 1, 25))], e.DatesOfBirth);
        Assert.Equal(["Klimovsk, Russia"], e.PlacesOfBirth);
        Assert.Equal("Male", e.Gender);
        Assert.Contains(new IdentityDocument("Passport", "M00021291", "ZA", "2020-05-03, 2010-05-04"), e.Documents);
        Assert.Contains(new IdentityDocument("National ID No.", "6901256079081", "ZA"), e.Documents);
        Assert.Equal(2, e.Documents.Count);
        Assert.Equal([new EntityLink("Linked To", "VELMUR MANAGEMENT PTE LTD")], e.Links);
        Assert.Contains("Secondary sanctions risk", e.Particulars.Keys);
        Assert.Equal(
            "North Korea Sanctions Regulations section 510.214",
            e.Particulars["Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions"]);
        Assert.StartsWith("26096,Specially Designated Nationals", e.SourceRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_a_DPRK_SDN_entity_with_aliases_addresses_and_wallets()
    {
        var lazarus = Entry("27307");
        Assert.Equal("LAZARUS GROUP", lazarus.PrimaryName);
        Assert.Equal(EntityType.Entity, lazarus.Type);
        Assert.Contains(new Alias("HIDDEN COBRA", AliasStrength.Strong, "aka"), lazarus.Aliases);
        Assert.Equal(11, lazarus.Aliases.Count);
        Assert.Equal([new PostalAddress(Street: "Potonggang District, Pyongyang", Country: "KP")], lazarus.Addresses);
        Assert.Equal(8, lazarus.DigitalCurrencyAddresses.Count);
        Assert.Contains(new DigitalCurrencyAddress("ETH", "0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B"), lazarus.DigitalCurrencyAddresses);
        Assert.Empty(lazarus.Documents);

        var komid = Entry("9345");
        Assert.Equal(["NPWMD", "DPRK2"], komid.Programs);
        Assert.Equal(5, komid.Addresses.Count);
    }

    [Fact]
    public void Merged_party_keeps_every_source_and_raw_row()
    {
        var vtb = Entry("18725");
        Assert.Equal(
            "Capta List (CAP) - Treasury Department; Specially Designated Nationals (SDN) - Treasury Department; Sectoral Sanctions Identifications List (SSI) - Treasury Department",
            vtb.Particulars["source"]);
        Assert.Equal(3, vtb.SourceRecord.Split('\n').Length);
        Assert.Contains(new IdentityDocument("SWIFT/BIC", "VTBLAOLU"), vtb.Documents);
        Assert.Contains("www.vtb.ao", vtb.Websites);
    }

    [Fact]
    public void Rows_without_a_type_are_entities_marked_as_not_stated()
    {
        var dpl = Snapshot.Value.Entities.Where(e => e.Particulars["source"].StartsWith("Denied Persons List", StringComparison.Ordinal)).ToList();
        Assert.Equal(462, dpl.Count);
        Assert.All(dpl, e => Assert.Equal(EntityType.Entity, e.Type));
        Assert.All(dpl, e => Assert.Equal("not stated", e.Particulars["entity type"]));
        var ash = Entry("deb7a1d5743a85c354ca1a2c7f2664e2104b32d7");
        Assert.Equal("I. ASH", ash.PrimaryName);
        Assert.Equal(new DateOnly(2003, 6, 19), ash.ListedOn);
        Assert.Equal("2056-06-29", ash.Particulars["end date"]);
    }

    [Fact]
    public void Reads_partial_and_approximate_dates()
    {
        var circa = CslDates.Parse("circa 1970");
        Assert.Equal((1970, true), (circa.Year, circa.Approximate));
        var range = CslDates.Parse("1968 to 1970");
        Assert.Equal((1968, 1970), (range.Year, range.YearTo));
        Assert.True(CslDates.Parse("16 Jan 2017").IsExact);
        Assert.Null(CslDates.Parse("unknown").Year);
        var span = CslDates.Parse("01 Jan 2015 to 31 Dec 2015");
        Assert.Equal((2015, (int?)null, true), (span.Year, span.YearTo, span.Approximate));
    }

    [Fact]
    public void Recognises_its_own_format_only()
    {
        var reader = new UsCslCsvReader();
        Assert.True(reader.CanRead([CslFile.Value]));
        Assert.False(reader.CanRead([TestFiles.FromShared("ofac-sample", "sdn.csv")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("bis-dpl", "dpl.txt")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("un", "UN_consolidated.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromText("empty.csv", "")]));
    }

    [Fact]
    public void Wrong_header_is_refused_naming_the_column()
    {
        var file = TestFiles.FromText("csl.csv", Header.Replace("alt_names", "other_names", StringComparison.Ordinal) + "\n1,SDN,1,Entity,DPRK,X,,,,,,,,,,,,,,,,,,,,,,,\n");
        var ex = Assert.Throws<ListFormatException>(() => new UsCslCsvReader().Read([file]));
        Assert.Equal(1, ex.Line);
        Assert.Contains("'alt_names'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_with_a_broken_field_count_names_its_line()
    {
        var file = TestFiles.FromText("csl.csv", Header + "\n1,SDN,1,Entity,DPRK,X,,,,,,,,,,,,,,,,,,,,,,,\n2,SDN,2,Entity,DPRK,Y,,,\n");
        var ex = Assert.Throws<ListFormatException>(() => new UsCslCsvReader().Read([file]));
        Assert.Equal(3, ex.Line);
        Assert.Equal("csl.csv", ex.File);
    }

    [Fact]
    public void Unknown_type_is_refused()
    {
        var file = TestFiles.FromText("csl.csv", Header + "\n1,SDN,1,Spaceship,DPRK,X,,,,,,,,,,,,,,,,,,,,,,,\n");
        var ex = Assert.Throws<ListFormatException>(() => new UsCslCsvReader().Read([file]));
        Assert.Equal(2, ex.Line);
        Assert.Contains("Spaceship", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_and_header_only_file_are_refused()
    {
        Assert.Contains("empty", Assert.Throws<ListFormatException>(() => new UsCslCsvReader().Read([TestFiles.FromText("e.csv", "")])).Reason, StringComparison.Ordinal);
        Assert.Contains("no rows", Assert.Throws<ListFormatException>(() => new UsCslCsvReader().Read([TestFiles.FromText("h.csv", Header + "\n")])).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_in_the_ids_column_are_never_documents()
    {
        var documents = Snapshot.Value.Entities.SelectMany(e => e.Documents).ToList();
        Assert.DoesNotContain(documents, d => d.Type.Contains("Information", StringComparison.Ordinal) || d.Type.EndsWith(':') || d.Type.Contains("Date", StringComparison.Ordinal));
        Assert.Equal(1_657, documents.Count(d => d.Type == "Passport"));
    }
}
