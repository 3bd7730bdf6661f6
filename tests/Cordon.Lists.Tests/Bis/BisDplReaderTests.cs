using System.Text;
using Cordon.Core;
using Cordon.Lists.Bis;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Bis;

public sealed class BisDplReaderTests
{
    private const string Header =
        "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t\"FR_Citation\"";

    private static readonly Lazy<SourceFile> DplFile = new(() => TestFiles.FromShared("bis-dpl", "dpl.txt"));
    private static readonly Lazy<ListSnapshot> Snapshot = new(() => new BisDplReader().Read([DplFile.Value]));

    private static ListedEntity Named(string name) => Snapshot.Value.Entities.Single(e => e.PrimaryName == name);

    [Fact]
    public void Reads_every_row_one_entry_per_name_and_order()
    {
        var s = Snapshot.Value;
        Assert.Equal(ListIds.BisDpl, s.ListId);
        Assert.Equal("bis-dpl", s.Format);
        Assert.Equal(581, s.Entities.Sum(e => e.SourceRecord.Split('\n').Length));
        Assert.Equal(460, s.Entities.Count);
        Assert.Equal(s.Entities.Count, s.Entities.Select(e => e.SourceId).Distinct().Count());
        Assert.All(s.Entities, e => Assert.Equal(EntityType.Entity, e.Type));
        Assert.All(s.Entities, e => Assert.Equal("not stated", e.Particulars["entity type"]));
    }

    [Fact]
    public void Maps_a_named_party_with_two_addresses()
    {
        var nasser = Named("ABDULAH AL NASSER");
        Assert.Equal(new DateOnly(2002, 3, 4), nasser.ListedOn);
        Assert.Equal(
            [
                new PostalAddress("605 TRAIL LAKE DRIVE", "RICHARDSON", "TX", "75081", "US"),
                new PostalAddress("908 AUDELIA ROAD, SUIE 200, PMB #245", "RICHARDSON", "TX", "75081", "US"),
            ],
            nasser.Addresses);
        Assert.Equal("06/29/2056", nasser.Particulars["expiration date"]);
        Assert.Equal("50 YEAR DENIAL", nasser.Particulars["action"]);
        Assert.Equal(2, nasser.SourceRecord.Split('\n').Length);
        Assert.StartsWith("dpl-", nasser.SourceId, StringComparison.Ordinal);
        Assert.Equal(20, nasser.SourceId.Length);
    }

    [Fact]
    public void One_name_under_two_orders_gives_two_entries()
    {
        var ash = Snapshot.Value.Entities.Where(e => BisDplReader.NormaliseName(e.PrimaryName) == "I ASH").ToList();
        Assert.Equal(2, ash.Count);
        Assert.NotEqual(ash[0].SourceId, ash[1].SourceId);
        Assert.Equal([new DateOnly(2002, 3, 4), new DateOnly(2003, 6, 19)], ash.Select(e => e.ListedOn!.Value).Order());
    }

    [Fact]
    public void Ids_do_not_depend_on_row_order()
    {
        var lines = Encoding.UTF8.GetString(DplFile.Value.Content.Span).TrimEnd('\n').Split('\n');
        var reversed = string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Reverse())) + "\n";
        var again = new BisDplReader().Read([TestFiles.FromText("reversed.txt", reversed)]);
        Assert.Equal(Snapshot.Value.Entities.Select(e => e.SourceId).Order(), again.Entities.Select(e => e.SourceId).Order());
        Assert.Equal(Named("KIM SONG II").SourceId, again.Entities.Single(e => e.PrimaryName == "KIM SONG II").SourceId);
    }

    [Fact]
    public void Recognises_its_own_format_only()
    {
        var reader = new BisDplReader();
        Assert.True(reader.CanRead([DplFile.Value]));
        Assert.False(reader.CanRead([TestFiles.FromShared("us-csl-2022-04", "consolidated.csv.gz")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("ofac-sample", "sdn.csv")]));
        Assert.False(reader.CanRead([TestFiles.FromShared("un", "UN_consolidated.xml")]));
        Assert.False(reader.CanRead([TestFiles.FromText("empty.txt", "")]));
    }

    [Fact]
    public void Wrong_header_is_refused_naming_the_column()
    {
        var file = TestFiles.FromText("dpl.txt", Header.Replace("Effective_Date", "Start", StringComparison.Ordinal) + "\n\"X\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"01/01/2020\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\n");
        var ex = Assert.Throws<ListFormatException>(() => new BisDplReader().Read([file]));
        Assert.Equal(1, ex.Line);
        Assert.Contains("\"Effective_Date\"", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_effective_date_skips_the_row_naming_the_line()
    {
        var row = "\"X\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"{0}\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"";
        var text = Header + "\n" + string.Format(null, row, "01/01/2020") + "\n" + string.Format(null, row, "2020-13-45") + "\n";
        var skipped = Assert.Single(new BisDplReader().Read([TestFiles.FromText("dpl.txt", text)]).SkippedRecords);
        Assert.Equal(3, skipped.Line);
        Assert.Contains("Effective_Date", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_row_is_refused()
    {
        var text = Header + "\n\"X\"\t\"1 MAIN ST\"\t\"TOWN\"\n";
        var ex = Assert.Throws<ListFormatException>(() => new BisDplReader().Read([TestFiles.FromText("dpl.txt", text)]));
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var ex = Assert.Throws<ListFormatException>(() => new BisDplReader().Read([TestFiles.FromText("dpl.txt", "")]));
        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grouping_follows_the_file_one_entry_per_name_and_order()
    {
        // Issue 17 asked whether 581 rows → 460 entries is right. The file has no ids: a row is one name at one address
        // under one order. Every entry must be exactly one name (spelling variants aside) under one order.
        var s = new BisDplReader().Read([TestFiles.FromShared("bis-dpl", "dpl.txt")]);
        Assert.All(s.Entities, e =>
        {
            var rows = e.SourceRecord.Split('\n').Select(r => r.Split('\t')).ToList();
            Assert.Single(rows.Select(r => r[6]).Distinct());
            Assert.Single(rows.Select(r => r[7]).Distinct());
            Assert.Single(rows.Select(r => BisDplReader.NormaliseName(r[0].Trim('"'))).Distinct());
        });

        // Literal duplicate rows give one address, not two.
        var airline = s.Entities.Single(e => e.PrimaryName == "AL NASER AIRLINES");
        Assert.Equal(4, airline.Addresses.Count);

        // Aliases the order names are separate rows the file does not link: separate entries, sharing the order.
        var wings = s.Entities.Single(e => e.PrimaryName == "AL NASER WINGS AIRLINES");
        Assert.Equal(airline.ListedOn, wings.ListedOn);
        Assert.Empty(s.SkippedRecords);
    }

    [Fact]
    public void A_row_without_a_name_or_date_is_skipped_with_its_line()
    {
        var text = File.ReadAllText(SharedData.Path("lists", "bis-dpl", "dpl.txt"), System.Text.Encoding.Latin1);
        var lines = text.Split('\n').ToList();
        lines[3] = "\"\"" + lines[3][lines[3].IndexOf('\t', StringComparison.Ordinal)..];
        var s = new BisDplReader().Read([TestFiles.FromText("dpl.txt", string.Join('\n', lines))]);
        var skipped = Assert.Single(s.SkippedRecords);
        Assert.Equal((4L, "the row has no name"), (skipped.Line!.Value, skipped.Reason));
        Assert.Equal(580, s.Entities.Sum(e => e.SourceRecord.Split('\n').Length));
    }
}
