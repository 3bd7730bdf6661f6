using System.IO.Compression;
using Cordon.Core;
using Cordon.Lists.Dfat;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Dfat;

/// <summary>The Australian DFAT Consolidated List, on a real excerpt of <c>regulation8_consolidated.xlsx</c> (Fixtures/Real/README.md).</summary>
public sealed class DfatXlsxReaderTests
{
    private static readonly Lazy<SourceFile> Excerpt = new(() => TestFiles.FromFixture("Real", "dfat-consolidated-excerpt.xlsx"));

    private static readonly Lazy<ListSnapshot> Snapshot = new(() => ListLoader.Default.Load(Excerpt.Value).Snapshots.Single());

    private static ListedEntity Entry(string reference) => Snapshot.Value.Entities.Single(e => e.SourceId == reference);

    [Fact]
    public void Is_detected_whole_and_groups_the_rows_of_each_listing()
    {
        var s = Snapshot.Value;
        Assert.Equal(("dfat-xlsx", ListIds.AuDfat), (s.Format, s.ListId));

        // 50 rows under the header, one listing per reference number.
        Assert.Equal(["2", "3", "4", "5", "155", "396", "1113", "1126", "1127", "2943", "2947"], s.Entities.Select(e => e.SourceId));
        Assert.Equal(50, s.Entities.Sum(e => 1 + e.Aliases.Count));
        Assert.Empty(s.SkippedRecords);
    }

