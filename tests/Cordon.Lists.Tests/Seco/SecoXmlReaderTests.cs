using System.Text;
using Cordon.Core;
using Cordon.Lists.Seco;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Seco;

/// <summary>
/// The Swiss SECO list: a real trimmed excerpt of the export (three targets, one de-listed) and three UN DPRK listings
/// written in the official schema, checked against what the UN reader reads from the real UN file (Fixtures/Real/README.md).
/// </summary>
public sealed class SecoXmlReaderTests
{
    private static readonly Lazy<SourceFile> Real = new(() => TestFiles.FromFixture("Real", "seco-excerpt.xml"));

    private static readonly Lazy<SourceFile> FromSchema = new(() => TestFiles.FromFixture("Seco", "seco-from-schema.xml"));

    private static readonly Lazy<ListSnapshot> RealSnapshot = new(() => ListLoader.Default.Load(Real.Value).Snapshots.Single());

    private static readonly Lazy<ListSnapshot> SchemaSnapshot = new(() => new SecoXmlReader().Read([FromSchema.Value]));

    [Fact]
    public void Reads_the_real_excerpt_leaving_out_the_de_listed_target()
    {
        var s = RealSnapshot.Value;
        Assert.Equal(("seco-xml", ListIds.ChSeco), (s.Format, s.ListId));
        var text = Encoding.UTF8.GetString(Real.Value.Content.Span);
        Assert.Equal(3, text.Split("<target ").Length - 1);
        Assert.Equal(["46130", "34461"], s.Entities.Select(e => e.SourceId));
        Assert.Empty(s.SkippedRecords);
        Assert.Equal(new DateTimeOffset(2026, 8, 27, 0, 0, 0, TimeSpan.Zero), s.PublishedAt);

        var bank = s.Entities[0];
        Assert.Equal((EntityType.Entity, "Belagroprombank"), (bank.Type, bank.PrimaryName));
        Assert.Empty(bank.Aliases);
        Assert.Equal(["Belarus"], bank.Programs);
        Assert.Equal("article 16 and 17 -- Restrictions on the money and capital market", bank.Particulars["sanctions set"]);
        Assert.Equal("EU", bank.Particulars["origin"]);
        Assert.Equal(new DateOnly(2021, 8, 11), bank.ListedOn);
        Assert.Equal("State-owned bank subject to restrictions on the money and capital market.", bank.Remarks);

        var ship = s.Entities[1];
        Assert.Equal((EntityType.Vessel, "Hui Chon"), (ship.Type, ship.PrimaryName));
        Assert.Equal([new Alias("Hwang Gum San 2", AliasStrength.Strong, "aka")], ship.Aliases);
        Assert.Equal(["North Korea"], ship.Programs);
        Assert.Equal("IMO Number: 8405270", ship.Remarks);
        Assert.Equal(new DateOnly(2016, 5, 18), ship.ListedOn);
    }

    [Fact]
    public void A_target_relisted_after_an_old_de_listing_and_its_nested_history_are_read_right()
    {
        // Make the real de-listed target current again: its history (a nested older identity) must not leak in.
        var text = Encoding.UTF8.GetString(Real.Value.Content.Span)
            .Replace("<modification modification-type=\"de-listed\"", "<modification modification-type=\"listed\" enactment-date=\"2020-01-01\" publication-date=\"2020-01-01\" effective-date=\"2020-01-01\"/>\n    <modification modification-type=\"de-listed\"", StringComparison.Ordinal);
        var lukashenka = new SecoXmlReader().Read([TestFiles.FromText("seco.xml", text)]).Entities.Single(e => e.SourceId == "5142");
        Assert.Equal("Lukashenka Dzmitry Aliaksandravich", lukashenka.PrimaryName);
        Assert.Equal([new Alias("Lukashenko Dzmitry Aliaksandravich", AliasStrength.Strong, "spelling variant")], lukashenka.Aliases);
        Assert.Equal([new PartialDate("1980-03-23", 1980, 3, 23)], lukashenka.DatesOfBirth);
        Assert.Equal([new PostalAddress("c/o President's Sports Club, ul. Starovilenskaya, 4", PostalCode: "220029")], lukashenka.Addresses);
        Assert.Equal("140", lukashenka.Particulars["foreign identifier"]);
        Assert.Equal(
            "Businessman, with active participation in financial operations involving the Lukashenka family.\nTravel ban according to article 3 paragraph 1 does not apply until 15 March 2016.",
            lukashenka.Remarks);
    }

