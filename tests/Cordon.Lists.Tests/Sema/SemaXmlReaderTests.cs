using System.Text;
using Cordon.Core;
using Cordon.Lists.Sema;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Sema;

/// <summary>The Consolidated Canadian Autonomous Sanctions List, on real records of the official export (Fixtures/Real/README.md).</summary>
public sealed class SemaXmlReaderTests
{
    private static readonly Lazy<SourceFile> Excerpt = new(() => TestFiles.FromFixture("Real", "sema-excerpt.xml"));

    private static readonly Lazy<ListSnapshot> Snapshot = new(() => ListLoader.Default.Load(Excerpt.Value).Snapshots.Single());

    private static string Text => Encoding.UTF8.GetString(Excerpt.Value.Content.Span);

    private static ListedEntity Named(string name) => Snapshot.Value.Entities.Single(e => e.PrimaryName == name);

    [Fact]
    public void Is_detected_and_reads_every_record_with_an_id_unique_per_regime_schedule_and_item()
    {
        var s = Snapshot.Value;
        Assert.Equal(("sema-xml", ListIds.CaSema), (s.Format, s.ListId));
        Assert.Equal(Text.Split("<record>").Length - 1, s.Entities.Count);
        Assert.Equal(
            [
                "Russia / 1, Part 1 / 94", "Russia / 1, Part 2 / 1", "Russia / 1.1 / 2",
                "Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR) / 1",
                "Belarus / 1, Part 1 / 1", "Russia / 1.1 / 1", "Belarus / 1, Part 2 / 1",
            ],
            s.Entities.Select(e => e.SourceId));
        Assert.Empty(s.SkippedRecords);
    }

    [Fact]
    public void Maps_individuals_entities_and_ships_field_by_field()
    {
        var akimov = Named("Andrey Igorevich AKIMOV");
        Assert.Equal(EntityType.Individual, akimov.Type);
        Assert.Equal([new Alias("Andrei", AliasStrength.Strong, "aka")], akimov.Aliases);
        Assert.Equal([new PartialDate("1953-09-22", 1953, 9, 22)], akimov.DatesOfBirth);
        Assert.Equal(["Russia"], akimov.Programs);
        Assert.Equal(("1, Part 1", "94"), (akimov.Particulars["schedule"], akimov.Particulars["item"]));
        Assert.Equal(new DateOnly(2019, 3, 15), akimov.ListedOn);

        var bank = Named("Aktsionerny Bank Russian Federation");
        Assert.Equal(EntityType.Entity, bank.Type);
        Assert.Equal([new Alias("Bank Rossiya", AliasStrength.Strong, "aka")], bank.Aliases);

        var maria = Named("M/V Maria");
        Assert.Equal(EntityType.Vessel, maria.Type);
        Assert.Equal([new IdentityDocument("IMO Number", "8517839")], maria.Documents);
        Assert.Equal("General Cargo", maria.Particulars["ship type"]);
        Assert.Equal("1986", maria.Particulars["build date"]);
        Assert.Empty(maria.DatesOfBirth);

        var maduro = Named("Nicolás MADURO MOROS");
        Assert.Equal(["Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR)"], maduro.Programs);
        Assert.Equal(new DateOnly(2017, 11, 3), maduro.ListedOn);

        Assert.Equal("General Cargo/Multi Purpose", Named("Balitiyskiy III").Particulars["ship type"]);
        Assert.Equal(EntityType.Entity, Named("Belaeronavigatsia Republican Unitary Air Navigation Services Enterprise").Type);
        Assert.Equal(["Belarus"], Named("Khazalbek Bakhtibekovich Atabekov").Programs);
    }

    [Fact]
    public void The_english_only_field_names_of_older_files_read_the_same()
    {
        var legacy = "<?xml version=\"1.0\"?><data-set><record><Country>Belarus / Bélarus</Country><LastName>Atabekov</LastName><GivenName>Khazalbek Bakhtibekovich</GivenName><Schedule>1, Part 1</Schedule><Item>1</Item><DateOfListing>2020-09-28</DateOfListing></record></data-set>";
        var old = Assert.Single(new SemaXmlReader().Read([TestFiles.FromText("sema-lmes.xml", legacy)]).Entities);
        var current = Named("Khazalbek Bakhtibekovich Atabekov");
        Assert.Equal((current.SourceId, current.PrimaryName, current.Type, current.ListedOn), (old.SourceId, old.PrimaryName, old.Type, old.ListedOn));
    }

    [Fact]
    public void A_record_without_a_name_is_skipped_with_its_line()
    {
        var text = Text.Replace("<EntityOrShip-EntiteOuNavire>Aktsionerny Bank Russian Federation</EntityOrShip-EntiteOuNavire>", "", StringComparison.Ordinal);
        var snapshot = new SemaXmlReader().Read([TestFiles.FromText("sema-lmes.xml", text)]);
        Assert.Equal(6, snapshot.Entities.Count);
        var skipped = Assert.Single(snapshot.SkippedRecords);
        Assert.Equal("Russia / 1, Part 2 / 1", skipped.RecordId);
        var record = text.LastIndexOf("<record>", text.IndexOf("<Aliases-Alias>Bank Rossiya", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(text[..record].Count(c => c == '\n') + 1, skipped.Line);
        Assert.Contains("no name", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognises_its_own_format_only_and_refuses_a_truncated_file()
    {
        var reader = new SemaXmlReader();
        Assert.True(reader.CanRead([Excerpt.Value]));
        Assert.False(reader.CanRead([TestFiles.FromText("other.xml", "<data-set><row><a>1</a></row></data-set>")]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Real", "seco-excerpt.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("un", "UN_consolidated.xml")]));
        var ex = Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.Truncated(Excerpt.Value, 0.5)]));
        Assert.Contains("malformed or truncated", ex.Reason, StringComparison.Ordinal);
    }
}
