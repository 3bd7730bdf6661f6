using System.Text;
using Cordon.Core;
using Cordon.Lists.Eu;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Eu;

/// <summary>
/// The EU Financial Sanctions Files CSV. No real excerpt of the whole CSV could be found (only its header and the first
/// columns of two rows): the fixture is the real XML 1.1 excerpt's five entities written in the CSV's published layout,
/// one row per sub-record (Fixtures/Real/README.md), so each entity is checked against the XML reader field by field.
/// </summary>
public sealed class EuFsfCsvReaderTests
{
    private static readonly Lazy<SourceFile> Csv = new(() => TestFiles.FromFixture("Eu", "eu-fsf-1_1.csv"));

    private static readonly Lazy<ListSnapshot> FromCsv = new(() => ListLoader.Default.Load(Csv.Value).Snapshots.Single());

    private static readonly Lazy<ListSnapshot> FromXml = new(() => new EuFsfXmlReader().Read([TestFiles.FromFixture("Real", "eu-fsf-1_1-excerpt.xml")]));

    [Fact]
    public void Is_detected_and_groups_the_rows_of_each_entity()
    {
        var s = FromCsv.Value;
        Assert.Equal(("eu-fsf-csv", ListIds.EuFsf), (s.Format, s.ListId));
        Assert.Equal(["191", "521", "3822", "6106", "6177"], s.Entities.Select(e => e.SourceId));
        Assert.Equal(FromXml.Value.Entities.Count, s.Entities.Count);
        Assert.Equal(new DateTimeOffset(2026, 8, 5, 0, 0, 0, TimeSpan.Zero), s.PublishedAt);
        Assert.Empty(s.SkippedRecords);
    }

    [Theory]
    [InlineData("191")]
    [InlineData("521")]
    [InlineData("3822")]
    [InlineData("6106")]
    [InlineData("6177")]
    public void Each_entity_reads_as_from_the_official_xml(string id)
    {
        var csv = FromCsv.Value.Entities.Single(e => e.SourceId == id);
        var xml = FromXml.Value.Entities.Single(e => e.SourceId == id);
        Assert.Equal(xml.Type, csv.Type);
        Assert.Equal(xml.PrimaryName, csv.PrimaryName);
        Assert.Equal(xml.Aliases, csv.Aliases);
        Assert.Equal(xml.DatesOfBirth, csv.DatesOfBirth);
        Assert.Equal(xml.PlacesOfBirth, csv.PlacesOfBirth);
        Assert.Equal(xml.Nationalities, csv.Nationalities);
        Assert.Equal(xml.Citizenships, csv.Citizenships);
        Assert.Equal(xml.Gender, csv.Gender);
        Assert.Equal(xml.Titles, csv.Titles);
        Assert.Equal(xml.Documents, csv.Documents);
        Assert.Equal(xml.Addresses, csv.Addresses);
        Assert.Equal(xml.Programs, csv.Programs);
        Assert.Equal(xml.EmailAddresses, csv.EmailAddresses);
        Assert.Equal(xml.PhoneNumbers, csv.PhoneNumbers);
        Assert.Equal(xml.Websites, csv.Websites);
        Assert.Equal(xml.Particulars.OrderBy(p => p.Key), csv.Particulars.OrderBy(p => p.Key));
        Assert.Equal(xml.ListedOn, csv.ListedOn);
        Assert.Equal(xml.Remarks, csv.Remarks);
        Assert.Contains(";" + id + ";", csv.SourceRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void The_eu_rules_hold_from_the_csv_too()
    {
        // Primary name as the EU listed it, low-quality aliases weak, contact details parsed out of Address_ContactInfo.
        Assert.Equal("Khalid Sheikh MOHAMMED", FromCsv.Value.Entities.Single(e => e.SourceId == "191").PrimaryName);
        var asiri = FromCsv.Value.Entities.Single(e => e.SourceId == "6177");
        Assert.Equal(3, asiri.Aliases.Count(a => a.Strength == AliasStrength.Weak));
        var parchin = FromCsv.Value.Entities.Single(e => e.SourceId == "3822");
        Assert.Contains("+98 21 35243153", parchin.PhoneNumbers);
        Assert.Contains("http://icig.ir/", parchin.Websites);
    }

    [Fact]
    public void An_entity_without_a_name_is_skipped_and_reported()
    {
        var lines = Encoding.UTF8.GetString(Csv.Value.Content.Span).Split('\n');
        var header = lines[0].Split(';');
        var wholeName = Array.IndexOf(header, "NameAlias_WholeName");
        var nameless = lines.Select((l, i) => i > 0 && l.Contains(";521;", StringComparison.Ordinal)
            ? string.Join(';', l.Split(';').Select((f, c) => c == wholeName || header[c].StartsWith("NameAlias_", StringComparison.Ordinal) ? "" : f))
            : l);
        var snapshot = new EuFsfCsvReader().Read([TestFiles.FromText("eu.csv", string.Join('\n', nameless))]);
        Assert.Equal(["191", "3822", "6106", "6177"], snapshot.Entities.Select(e => e.SourceId));
        var skipped = Assert.Single(snapshot.SkippedRecords);
        Assert.Equal("521", skipped.RecordId);
        Assert.NotNull(skipped.Line);
    }

    [Fact]
    public void Recognises_its_own_format_only_and_refuses_broken_files()
    {
        var reader = new EuFsfCsvReader();
        Assert.True(reader.CanRead([Csv.Value]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Real", "eu-fsf-1_1-excerpt.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Uk", "uk-sanctions-list.csv")]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Csv", "internal-blocklist.csv")]));
        Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.FromText("eu.csv", "")]));
        var truncated = TestFiles.Truncated(Csv.Value, 0.5);
        var text = Encoding.UTF8.GetString(truncated.Content.Span);
        var ex = Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.FromText("eu.csv", text + "\"unterminated;")]));
        Assert.Equal("eu.csv", ex.File);
    }
}