    [Theory]
    [InlineData("910100", "KPi.006")]
    [InlineData("910200", "KPi.033")]
    [InlineData("910300", "KPi.064")]
    public void A_un_listing_written_in_the_seco_schema_reads_like_the_un_file(string ssid, string unReference)
    {
        var un = ListLoader.Default.Load(SharedData.Path("lists", "un", "UN_consolidated.xml")).Snapshots.Single()
            .Entities.Single(e => e.Particulars.Values.Contains(unReference) || e.SourceId == unReference);
        var seco = SchemaSnapshot.Value.Entities.Single(e => e.SourceId == ssid);
        Assert.Equal(un.Type, seco.Type);
        Assert.Equal(Letters(un.PrimaryName), Letters(seco.PrimaryName));
        Assert.Equal(un.Aliases.Select(a => (Letters(a.Name), a.Strength)), seco.Aliases.Select(a => (Letters(a.Name), a.Strength)));
        Assert.Equal(un.DatesOfBirth.Select(d => (d.Year, d.Month, d.Day)), seco.DatesOfBirth.Select(d => (d.Year, d.Month, d.Day)));
        Assert.Equal(un.Documents.Select(d => d.Number.Trim()).Distinct(), seco.Documents.Select(d => d.Number));
        Assert.Equal(unReference, seco.Particulars["foreign identifier"]);
        Assert.Equal(["North Korea"], seco.Nationalities);
        Assert.Equal(["North Korea"], seco.Programs);
    }

    [Fact]
    public void Maps_places_documents_gender_and_relations()
    {
        var paek = SchemaSnapshot.Value.Entities.Single(e => e.SourceId == "910100");
        Assert.Equal(["Kaesong, North Korea"], paek.PlacesOfBirth);
        Assert.Equal([new IdentityDocument("passport", "381420754", "North Korea", "issued 2011-12-07; expires 2016-12-07")], paek.Documents);
        Assert.Equal("Male", paek.Gender);
        Assert.Equal([new EntityLink("associated-with", "Paek Chang-Ho", "910100")], SchemaSnapshot.Value.Entities.Single(e => e.SourceId == "910300").Links);
        Assert.Equal(new DateOnly(2016, 12, 8), SchemaSnapshot.Value.Entities.Single(e => e.SourceId == "910200").ListedOn);
    }

    [Fact]
    public void A_partial_date_keeps_what_it_has_and_an_unknown_object_type_is_skipped()
    {
        var text = Encoding.UTF8.GetString(FromSchema.Value.Content.Span)
            .Replace("day=\"25\" month=\"7\" year=\"1978\"", "year=\"1978\"", StringComparison.Ordinal);
        Assert.Equal([new PartialDate("1978", 1978)], new SecoXmlReader().Read([TestFiles.FromText("seco.xml", text)]).Entities.Single(e => e.SourceId == "910300").DatesOfBirth);

        var odd = Encoding.UTF8.GetString(Real.Value.Content.Span).Replace("object-type=\"vessel\"", "object-type=\"submarine\"", StringComparison.Ordinal);
        var snapshot = new SecoXmlReader().Read([TestFiles.FromText("seco.xml", odd)]);
        Assert.Equal(["46130"], snapshot.Entities.Select(e => e.SourceId));
        var skipped = Assert.Single(snapshot.SkippedRecords);
        Assert.Equal("34461", skipped.RecordId);
        Assert.Contains("submarine", skipped.Reason, StringComparison.Ordinal);
        Assert.NotNull(skipped.Line);
    }

    [Fact]
    public void Recognises_its_own_format_only_and_refuses_a_truncated_file()
    {
        var reader = new SecoXmlReader();
        Assert.True(reader.CanRead([Real.Value]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Real", "eu-fsf-1_1-excerpt.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("un", "UN_consolidated.xml")]));
        var ex = Assert.Throws<ListFormatException>(() => reader.Read([TestFiles.Truncated(Real.Value, 0.5)]));
        Assert.Contains("malformed or truncated", ex.Reason, StringComparison.Ordinal);
    }

    private static string Letters(string name) => new(name.ToUpperInvariant().Where(char.IsLetter).Order().ToArray());
}