    [Fact]
    public void Maps_an_individual_field_by_field()
    {
        var akhund = Entry("2");
        Assert.Equal((EntityType.Individual, "MOHAMMAD HASSAN AKHUND"), (akhund.Type, akhund.PrimaryName));
        Assert.Equal([new Alias("محمد حسن أخوند", AliasStrength.Strong, "original script")], akhund.Aliases);
        Assert.Equal(
            [
                new PartialDate("Approximately 1955- 1958", 1955, YearTo: 1958, Approximate: true),
                new PartialDate("Approximately 1945-1950", 1945, YearTo: 1950, Approximate: true),
            ],
            akhund.DatesOfBirth);
        Assert.Equal(["Pashmul village, Panjwai District, Kandahar Province, Afghanistan"], akhund.PlacesOfBirth);
        Assert.Equal(["Afghanistan"], akhund.Citizenships);

        // "NA" is DFAT's "no address", not an address.
        Assert.Empty(akhund.Addresses);
        Assert.Equal(["1988 (Taliban)"], akhund.Programs);
        Assert.Equal("2014-12-15", akhund.Particulars["Control Date"]);
        Assert.StartsWith("Listed by UN 1267 Committee on 25 January 2001", akhund.Particulars["Listing Information"], StringComparison.Ordinal);
        Assert.StartsWith("Title: a) Mullah b) Haji.", akhund.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_dfat_dates_whatever_way_they_are_written()
    {
        Assert.Equal([new PartialDate("Approximately 1963", 1963, Approximate: true)], Entry("3").DatesOfBirth);
        Assert.Equal(
            [new PartialDate("Approximately 1966", 1966, Approximate: true), new PartialDate("1960", 1960), new PartialDate("1953", 1953)],
            Entry("4").DatesOfBirth);
        Assert.Equal([new PartialDate("13 Oct. 1944", 1944, 10, 13)], Entry("1126").DatesOfBirth);
        Assert.Equal([new PartialDate("1938", 1938)], Entry("1127").DatesOfBirth);

        // An Excel day number in the date of birth column.
        Assert.Equal([new PartialDate("21049", 1957, 8, 17)], Entry("396").DatesOfBirth);
    }

    [Theory]
    [InlineData("Between 1958 and 1963", 1958, null, null, 1963)]
    [InlineData("Between 1963 to 1968", 1963, null, null, 1968)]
    [InlineData("c. 1962", 1962, null, null, null)]
    [InlineData("1/03/1961", 1961, 3, 1, null)]
    [InlineData("19/08/1974", 1974, 8, 19, null)]
    [InlineData("March 16, 1972", 1972, 3, 16, null)]
    [InlineData("approximately 1977/1978", 1977, null, null, 1978)]
    [InlineData("15 May 1968 (as Yasir Sabawi Ibrahim Hasan Al-Tikriti)", 1968, 5, 15, null)]
    public void Reads_the_other_date_forms_found_in_the_whole_official_workbook(string text, int year, int? month, int? day, int? yearTo)
    {
        var date = DfatXlsxReader.DatesOf(text).First();
        Assert.Equal((text, (int?)year, month, day, yearTo), (date.Text, date.Year, date.Month, date.Day, date.YearTo));
    }

    [Fact]
    public void Alternatives_are_separate_dates()
    {
        Assert.Equal([1965, 1966], DfatXlsxReader.DatesOf("1965 or 1966").Select(d => d.Year!.Value));
        Assert.Equal([1964, 1965], DfatXlsxReader.DatesOf("1964; b)1965").Select(d => d.Year!.Value));
        Assert.Equal([1974, 1974, 1974, 1970], DfatXlsxReader.DatesOf("14 Mar 1974 >> 13 Apr 1974 >> 14 Apr 1974 >> 1 Aug 1970").Select(d => d.Year!.Value));
    }

    [Fact]
    public void Tolerates_the_lists_hand_typed_labels_and_splits_enumerations()
    {
        var abdurrahman = Entry("396");
        Assert.Equal(EntityType.Individual, abdurrahman.Type);
        Assert.Equal(6, abdurrahman.Aliases.Count);
        Assert.Equal(["Indonesian"], abdurrahman.Citizenships);

        var adf = Entry("2943");
        Assert.Equal(
            [
                new Alias("Allied Democratic Forces", AliasStrength.Strong, "aka"),
                new Alias("Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda", AliasStrength.Strong, "fka"),
                new Alias("ADF/NALU", AliasStrength.Strong, "fka"),
                new Alias("NALU", AliasStrength.Strong, "fka"),
            ],
            adf.Aliases);
        Assert.Equal(2, Entry("2947").Addresses.Count);
        Assert.StartsWith("Donghung Dong, Central District, PO Box 120, Pyongyang", Entry("2947").Addresses[0].Street, StringComparison.Ordinal);
        Assert.Equal([new PostalAddress("Central District, Pyongyang, DPRK")], Entry("1113").Addresses);
        Assert.Contains(new Alias("KOMID", AliasStrength.Strong, "aka"), Entry("1113").Aliases);
        Assert.Equal((EntityType.Entity, 11), (Entry("155").Type, Entry("155").Aliases.Count));
    }

    [Fact]
    public void A_listing_of_an_unknown_type_is_skipped_and_reported_with_its_row()
    {
        var changed = RewriteSheet(Excerpt.Value, sheet => sheet.Replace(">Entity<", ">Spaceship<", StringComparison.Ordinal), strings: true);
        var snapshot = new DfatXlsxReader().Read([changed]);
        Assert.Equal(["2", "3", "4", "5", "396", "1126", "1127"], snapshot.Entities.Select(e => e.SourceId));
        Assert.Equal(["155", "1113", "2943", "2947"], snapshot.SkippedRecords.Select(r => r.RecordId));
        Assert.Equal(15, snapshot.SkippedRecords[0].Line);
        Assert.Contains("Spaceship", snapshot.SkippedRecords[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognises_its_own_format_only_and_refuses_damaged_workbooks()
    {
        var reader = new DfatXlsxReader();
        Assert.True(reader.CanRead([Excerpt.Value]));
        Assert.False(reader.CanRead([TestFiles.FromZip("CONS_ENHANCED.XML", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("ofac-enhanced-xml", "CONS_ENHANCED.ZIP")]));
        Assert.False(reader.CanRead([TestFiles.FromFixture("Uk", "uk-sanctions-list.csv")]));

        var truncated = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(TestFiles.Truncated(Excerpt.Value, 0.6)));
        Assert.Contains("damaged or truncated", truncated.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_whose_parts_expand_past_the_limit_is_refused_not_read()
    {
        // A sheet part declaring more than the loader allows for one file (a zip bomb's signature).
        var limits = new ListLoaderLimits { MaxEntryBytes = 10_000 };
        var ex = Assert.Throws<ListFormatException>(() => new ListLoader(ListReaders.All, limits).Load(Excerpt.Value));
        Assert.Contains("zip bomb", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_part_past_the_readers_character_cap_is_refused()
    {
        var padded = RewriteSheet(Excerpt.Value, sheet => sheet.Replace("</worksheet>", new string(' ', (int)DfatXlsxReader.MaxCharactersInPart + 1024) + "</worksheet>", StringComparison.Ordinal), strings: false);
        var ex = Assert.Throws<ListFormatException>(() => new DfatXlsxReader().Read([padded]));
        Assert.Contains("too large", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_entry_leaving_the_archive_folder_is_refused()
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(Excerpt.Value.Content.ToArray()), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var copy = target.CreateEntry(entry.FullName).Open();
                input.CopyTo(copy);
            }

            using var evil = new StreamWriter(target.CreateEntry("../../evil.xml").Open());
            evil.Write("<x/>");
        }

        var ex = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(new SourceFile("regulation8_consolidated.xlsx", output.ToArray())));
        Assert.Contains("leaves the archive folder", ex.Reason, StringComparison.Ordinal);
    }

    /// <summary>The workbook with its shared strings (or sheet) text rewritten, everything else as it was.</summary>
    private static SourceFile RewriteSheet(SourceFile file, Func<string, string> rewrite, bool strings)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(file.Content.ToArray()), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var copy = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == (strings ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml"))
                {
                    using var reader = new StreamReader(input);
                    using var writer = new StreamWriter(copy);
                    writer.Write(rewrite(reader.ReadToEnd()));
                }
                else
                {
                    input.CopyTo(copy);
                }
            }
        }

        return new SourceFile("regulation8_consolidated.xlsx", output.ToArray());
    }
}
