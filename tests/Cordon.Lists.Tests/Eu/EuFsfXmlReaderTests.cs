using System.Text;
using Cordon.Core;
using Cordon.Lists.Eu;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Eu;

public sealed class EuFsfXmlReaderTests
{
    private static readonly Lazy<SourceFile> Sample = new(() => TestFiles.FromFixture("Eu", "eu-fsf-sample.xml"));
    private static readonly Lazy<ListSnapshot> Snapshot = new(() => new EuFsfXmlReader().Read([Sample.Value]));

    private static ListedEntity Entry(string logicalId) => Snapshot.Value.Entities.Single(e => e.SourceId == logicalId);

    [Fact]
    public void Reads_every_sanction_entity()
    {
        var s = Snapshot.Value;
        Assert.Equal(ListIds.EuFsf, s.ListId);
        Assert.Equal("eu-fsf-xml", s.Format);
        Assert.Equal(["13001", "13002", "13003", "13004"], s.Entities.Select(e => e.SourceId));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 18, 5, 11, 123, TimeSpan.FromHours(1)), s.PublishedAt);
    }

    [Fact]
    public void Maps_a_DPRK_person()
    {
        var paek = Entry("13001");
        Assert.Equal(EntityType.Individual, paek.Type);
        Assert.Equal("PAEK Chang-Ho", paek.PrimaryName);
        Assert.Equal(["PRK"], paek.Programs);
        Assert.Equal("Male", paek.Gender);
        Assert.Equal(
            [
                new Alias("PAK Chang-Ho", AliasStrength.Strong, "aka"),
                new Alias("PAEK Ch'ang-Ho", AliasStrength.Weak, "aka"),
                new Alias("백창호", AliasStrength.Strong, "aka"),
            ],
            paek.Aliases);
        Assert.Equal(["NORTH KOREA"], paek.Nationalities);
        Assert.Equal(["NORTH KOREA"], paek.Citizenships);
        Assert.Equal([PartialDate.Of(new DateOnly(1964, 6, 18))], paek.DatesOfBirth);
        Assert.Equal(["Kaesong, NORTH KOREA"], paek.PlacesOfBirth);
        Assert.Empty(paek.Titles);
        Assert.Equal("Senior official, Korean Committee for Space Technology", paek.Particulars["function"]);
        var passport = Assert.Single(paek.Documents);
        Assert.Equal(("National passport", "381420754", "NORTH KOREA"), (passport.Type, passport.Number, passport.Country));
        Assert.Equal("issued 2011-12-07; known to be expired; Expires on 7 Dec. 2016", passport.Note);
        Assert.Equal(new DateOnly(2013, 2, 20), paek.ListedOn);
        Assert.Equal("KPi.006", paek.Particulars["UN reference number"]);
        Assert.Equal("EU.3212.60", paek.Particulars["EU reference number"]);
        Assert.StartsWith("Senior official", paek.Remarks, StringComparison.Ordinal);
        Assert.Contains("logicalId=\"13001\"", paek.SourceRecord, StringComparison.Ordinal);
        Assert.Contains("sanctionEntity", paek.SourceRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_a_DPRK_enterprise_with_address_and_contacts()
    {
        var komid = Entry("13002");
        Assert.Equal(EntityType.Entity, komid.Type);
        Assert.Equal("Korea Mining Development Trading Corporation", komid.PrimaryName);
        Assert.Equal(["KOMID", "Changgwang Sinyong Corporation"], komid.Aliases.Select(a => a.Name));
        Assert.Equal([new PostalAddress("Central District", "Pyongyang", null, null, "NORTH KOREA")], komid.Addresses);
        Assert.Equal(["komid@example.org"], komid.EmailAddresses);
        Assert.Equal(["+850 2 000 0000", "+850 2 000 0001"], komid.PhoneNumbers);
        Assert.Equal(["www.example.org"], komid.Websites);
    }

    [Fact]
    public void Reads_partial_approximate_and_ranged_birth_dates()
    {
        var olga = Entry("13003");
        Assert.Equal("Olga TESTOVA", olga.PrimaryName);
        Assert.Equal("Female", olga.Gender);
        Assert.Contains(new Alias("Olya", AliasStrength.Weak, "aka"), olga.Aliases);
        Assert.Empty(olga.Nationalities);
        Assert.Equal(
            [
                new PartialDate("1965", 1965, Approximate: true),
                new PartialDate("1960 to 1962", 1960, YearTo: 1962),
                new PartialDate("1966-03", 1966, 3),
            ],
            olga.DatesOfBirth);
        Assert.Equal(["Omsk, RUSSIAN FEDERATION"], olga.PlacesOfBirth);
        Assert.Equal(["RUS"], olga.Programs);
        // No designation date and only amending regulations: the list does not say when she was listed.
        Assert.Null(olga.ListedOn);
        Assert.Equal("Former deputy director of a front company", olga.Remarks);
    }

    [Fact]
    public void Entity_with_only_weak_names_keeps_the_first_as_primary()
    {
        var shell = Entry("13004");
        Assert.Equal("Example Shell Trading", shell.PrimaryName);
        Assert.Equal([new Alias("EST", AliasStrength.Weak, "aka")], shell.Aliases);
        Assert.Equal([new IdentityDocument("Registration Number", "1234567890", "CHINA")], shell.Documents);
        Assert.Empty(shell.Particulars);
        Assert.Equal(new DateOnly(2024, 5, 1), shell.ListedOn);
        Assert.Null(shell.Remarks);
    }

    [Fact]
    public void Recognises_its_own_format_only()
    {
        var reader = new EuFsfXmlReader();
        Assert.True(reader.CanRead([Sample.Value]));
        Assert.True(reader.CanRead([TestFiles.FromText("doc-ns.xml", "<export xmlns=\"http://eu.europa.eu/fpi/fsd/export\"/>")]));
        Assert.False(reader.CanRead([TestFiles.FromText("plain.xml", "<export/>")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("un", "UN_consolidated.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromZip("CONS_ENHANCED.XML", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("ofac-sample", "sdn.csv")]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Uk", "uk-sanctions-sample.xml")]));
    }

    [Fact]
    public void Malformed_xml_is_refused_with_file_and_line()
    {
        var text = Encoding.UTF8.GetString(Sample.Value.Content.Span).Replace("<subjectType code=\"enterprise\" classificationCode=\"E\"/>", "<subjectType code=\"enterprise\" classificationCode=\"E\">", StringComparison.Ordinal);
        var file = TestFiles.FromText("eu-broken.xml", text);
        var ex = Assert.Throws<ListFormatException>(() => new EuFsfXmlReader().Read([file]));
        Assert.Equal("eu-broken.xml", ex.File);
        // The first unclosed <subjectType> (line 28) is noticed at the </sanctionEntity> that ends it.
        Assert.Equal(37, ex.Line);
    }

    [Fact]
    public void Truncated_file_is_refused()
    {
        var truncated = TestFiles.Truncated(Sample.Value, 0.6);
        var ex = Assert.Throws<ListFormatException>(() => new EuFsfXmlReader().Read([truncated]));
        Assert.Contains("malformed or truncated", ex.Reason, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void Entity_without_logicalId_or_name_is_skipped_with_its_line_and_reason()
    {
        const string Ns = "http://eu.europa.ec/fpi/fsd/export";
        var noId = TestFiles.FromText("a.xml", $"<export xmlns=\"{Ns}\">\n<sanctionEntity>\n<nameAlias wholeName=\"X\"/>\n</sanctionEntity>\n</export>");
        Assert.Equal(2, Assert.Single(new EuFsfXmlReader().Read([noId]).SkippedRecords).Line);
        var noName = TestFiles.FromText("b.xml", $"<export xmlns=\"{Ns}\">\n<sanctionEntity logicalId=\"7\">\n<nameAlias wholeName=\"\"/>\n</sanctionEntity>\n</export>");
        var skipped = Assert.Single(new EuFsfXmlReader().Read([noName]).SkippedRecords);
        Assert.Equal(("7", 2L), (skipped.RecordId, skipped.Line));
        Assert.Contains("no nameAlias", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var ex = Assert.Throws<ListFormatException>(() => new EuFsfXmlReader().Read([TestFiles.FromText("eu.xml", "")]));
        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }
}
