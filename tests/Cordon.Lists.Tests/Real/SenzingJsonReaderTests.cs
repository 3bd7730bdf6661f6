using System.Text;
using Cordon.Core;
using Cordon.Lists.OpenSanctions;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Real;

/// <summary>The Senzing reader on the first 40 records of a real OpenSanctions Senzing export (Fixtures/Real/README.md).</summary>
public sealed class SenzingJsonReaderTests
{
    private static SourceFile Excerpt => TestFiles.FromFixture("Real", "opensanctions-us-congress-senzing-excerpt.json");

    private static readonly Lazy<ListSnapshot> Snapshot = new(() => ListLoader.Default.Load(Excerpt).Snapshots.Single());

    private static ListedEntity Entry(string id) => Snapshot.Value.Entities.Single(e => e.SourceId == id);

    [Fact]
    public void Is_detected_and_reads_all_40_records()
    {
        var s = Snapshot.Value;
        Assert.Equal("senzing-json", s.Format);
        Assert.Equal("senzing-os_us_congress", s.ListId);
        Assert.Equal(40, s.Entities.Count);
        Assert.All(s.Entities, e => Assert.Equal(EntityType.Individual, e.Type));
        Assert.Empty(s.SkippedRecords);
    }

    [Theory]
    [InlineData("NK-AQ4HymsADSK2D63MkyTqfC", "Jennifer L. McClellan", "", 1972, "OPEN_SANCTIONS")]
    [InlineData("NK-SYCQV2fGyPnPLgUxvsbFVb", "Valerie P. Foushee", "", 1956, "OPEN_SANCTIONS")]
    [InlineData("NK-f3ERV8EH3xa3XoDBhajy7Y", "Delia C. Ramirez", "", 1983, "OPEN_SANCTIONS")]
    [InlineData("Q101196632", "Jake Auchincloss", "", 1988, "WIKIDATA")]
    [InlineData("Q101197341", "Diana Harshbarger", "", 1960, "WIKIDATA")]
    [InlineData("Q101198561", "Scott Franklin", "C. Scott Franklin", 1964, "WIKIDATA")]
    [InlineData("Q101204553", "Mary E. Miller", "", 1959, "WIKIDATA")]
    [InlineData("Q111285444", "Katie Boyd Britt", "Katie Britt", 1982, "WIKIDATA")]
    [InlineData("Q112610369", "Eugene Simon Vindman", "Eugene Vindman", 1975, "WIKIDATA")]
    [InlineData("Q113676482", "Nicholas J. Begich III", "Nicholas Begich", 1977, "WIKIDATA")]
    public void Ten_records_field_by_field(string id, string primary, string alias, int birthYear, string identifierType)
    {
        var e = Entry(id);
        Assert.Equal(primary, e.PrimaryName);
        Assert.Equal(alias.Length == 0 ? [] : [new Alias(alias, AliasStrength.Strong, "aka")], e.Aliases);
        Assert.Equal([new PartialDate(birthYear.ToString(System.Globalization.CultureInfo.InvariantCulture), birthYear)], e.DatesOfBirth);
        Assert.Equal(["us"], e.Nationalities);
        Assert.Equal([new IdentityDocument(identifierType, id)], e.Documents);
        Assert.Empty(e.Addresses);
        Assert.Equal("role.pep", e.Particulars["topics"]);
    }

    [Fact]
    public void The_array_form_reads_the_same_records()
    {
        var lines = Encoding.UTF8.GetString(Excerpt.Content.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var array = TestFiles.FromText("senzing.json", "[\n" + string.Join(",\n", lines) + "\n]\n");
        var s = ListLoader.Default.Load(array).Snapshots.Single();
        Assert.Equal("senzing-json", s.Format);
        Assert.Equal(Snapshot.Value.Entities.Select(e => (e.SourceId, e.PrimaryName)), s.Entities.Select(e => (e.SourceId, e.PrimaryName)));
    }

    [Fact]
    public void A_record_without_a_name_is_skipped()
    {
        var lines = Encoding.UTF8.GetString(Excerpt.Content.Span).Split('\n').ToList();
        lines[2] = lines[2].Replace("\"NAME_FULL\"", "\"NAME_NOTE\"", StringComparison.Ordinal);
        var s = new SenzingJsonReader().Read([TestFiles.FromText("senzing.json", string.Join('\n', lines))]);
        var skipped = Assert.Single(s.SkippedRecords);
        Assert.Equal((3L, "NK-f3ERV8EH3xa3XoDBhajy7Y"), (skipped.Line!.Value, skipped.RecordId));
        Assert.Equal(39, s.Entities.Count);
    }
}
