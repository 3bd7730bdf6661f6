using System.Text;
using Cordon.Core;
using Cordon.Lists.Eu;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Eu;

/// <summary>The EU's first XML format ("XML 1.0", root <c>WHOLE</c>), on a real excerpt of the file of 30 October 2009 (Fixtures/Real/README.md).</summary>
public sealed class EuLegacyXmlReaderTests
{
    private static readonly Lazy<SourceFile> Excerpt = new(() => TestFiles.FromFixture("Real", "eu-xml-1_0-excerpt.xml"));

    private static readonly Lazy<ListSnapshot> Snapshot = new(() => ListLoader.Default.Load(Excerpt.Value).Snapshots.Single());

    private static ListedEntity Entry(string id) => Snapshot.Value.Entities.Single(e => e.SourceId == id);

    private static string Text => Encoding.UTF8.GetString(Excerpt.Value.Content.Span);

    [Fact]
    public void Is_detected_and_reads_every_entity_of_the_file()
    {
        var s = Snapshot.Value;
        Assert.Equal(("eu-xml-1.0", ListIds.EuFsf), (s.Format, s.ListId));
        Assert.Equal(Text.Split("<ENTITY ").Length - 1, s.Entities.Count);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "8", "9", "10", "11", "12", "13"], s.Entities.Select(e => e.SourceId));
        Assert.All(s.Entities, e => Assert.Equal(EntityType.Individual, e.Type));
        Assert.Equal(new DateTimeOffset(2009, 10, 30, 0, 0, 0, TimeSpan.Zero), s.PublishedAt);
        Assert.Empty(s.SkippedRecords);
    }

    [Fact]
    public void Maps_an_entity_field_by_field()
    {
        var mugabe = Entry("1");
        Assert.Equal("Robert Gabriel Mugabe", mugabe.PrimaryName);
        Assert.Empty(mugabe.Aliases);
        Assert.Equal([PartialDate.Of(new DateOnly(1924, 2, 21))], mugabe.DatesOfBirth);
        Assert.Equal("Male", mugabe.Gender);
        Assert.Empty(mugabe.Titles);
        Assert.Equal("President", mugabe.Particulars["function"]);
        Assert.Equal([new IdentityDocument("Passport", "AD001095")], mugabe.Documents);
        Assert.Equal(["ZWE"], mugabe.Programs);

        // No designation date in this format: the earliest act citing the entity (its name, of 2005), not the amending act of 2009.
        Assert.Equal(new DateOnly(2005, 6, 16), mugabe.ListedOn);
        Assert.StartsWith("Date of designation referred to in Article 7 (2): 21.2.2002.", mugabe.Remarks, StringComparison.Ordinal);
        Assert.StartsWith("<ENTITY Id=\"1\"", mugabe.SourceRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_every_name_once_the_first_listed_as_primary_and_functions_apart_from_titles()
    {
        var buka = Entry("2");
        Assert.Equal("Flora Buka", buka.PrimaryName);
        Assert.Equal([new Alias("Flora Bhuka", AliasStrength.Strong, "aka")], buka.Aliases);
        Assert.Equal("Female", buka.Gender);
        Assert.Equal(
            "President’s office and former Minister of State for Special Affairs responsible for Land and Resettlement Programmes; Former Minister of State in the Vice-President’s office; Former Minister of State for the Land Reform in the President's Office",
            buka.Particulars["function"]);

        var chiwenga = Entry("10");
        Assert.Equal(["General"], chiwenga.Titles);
        Assert.Equal([PartialDate.Of(new DateOnly(1956, 8, 25))], chiwenga.DatesOfBirth);
        Assert.Null(Entry("6").Gender);
    }

    [Fact]
    public void Reads_written_out_dates_places_and_citizenship()
    {
        var saddam = Entry("13");
        Assert.Equal("Saddam Hussein Al-Tikriti", saddam.PrimaryName);
        Assert.Equal([new Alias("Abu Ali", AliasStrength.Strong, "aka"), new Alias("Abou Ali", AliasStrength.Strong, "aka")], saddam.Aliases);
        Assert.Equal([PartialDate.Of(new DateOnly(1937, 4, 28))], saddam.DatesOfBirth);
        Assert.Equal(["al-Awja, near Tikrit", "Al-Awja, near Tikrit (J.O. ES)"], saddam.PlacesOfBirth);
        Assert.Equal(["IRQ"], saddam.Citizenships);
        Assert.Equal(["IRQ"], saddam.Programs);
        Assert.Equal(new DateOnly(2003, 7, 9), saddam.ListedOn);
        Assert.Equal("UNSC RESOLUTION 1483", saddam.Remarks);
    }

    [Fact]
    public void An_entity_of_an_unknown_type_or_without_a_name_is_skipped_and_reported()
    {
        var text = Text.Replace("<ENTITY Id=\"3\" Type=\"P\"", "<ENTITY Id=\"3\" Type=\"X\"", StringComparison.Ordinal)
            .Replace("<LASTNAME>Charumbira</LASTNAME>\n<FIRSTNAME>Fortune</FIRSTNAME>\n<MIDDLENAME>Zefanaya</MIDDLENAME>", "<LASTNAME></LASTNAME>\n<FIRSTNAME></FIRSTNAME>\n<MIDDLENAME></MIDDLENAME>", StringComparison.Ordinal);
        var snapshot = new EuLegacyXmlReader().Read([TestFiles.FromText("global.xml", text)]);
        Assert.Equal(10, snapshot.Entities.Count);
        Assert.Equal(["3", "4"], snapshot.SkippedRecords.Select(r => r.RecordId));
        Assert.Contains("'X'", snapshot.SkippedRecords[0].Reason, StringComparison.Ordinal);
        Assert.Equal(text[..text.IndexOf("<ENTITY Id=\"3\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1, snapshot.SkippedRecords[0].Line);
        Assert.Contains("no nameAlias", snapshot.SkippedRecords[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognises_its_own_format_only_and_refuses_a_truncated_file()
    {
        var reader = new EuLegacyXmlReader();
        Assert.True(reader.CanRead([Excerpt.Value]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Real", "eu-fsf-1_1-excerpt.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("un", "UN_consolidated.xml")]));
        Assert.False(new EuFsfXmlReader().CanRead([Excerpt.Value]));
        var ex = Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.Truncated(Excerpt.Value, 0.5)]));
        Assert.Contains("malformed or truncated", ex.Reason, StringComparison.Ordinal);
    }
}
