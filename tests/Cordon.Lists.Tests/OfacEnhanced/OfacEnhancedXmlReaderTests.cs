using System.IO.Compression;
using Cordon.Core;
using Cordon.Lists.OfacEnhanced;

namespace Cordon.Lists.Tests.OfacEnhanced;

public sealed class OfacEnhancedXmlReaderTests
{
    private static readonly Lazy<ListSnapshot> Cons = new(() =>
    {
        var result = ListLoader.Default.Load(ZipPath);
        Assert.Empty(result.Warnings);
        return Assert.Single(result.Snapshots);
    });

    private static string ZipPath => SharedData.Path("lists", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP");

    private static ListedEntity Entry(string id) => Assert.Single(Cons.Value.Entities, e => e.SourceId == id);

    internal static byte[] XmlBytes()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        using var stream = zip.Entries.Single().Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Reads_443_entities_of_the_consolidated_list()
    {
        var cons = Cons.Value;
        Assert.Equal(ListIds.OfacConsolidated, cons.ListId);
        Assert.Equal("ofac-enhanced-xml", cons.Format);
        Assert.Equal(443, cons.Entities.Count);
        Assert.Equal(80, cons.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), cons.PublishedAt);
        Assert.Equal([ZipPath + "!/CONS_ENHANCED.XML"], cons.Sources);
        Assert.Equal(125, cons.Entities.Count(e => e.EmailAddresses.Count > 0));
    }

    [Fact]
    public void Rosneft_has_documents_address_contacts_and_programs()
    {
        var rosneft = Entry("17022");
        Assert.Equal("OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY", rosneft.PrimaryName);
        Assert.Equal(EntityType.Entity, rosneft.Type);
        Assert.Equal(["UKRAINE-EO13662"], rosneft.Programs);
        Assert.Contains(new Alias("ROSNEFT", AliasStrength.Strong, "aka"), rosneft.Aliases);
        Assert.Equal(new IdentityDocument("Tax ID No.", "7706107510", "Russia"), rosneft.Documents[2]);
        Assert.Equal(new PostalAddress("26/1 Sofiyskaya Embankment", "Moscow", null, "115035", "Russia"), Assert.Single(rosneft.Addresses));
        Assert.Equal(["postman@rosneft.ru"], rosneft.EmailAddresses);
        Assert.Equal(["www.rosneft.com", "www.rosneft.ru"], rosneft.Websites);
        Assert.Equal(new DateOnly(2014, 7, 16), rosneft.ListedOn);
        Assert.Contains("Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations", rosneft.Remarks, StringComparison.Ordinal);
        Assert.StartsWith("<entity id=\"17022\"", rosneft.SourceRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void Individual_has_birth_date_gender_citizenship_and_passport()
    {
        var person = Entry("26182");
        Assert.Equal("KAYAKIRAN, Evren", person.PrimaryName);
        Assert.Equal(EntityType.Individual, person.Type);
        Assert.Equal(new PartialDate("08 Feb 1980", 1980, 2, 8), Assert.Single(person.DatesOfBirth));
        Assert.Equal("Male", person.Gender);
        Assert.Equal(["Turkey"], person.Citizenships);
        Assert.Equal(new IdentityDocument("Passport", "U00242309", "Turkey"), Assert.Single(person.Documents));
        Assert.Equal(["FSE-IR"], person.Programs);
    }

    [Fact]
    public void Low_quality_names_are_weak_aliases()
    {
        var zahhar = Entry("9647");
        Assert.Equal("ZAHHAR, Mahmoud Khaled", zahhar.PrimaryName);
        Assert.Equal(
            [
                new Alias("AL ZAHAR, Mahmoud Khaled", AliasStrength.Strong, "aka"),
                new Alias("ZAHAR, Mahmoud", AliasStrength.Weak, "aka"),
                new Alias("AL-ZAHAR, Mahmoud", AliasStrength.Weak, "aka"),
            ],
            zahhar.Aliases);
        Assert.Equal(new PartialDate("1945", 1945), Assert.Single(zahhar.DatesOfBirth));
        Assert.Equal(["NS-PLC", "SDGT"], zahhar.Programs);

        // HAMAS is on the SDN list, not in this file: the link is kept but not resolved.
        Assert.Equal(new EntityLink("Acting for or on behalf of", "HAMAS"), Assert.Single(zahhar.Links));
    }

    [Fact]
    public void Relationships_inside_the_file_are_resolved()
    {
        var owned = Entry("18768");
        Assert.Equal("RT - GLOBALNYE RESURSY OOO", owned.PrimaryName);
        Assert.Contains(new EntityLink("Owned or Controlled By", "STATE CORPORATION ROSTEC", "17260"), owned.Links);
        Assert.Equal("STATE CORPORATION ROSTEC", Entry("17260").PrimaryName);
    }

    [Fact]
    public void Original_script_names_become_aliases()
    {
        var megvii = Entry("33091");
        Assert.Equal("MEGVII TECHNOLOGY LIMITED", megvii.PrimaryName);
        Assert.Contains(new Alias("旷视科技有限公司", AliasStrength.Strong, "original script"), megvii.Aliases);
    }

    [Fact]
    public void Truncated_xml_is_refused_with_file_and_line()
    {
        var bytes = XmlBytes();
        var cut = new SourceFile("CONS_ENHANCED.XML", bytes.AsMemory(0, bytes.Length / 2));
        var reader = new OfacEnhancedXmlReader();
        Assert.True(reader.CanRead([cut]));
        var e = Assert.Throws<ListFormatException>(() => reader.Read([cut]));
        Assert.Equal("CONS_ENHANCED.XML", e.File);
        Assert.NotNull(e.Line);
        Assert.StartsWith("CONS_ENHANCED.XML, line ", e.Message, StringComparison.Ordinal);
        Assert.Contains("the XML is malformed or truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_every_translation_of_an_address_including_the_Cyrillic_one()
    {
        // Issue 17: only the primary (Latin) translation was kept, so a Russian address written in Cyrillic could not be found.
        var veb = Entry("17015");
        Assert.Contains(new PostalAddress("Pr-kt, Akademika Sakharova, D. 9", "Moscow", null, "107078", "Russia"), veb.Addresses);
        Assert.Contains(new PostalAddress("Пр-Кт Академика Сахарова, Д. 9", "Город Москва", null, "107078", "Russia", "Cyrillic script"), veb.Addresses);
        Assert.Equal(11, Cons.Value.Entities.Sum(e => e.Addresses.Count(a => a.Note == "Cyrillic script")));
    }

    [Fact]
    public void Nationality_of_registration_is_a_field_not_a_remark()
    {
        var lengiproneftekhim = Entry("23552");
        Assert.Equal("Russia", lengiproneftekhim.Particulars["Nationality of Registration"]);
        Assert.Contains("Russia", lengiproneftekhim.Nationalities);
        Assert.DoesNotContain("Nationality of Registration", lengiproneftekhim.Remarks ?? "", StringComparison.Ordinal);
        Assert.Equal(12, Cons.Value.Entities.Count(e => e.Particulars.ContainsKey("Nationality of Registration")));
    }
}
