using Cordon.Core;
using Cordon.Lists.Csv;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Csv;

/// <summary>A user's own list in CSV with a column mapping (the file is a user's file by nature: Fixtures/Csv/internal-blocklist.csv).</summary>
public sealed class GenericCsvReaderTests
{
    private const string Map = "id=Ref,name=Full name,alias=Other names,weak_alias=Weak names,type=Kind,dob=Born,nationality=Country,passport=Passport,email=Email,wallet=Wallet,program=Reason,listed_on=Added";

    private static string FixturePath => TestFiles.FromFixture("Csv", "internal-blocklist.csv").Name;

    private static GenericCsvReader Reader(string map = Map) => new(CsvColumnMap.Parse(map), "internal-blocklist", "Internal block list");

    [Fact]
    public void Reads_the_mapped_columns_and_skips_a_row_without_a_name()
    {
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxBadRecordShare = 0.25 });
        var result = loader.Load(FixturePath, Reader());
        var s = Assert.Single(result.Snapshots);
        Assert.Equal(("internal-blocklist", "Internal block list", "csv"), (s.ListId, s.ListName, s.Format));
        Assert.Equal(["BL-001", "BL-002", "BL-003", "BL-005"], s.Entities.Select(e => e.SourceId));
        Assert.Matches(@"internal-blocklist\.csv, line 5: record BL-004 skipped: the row has no name$", Assert.Single(result.Warnings));

        var akhund = s.Entities[0];
        Assert.Equal(EntityType.Individual, akhund.Type);
        Assert.Equal("Mohammad Hassan AKHUND", akhund.PrimaryName);
        Assert.Equal([new Alias("Mohammad Akhwand", AliasStrength.Strong, "aka")], akhund.Aliases);
        Assert.Equal([new PartialDate("1946", 1946), new PartialDate("dd/mm/1945", 1945)], akhund.DatesOfBirth);
        Assert.Equal(["Afghanistan"], akhund.Nationalities);
        Assert.Equal([new IdentityDocument("Passport", "P04581926")], akhund.Documents);
        Assert.Equal(new DateOnly(2024, 1, 15), akhund.ListedOn);

        var company = s.Entities[1];
        Assert.Equal(EntityType.Entity, company.Type);
        Assert.Equal(["Sobaeksu", "KST"], company.Aliases.Select(a => a.Name));
        Assert.Equal(["sales@sobaeksu.example"], company.EmailAddresses);

        var kim = s.Entities[2];
        Assert.Equal([new Alias("Kim, Jong-hyok", AliasStrength.Strong, "aka"), new Alias("Kim", AliasStrength.Weak, "aka")], kim.Aliases);
        Assert.Equal([new PartialDate("1985-03", 1985, 3)], kim.DatesOfBirth);
        Assert.Equal("134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak", Assert.Single(kim.DigitalCurrencyAddresses).Address);
        Assert.Equal(["IT worker fraud case 12"], kim.Programs);

        Assert.Equal(EntityType.Vessel, s.Entities[3].Type);
    }

    [Fact]
    public void Past_the_default_share_of_bad_rows_the_file_is_refused()
    {
        var e = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(FixturePath, Reader()));
        Assert.Contains("1 of 5 records could not be read", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_semicolon_separated_file_and_row_numbers_as_ids()
    {
        var file = TestFiles.FromText("list.csv", "Name;Birth\nJohn SMITH;1970-01-02\nACME Ltd;\n");
        var s = new GenericCsvReader(CsvColumnMap.Parse("name=Name,dob=Birth"), "mine").Read([file]);
        Assert.Equal([("row-1", "John SMITH"), ("row-2", "ACME Ltd")], s.Entities.Select(e => (e.SourceId, e.PrimaryName)));
        Assert.True(s.Entities[0].DatesOfBirth.Single().IsExact);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_is_named()
    {
        var file = TestFiles.FromText("list.csv", "Name,DOB\nX,1970\n");
        var e = Assert.Throws<ListFormatException>(() => new GenericCsvReader(CsvColumnMap.Parse("name=Name,dob=Birth date"), "mine").Read([file]));
        Assert.Contains("'Birth date' (for dob)", e.Reason, StringComparison.Ordinal);
        Assert.Contains("'DOB'", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dob=DOB", "must say which column holds the name")]
    [InlineData("name=Name,colour=Colour", "'colour' is not a field")]
    [InlineData("name=Name,name=Other", "mapped twice")]
    [InlineData("name", "is not field=Column")]
    public void A_bad_mapping_is_explained(string map, string message) =>
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => CsvColumnMap.Parse(map)).Message, StringComparison.Ordinal);
}
