using Cordon.Core;
using Cordon.Lists.Tests.Un;
using Cordon.Lists.Uk;

namespace Cordon.Lists.Tests.Real;

/// <summary>The UK reader on an excerpt of the official FCDO UK Sanctions List XML (see Fixtures/Real/README.md).</summary>
public sealed class UkRealExcerptTests
{
    private static readonly Lazy<ListSnapshot> Snapshot = new(() =>
        new UkSanctionsXmlReader().Read([TestFiles.FromFixture("Real", "uk-sanctions-list-excerpt.xml")]));

    private static ListedEntity Entry(string id) => Snapshot.Value.Entities.Single(e => e.SourceId == id);

    [Fact]
    public void A_bare_year_date_of_birth_keeps_its_year()
    {
        var akhund = Entry("AFG0006");
        Assert.Equal(
            [new PartialDate("12/05/1958", 1958, 5, 12), new PartialDate("dd/mm/1945", 1945), new PartialDate("1946", 1946)],
            akhund.DatesOfBirth);
    }

    [Fact]
    public void Reads_every_designation_field_by_field()
    {
        Assert.Equal(["AFG0001", "AFG0006", "BEL0107", "DPR0075", "AQD0195"], Snapshot.Value.Entities.Select(e => e.SourceId));
        var akhund = Entry("AFG0006");
        Assert.Equal("MOHAMMAD HASSAN AKHUND", akhund.PrimaryName);
        Assert.Equal([new Alias("Mohammad Akhwand", AliasStrength.Strong, "aka"), new Alias("محمد حسن آخوند", AliasStrength.Strong, "original script")], akhund.Aliases);
        Assert.Equal(["Afghanistan"], akhund.Nationalities);
        Assert.Equal(["Pashmul village, Panjwai District, Afghanistan"], akhund.PlacesOfBirth);
        Assert.Equal([("Passport", "P04581926"), ("National Identification Number", "2132370")], akhund.Documents.Select(d => (d.Type, d.Number)));
        Assert.Equal([new PostalAddress("Kabul", Country: "Afghanistan")], akhund.Addresses);

        var bnk = Entry("BEL0107");
        Assert.Equal(
            [new Alias("BNK UK Limited", AliasStrength.Strong, "aka", "Good quality a.k.a"), new Alias("BNK", AliasStrength.Weak, "aka", "Low quality a.k.a")],
            bnk.Aliases);
        Assert.Equal(EntityType.Vessel, Entry("DPR0075").Type);
        Assert.Equal([new PartialDate("dd/mm/1972", 1972)], Entry("AQD0195").DatesOfBirth);
    }

    [Fact]
    public void A_designation_of_an_unknown_type_is_skipped_and_reported_not_the_whole_list_refused()
    {
        var text = File.ReadAllText(TestFiles.FromFixture("Real", "uk-sanctions-list-excerpt.xml").Name)
            .Replace("<IndividualEntityShip>Ship</IndividualEntityShip>", "<IndividualEntityShip>Vehicle</IndividualEntityShip>", StringComparison.Ordinal);
        var snapshot = new UkSanctionsXmlReader().Read([TestFiles.FromText("uk.xml", text)]);
        Assert.Equal(["AFG0001", "AFG0006", "BEL0107", "AQD0195"], snapshot.Entities.Select(e => e.SourceId));
        var skipped = Assert.Single(snapshot.SkippedRecords);
        Assert.Equal(("uk.xml", "DPR0075"), (skipped.File, skipped.RecordId));
        Assert.NotNull(skipped.Line);
        Assert.Contains("Vehicle", skipped.Reason, StringComparison.Ordinal);
    }
}
