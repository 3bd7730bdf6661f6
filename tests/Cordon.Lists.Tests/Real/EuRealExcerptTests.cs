using Cordon.Core;
using Cordon.Lists.Eu;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Real;

/// <summary>The EU reader on an excerpt of the official EU XML 1.1 file (see Fixtures/Real/README.md).</summary>
public sealed class EuRealExcerptTests
{
    private static readonly Lazy<ListSnapshot> Snapshot = new(() =>
        new EuFsfXmlReader().Read([TestFiles.FromFixture("Real", "eu-fsf-1_1-excerpt.xml")]));

    private static ListedEntity Entry(string logicalId) => Snapshot.Value.Entities.Single(e => e.SourceId == logicalId);

    [Fact]
    public void Reads_the_five_entries_of_the_excerpt()
    {
        Assert.Equal(["191", "521", "3822", "6106", "6177"], Snapshot.Value.Entities.Select(e => e.SourceId));
        Assert.Empty(Snapshot.Value.SkippedRecords);
    }

    [Theory]
    [InlineData("191", "Khalid Sheikh MOHAMMED")]
    [InlineData("3822", "Parchin Chemical Industries (PCI)")]
    [InlineData("6177", "Ibrahim Hassan Tali Al-Asiri")]
    [InlineData("6106", "Abu Zayd Umar DORDA")]
    public void The_primary_name_is_the_one_the_EU_listed_first_in_Latin_script(string logicalId, string primary)
    {
        var entry = Entry(logicalId);
        Assert.Equal(primary, entry.PrimaryName);
        Assert.DoesNotContain(entry.Aliases, a => a.Name == primary);
    }

    [Fact]
    public void Every_other_name_is_kept_as_an_alias()
    {
        var ksm = Entry("191");
        Assert.Equal(
            ["Bin Khalid Fahd Bin Adballah", "Wadood Khalid Adbul", "Henin Ashraf Refaat Nabith", "Bin Khalid Fahd Bin Abdallah", "Wadood Khalid Abdul", "Ali Salem"],
            ksm.Aliases.Select(a => a.Name));
        Assert.All(ksm.Aliases, a => Assert.Equal(AliasStrength.Strong, a.Strength));
        Assert.Contains(Entry("3822").Aliases, a => a.Name == "صنایع شیمیایی پارچین");
        Assert.Contains(Entry("6177").Aliases, a => a.Name == "إبراهيم حسن طالع عسيري");
    }

    [Fact]
    public void Low_quality_aliases_are_weak_though_the_EU_flags_them_strong()
    {
        var asiri = Entry("6177");
        Assert.Equal(
            [
                new Alias("Abu-Salaah", AliasStrength.Weak, "aka", "low quality alias"),
                new Alias("Abosslah", AliasStrength.Weak, "aka", "low quality alias"),
                new Alias("Abu Saleh", AliasStrength.Weak, "aka", "low quality aliias"),
            ],
            asiri.Aliases.Where(a => a.Strength == AliasStrength.Weak));
        Assert.Equal(new Alias("Ibrahim al-'Asiri", AliasStrength.Strong, "aka", "good quality alias"), asiri.Aliases.Single(a => a.Name == "Ibrahim al-'Asiri"));
    }

    [Fact]
    public void Alias_remarks_are_kept()
    {
        Assert.Equal("Parchin Chemical Factories", Entry("3822").Aliases.Single(a => a.Name == "PCF").Note);
        Assert.Equal("Good quality alias", Entry("6106").Aliases.Single(a => a.Name == "Dorda Abuzed OE").Note);
    }

    [Fact]
    public void Listed_on_is_the_designation_date_never_the_amending_regulation()
    {
        // 191 has no designationDate; its <regulation> is the 2025 amendment, not the listing.
        Assert.Null(Entry("191").ListedOn);
        Assert.Equal(new DateOnly(2008, 6, 23), Entry("3822").ListedOn);
        Assert.Equal(new DateOnly(2011, 3, 24), Entry("6177").ListedOn);
    }

    [Fact]
    public void Function_is_not_a_title()
    {
        var jan = Entry("521");
        Assert.Equal(["Maulavi"], jan.Titles);
        Assert.Equal("Minister of Water and Electricity under the Taliban regime", jan.Particulars["function"]);
        var pci = Entry("3822");
        Assert.Empty(pci.Titles);
        Assert.StartsWith("Parchin Chemical Industries (PCI) produces ammunition", pci.Particulars["function"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_for_an_unknown_city_is_not_part_of_the_birth_place()
    {
        var ksm = Entry("191");
        Assert.Equal(["PAKISTAN"], ksm.PlacesOfBirth);
        Assert.Equal([PartialDate.Of(new DateOnly(1965, 4, 14)), PartialDate.Of(new DateOnly(1964, 3, 1))], ksm.DatesOfBirth);
    }

    [Fact]
    public void Documents_addresses_and_dates_are_read_field_by_field()
    {
        var asiri = Entry("6177");
        Assert.Equal(["SAUDI ARABIA"], asiri.Nationalities);
        Assert.Equal([PartialDate.Of(new DateOnly(1982, 4, 18)), PartialDate.Of(new DateOnly(1982, 4, 19))], asiri.DatesOfBirth);
        Assert.Equal(["Riyadh, SAUDI ARABIA"], asiri.PlacesOfBirth);
        Assert.Equal([new PostalAddress(Country: "YEMEN")], asiri.Addresses);
        Assert.Equal(
            [("National identification card", "1028745097", "SAUDI ARABIA"), ("National passport", "F654645", "SAUDI ARABIA")],
            asiri.Documents.Select(d => (d.Type, d.Number, d.Country)));
        Assert.Contains("known to be expired", asiri.Documents[1].Note, StringComparison.Ordinal);

        var jan = Entry("521");
        Assert.Equal([new PartialDate("1953 to 1958", 1953, YearTo: 1958, Approximate: true)], jan.DatesOfBirth);
        Assert.Equal(["Tirin Kot District, Uruzgan Province, AFGHANISTAN", "Kandahar province, AFGHANISTAN"], jan.PlacesOfBirth);

        var pci = Entry("3822");
        Assert.Equal(6, pci.Addresses.Count);
        Assert.Equal(new PostalAddress("Pasdaran Square, P.O. Box 16765/358", "Tehran", null, null, "IRAN (ISLAMIC REPUBLIC OF)"), pci.Addresses[0]);
        Assert.Equal(["http://icig.ir/"], pci.Websites);
        Assert.Equal(["+98 21 2258929", "+98 21 35243153", "+98 21 3130626"], pci.PhoneNumbers);
        Assert.Equal([("Registration Number", "892")], pci.Documents.Select(d => (d.Type, d.Number)));
    }
}
