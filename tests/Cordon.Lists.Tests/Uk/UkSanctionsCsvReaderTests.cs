using System.Text;
using Cordon.Core;
using Cordon.Lists.Tests.Un;
using Cordon.Lists.Uk;

namespace Cordon.Lists.Tests.Uk;

/// <summary>
/// The FCDO UK Sanctions List CSV. No real excerpt of the CSV could be found (only its header): the fixture is the real
/// XML excerpt's five designations written in the CSV's official 58-column layout (Fixtures/Real/README.md), so each is
/// checked against what the XML reader reads from the official XML, field by field.
/// </summary>
public sealed class UkSanctionsCsvReaderTests
{
    private static readonly Lazy<SourceFile> Csv = new(() => TestFiles.FromFixture("Uk", "uk-sanctions-list.csv"));

    private static readonly Lazy<ListSnapshot> FromCsv = new(() => ListLoader.Default.Load(Csv.Value).Snapshots.Single());

    private static readonly Lazy<ListSnapshot> FromXml = new(() => new UkSanctionsXmlReader().Read([TestFiles.FromFixture("Real", "uk-sanctions-list-excerpt.xml")]));

    [Fact]
    public void Is_detected_and_groups_the_rows_of_each_designation()
    {
        var s = FromCsv.Value;
        Assert.Equal(("uk-sanctions-csv", ListIds.UkSanctions), (s.Format, s.ListId));
        var ids = Encoding.UTF8.GetString(Csv.Value.Content.Span).Split('\n').Skip(2).Where(l => l.Length > 1).Select(l => l.Split(',')[1]).Distinct().ToList();
        Assert.Equal(ids, s.Entities.Select(e => e.SourceId));
        Assert.Equal(["AFG0001", "AFG0006", "BEL0107", "DPR0075", "AQD0195"], s.Entities.Select(e => e.SourceId));
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 0, 0, 0, TimeSpan.Zero), s.PublishedAt);
        Assert.Empty(s.SkippedRecords);
    }

    [Theory]
    [InlineData("AFG0001")]
    [InlineData("AFG0006")]
    [InlineData("BEL0107")]
    [InlineData("DPR0075")]
    [InlineData("AQD0195")]
    public void Each_designation_reads_as_from_the_official_xml(string id)
    {
        var csv = FromCsv.Value.Entities.Single(e => e.SourceId == id);
        var xml = FromXml.Value.Entities.Single(e => e.SourceId == id);
        Assert.Equal(xml.Type, csv.Type);
        Assert.Equal(xml.PrimaryName, csv.PrimaryName);
        Assert.Equal(xml.Aliases, csv.Aliases);
        Assert.Equal(xml.DatesOfBirth, csv.DatesOfBirth);
        Assert.Equal(xml.PlacesOfBirth, csv.PlacesOfBirth);
        Assert.Equal(xml.Nationalities, csv.Nationalities);
        Assert.Equal(xml.Gender, csv.Gender);
        Assert.Equal(xml.Titles, csv.Titles);
        Assert.Equal(xml.Documents, csv.Documents);
        Assert.Equal(xml.Addresses, csv.Addresses);
        Assert.Equal(xml.Programs, csv.Programs);
        Assert.Equal(xml.EmailAddresses, csv.EmailAddresses);
        Assert.Equal(xml.Websites, csv.Websites);
        Assert.Equal(xml.PhoneNumbers, csv.PhoneNumbers);
        Assert.Equal(xml.Links, csv.Links);
        Assert.Equal(xml.Particulars.OrderBy(p => p.Key), csv.Particulars.OrderBy(p => p.Key));
        Assert.Equal(xml.ListedOn, csv.ListedOn);
        Assert.Equal(xml.Remarks, csv.Remarks);
        Assert.Contains(id, csv.SourceRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_year_of_birth_keeps_its_year_and_weak_aliases_are_weak()
    {
        Assert.Contains(new PartialDate("1946", 1946), FromCsv.Value.Entities.Single(e => e.SourceId == "AFG0006").DatesOfBirth);
        Assert.Equal(
            [new Alias("BNK UK Limited", AliasStrength.Strong, "aka", "Good quality a.k.a"), new Alias("BNK", AliasStrength.Weak, "aka", "Low quality a.k.a")],
            FromCsv.Value.Entities.Single(e => e.SourceId == "BEL0107").Aliases);
    }

    [Fact]
    public void A_designation_of_an_unknown_type_is_skipped_with_the_line_of_its_first_row()
    {
        var text = Encoding.UTF8.GetString(Csv.Value.Content.Span).Replace(",Ship,UN,", ",Vehicle,UN,", StringComparison.Ordinal);
        var snapshot = new UkSanctionsCsvReader().Read([TestFiles.FromText("uk.csv", text)]);
        Assert.Equal(["AFG0001", "AFG0006", "BEL0107", "AQD0195"], snapshot.Entities.Select(e => e.SourceId));
        var skipped = Assert.Single(snapshot.SkippedRecords);
        Assert.Equal(("uk.csv", "DPR0075"), (skipped.File, skipped.RecordId));
        Assert.Equal(text[..text.IndexOf("DPR0075", StringComparison.Ordinal)].Count(c => c == '\n') + 1, skipped.Line);
        Assert.Contains("Vehicle", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognises_its_own_format_only_and_refuses_broken_files()
    {
        var reader = new UkSanctionsCsvReader();
        Assert.True(reader.CanRead([Csv.Value]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Real", "uk-sanctions-list-excerpt.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("bis-dpl", "dpl.txt")]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Csv", "internal-blocklist.csv")]));

        var text = Encoding.UTF8.GetString(Csv.Value.Content.Span);
        var unterminated = text.Replace("\"Ansari Market, 2nd Floor\"", "\"Ansari Market, 2nd Floor", StringComparison.Ordinal);
        var ex = Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.FromText("uk.csv", unterminated)]));
        Assert.Equal("uk.csv", ex.File);
        Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.FromText("uk.csv", "")]));
        var noColumns = Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.FromText("uk.csv", "Report Date: 10-Sep-2026\nLast Updated,Unique ID,OFSI Group ID\n1,2,3\n")]));
        Assert.Equal(2, noColumns.Line);
    }
}
