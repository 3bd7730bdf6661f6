using Cordon.Core;
using Cordon.Lists.OpenSanctions;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Real;

/// <summary>The FollowTheMoney reader on a real OpenSanctions export (Fixtures/Real/README.md).</summary>
public sealed class FtmJsonReaderTests
{
    private static readonly Lazy<ListSnapshot> Snapshot = new(() =>
        ListLoader.Default.Load(TestFiles.FromFixture("Real", "opensanctions-zala-entities.ftm.json")).Snapshots.Single());

    private static ListedEntity Entry(string id) => Snapshot.Value.Entities.Single(e => e.SourceId == id);

    [Fact]
    public void Is_detected_and_reads_the_14_targets_of_the_91_entities()
    {
        var s = Snapshot.Value;
        Assert.Equal("ftm-json", s.Format);
        Assert.Equal("ftm-opensanctions-zala-entities", s.ListId);

        // 91 lines: 17 parties of which 14 are targets, and 74 addresses, sanctions, documents and relations.
        Assert.Equal(14, s.Entities.Count);
        Assert.Empty(s.SkippedRecords);
        Assert.Equal(6, s.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.All(s.Entities, e => Assert.Equal(s.ListId, e.ListId));
    }

    // id, primary name, aliases, of which weak, dates (birth or incorporation), documents, addresses — read from the file.
    [Theory]
    [InlineData("NK-2Tbri3s6GgNtAwsSXh4qpL", "Maria Aleksandrovna Osetrova", 15, 0, "1988-01-07", 6, 2)]
    [InlineData("NK-DQ98GPMgdVH8DSZd8g9Xtc", "Svetlana Nikolaevna Zakharova", 6, 0, "1964-03-18", 5, 3)]
    [InlineData("NK-DSxJ9ZzHxBBMyEMnnTBhai", "Акціонерне товариство \"ТрансКомплектХолдинг\"", 3, 0, "2019-03-26", 3, 3)]
    [InlineData("NK-ERScv7cLkkvZ3ejz7xiToj", "Товариство з обмеженою відповідальністю \"РТЦ\"", 4, 0, "2022-04-22", 3, 3)]
    [InlineData("NK-JseaPJctnK9o8wrmz8xmoT", "Nikita Aleksandrovich Zakharov", 11, 0, "1986-10-27", 5, 2)]
    [InlineData("NK-aU5ybkbRFJucf8YMwsJvDw", "Alexander Vyacheslavovich ZAKHAROV", 16, 0, "1965-09-21", 4, 2)]
    [InlineData("NK-abdzbEBkqyT29GyREbiURZ", "LLC CST", 58, 7, "2010-12-24", 11, 27)]
    [InlineData("NK-cWSvGMvufNH5KwEV88FwTA", "Limited Liability Company Unmanned Systems", 18, 0, "2005-11-03,2002-07-31,2012-10-29", 11, 15)]
    [InlineData("NK-hUAjuiA3vTKXF6v2X6MYnS", "Lavrentiy Aleksandrovich ZAKHAROV", 6, 0, "1999-02-26", 3, 3)]
    [InlineData("NK-mCEmxFfuhfdjpC8gsxH74o", "Абашкін Костянтин Ігорьович", 4, 0, "1986-06-24", 1, 0)]
    public void Ten_entries_field_by_field(string id, string primary, int aliases, int weak, string dates, int documents, int addresses)
    {
        var e = Entry(id);
        Assert.Equal(primary, e.PrimaryName);
        Assert.Equal(aliases, e.Aliases.Count);
        Assert.Equal(weak, e.Aliases.Count(a => a.Strength == AliasStrength.Weak));
        Assert.Equal(dates.Split(','), e.DatesOfBirth.Select(d => d.Text));
        Assert.All(e.DatesOfBirth, d => Assert.True(d.IsExact));
        Assert.Equal(documents, e.Documents.Count);
        Assert.Equal(addresses, e.Addresses.Count);
    }

    [Fact]
    public void A_person_in_detail()
    {
        var lavrentiy = Entry("NK-hUAjuiA3vTKXF6v2X6MYnS");
        Assert.Equal(EntityType.Individual, lavrentiy.Type);
        Assert.Equal("Male", lavrentiy.Gender);
        Assert.Equal(["ru"], lavrentiy.Nationalities);
        Assert.Equal(["Russia", "Izhevsk", "Izhevsk, Russia"], lavrentiy.PlacesOfBirth);
        Assert.Equal([new IdentityDocument("Passport", "089132114")], lavrentiy.Documents.Where(d => d.Type == "Passport"));
        Assert.Contains(new PostalAddress("Flat 612, Romney House, 47 Marsham Street, London SW1P 3DS"), lavrentiy.Addresses);
        Assert.Equal(["US-RUSHAR", "GB-RUS"], lavrentiy.Programs);

        var alexander = Entry("NK-aU5ybkbRFJucf8YMwsJvDw");
        Assert.Contains(new PostalAddress("272 Pushkinskaya Street, Apt 41", "Izhevsk", null, "426008", "ru"), alexander.Addresses);
        Assert.Equal(["Propriétaire de LLC CST", "Owner of LLC CST"], alexander.Titles);

        // Programs from the entity and from its 13 Sanction entities; listed on the earliest sanction's date.
        Assert.Contains("SECO-UKRAINE", alexander.Programs);
        Assert.Equal(new DateOnly(2023, 7, 1), alexander.ListedOn);
        Assert.Contains(alexander.Links, l => l.Relation == "owned by" || l.Relation.StartsWith("has ", StringComparison.Ordinal));
    }

    [Fact]
    public void Weak_aliases_are_weak_and_a_company_keeps_its_contacts()
    {
        var cst = Entry("NK-abdzbEBkqyT29GyREbiURZ");
        Assert.Equal(EntityType.Entity, cst.Type);
        Assert.Contains(new Alias("OOO TSST", AliasStrength.Weak, "aka"), cst.Aliases);
        Assert.Contains("info@zala.aero", cst.EmailAddresses);
        Assert.Contains("https://zala-aero.com/", cst.Websites);
        Assert.Equal(["ru"], cst.Nationalities);
    }

    [Fact]
    public void A_line_that_is_not_json_is_skipped_with_its_line_number()
    {
        var text = File.ReadAllText(TestFiles.FromFixture("Real", "opensanctions-zala-entities.ftm.json").Name);
        var lines = text.Split('\n');
        lines[4] = lines[4][..40];
        var s = new FtmJsonReader().Read([TestFiles.FromText("entities.ftm.json", string.Join('\n', lines))]);
        var skipped = Assert.Single(s.SkippedRecords);
        Assert.Equal(5, skipped.Line);
        Assert.Contains("not valid JSON", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(13, s.Entities.Count);
    }
}
