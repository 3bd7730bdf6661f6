using Cordon.Core;
using Cordon.Lists.Versions;

namespace Cordon.Lists.Tests.Versions;

public sealed class ListDiffTests
{
    private static ListedEntity Entity(string id, string name = "NAME", Func<ListedEntity, ListedEntity>? change = null)
    {
        var entity = new ListedEntity
        {
            ListId = "l",
            SourceId = id,
            Type = EntityType.Individual,
            PrimaryName = name,
            Aliases = [new Alias("ALIAS ONE", AliasStrength.Strong, "aka")],
            Programs = ["DPRK3"],
            Particulars = new Dictionary<string, string> { ["Call Sign"] = "ABC" },
            SourceRecord = id + ",\"" + name + "\"",
        };
        return change is null ? entity : change(entity);
    }

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        var older = new[] { Entity("1"), Entity("2") };
        var newer = new[] { Entity("2"), Entity("1") };

        var diff = ListDiff.Compare(older, newer);

        Assert.False(diff.HasChanges);
        Assert.Equal(2, diff.UnchangedCount);
    }

    [Fact]
    public void Added_removed_and_changed_entries_are_told_apart()
    {
        var older = new[] { Entity("1"), Entity("2"), Entity("3", "OLD NAME") };
        var newer = new[] { Entity("4"), Entity("3", "NEW NAME"), Entity("1"), Entity("5") };

        var diff = ListDiff.Compare(older, newer);

        Assert.True(diff.HasChanges);
        Assert.Equal(["4", "5"], diff.Added.Select(e => e.SourceId));
        Assert.Equal(["2"], diff.Removed.Select(e => e.SourceId));
        var change = Assert.Single(diff.Changed);
        Assert.Equal("3", change.SourceId);
        Assert.Equal("OLD NAME", change.Old.PrimaryName);
        Assert.Equal(new FieldChange("PrimaryName", "OLD NAME", "NEW NAME", [], []), Assert.Single(change.Fields) with { AddedItems = [], RemovedItems = [] });
        Assert.Empty(change.Fields[0].AddedItems);
        Assert.Equal(1, diff.UnchangedCount);
    }

    [Fact]
    public void Source_record_only_change_is_not_a_change()
    {
        var diff = ListDiff.Compare([Entity("1")], [Entity("1", change: e => e with { SourceRecord = "reformatted" })]);
        Assert.False(diff.HasChanges);
        Assert.Equal(1, diff.UnchangedCount);
    }

    [Fact]
    public void Collections_compare_as_sets_and_list_added_and_removed_items()
    {
        var older = Entity("1", change: e => e with
        {
            Aliases = [new Alias("A", AliasStrength.Strong), new Alias("B", AliasStrength.Weak, "aka")],
            Programs = ["SDT", "SDGT"],
        });
        var reordered = older with { Programs = ["SDGT", "SDT", "SDGT"], Aliases = [older.Aliases[1], older.Aliases[0]] };
        var changed = older with
        {
            Aliases = [new Alias("A", AliasStrength.Strong), new Alias("B", AliasStrength.Strong, "aka"), new Alias("C", AliasStrength.Strong, "fka")],
            Programs = ["SDGT"],
        };

        Assert.Empty(ListDiff.CompareEntities(older, reordered));

        var fields = ListDiff.CompareEntities(older, changed);
        Assert.Equal(["Aliases", "Programs"], fields.Select(f => f.Field));
        Assert.Equal(["B [aka]", "C [fka]"], fields[0].AddedItems);
        Assert.Equal(["B (weak) [aka]"], fields[0].RemovedItems);
        Assert.Equal("A; B (weak) [aka]", fields[0].OldValue);
        Assert.Equal("A; B [aka]; C [fka]", fields[0].NewValue);
        Assert.Empty(fields[1].AddedItems);
        Assert.Equal(["SDT"], fields[1].RemovedItems);
        Assert.Equal("SDT; SDGT", fields[1].OldValue);
        Assert.Equal("SDGT", fields[1].NewValue);
    }

    [Fact]
    public void Emptied_collection_and_cleared_value_have_null_new_text()
    {
        var older = Entity("1", change: e => e with { Websites = ["example.kp"], Gender = "Male" });
        var newer = older with { Websites = [], Gender = null };

        var fields = ListDiff.CompareEntities(older, newer);

        Assert.Equal(new FieldChange("Gender", "Male", null, [], []), fields.Single(f => f.Field == "Gender") with { AddedItems = [], RemovedItems = [] });
        var websites = fields.Single(f => f.Field == "Websites");
        Assert.Equal("example.kp", websites.OldValue);
        Assert.Null(websites.NewValue);
        Assert.Equal(["example.kp"], websites.RemovedItems);
    }

    [Fact]
    public void Long_values_are_shortened()
    {
        var older = Entity("1", change: e => e with { Remarks = new string('a', 1000) });
        var newer = older with { Remarks = new string('b', 1000) };

        var field = Assert.Single(ListDiff.CompareEntities(older, newer));

        Assert.Equal(ListDiff.MaxTextLength, field.OldValue!.Length);
        Assert.EndsWith("…", field.OldValue, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_are_described_readably()
    {
        var older = Entity("1");
        var newer = older with
        {
            Documents = [new IdentityDocument("Passport", "PS1", "Korea, North", "expires 2024")],
            Addresses = [new PostalAddress("Street 1", "Pyongyang", Country: "Korea, North", Note: "as of 2016")],
            Links = [new EntityLink("Linked To", "KOREA WORKERS' PARTY", "2002")],
            DigitalCurrencyAddresses = [new DigitalCurrencyAddress("XBT", "1Abc")],
            Particulars = new Dictionary<string, string> { ["Call Sign"] = "XYZ" },
            DatesOfBirth = [new PartialDate("circa 1984", 1984, Approximate: true), new PartialDate("08 Jan 1984", 1984, 1, 8)],
            ListedOn = new DateOnly(2016, 3, 2),
        };

        var fields = ListDiff.CompareEntities(older, newer).ToDictionary(f => f.Field);

        Assert.Equal(["Passport PS1 (Korea, North; expires 2024)"], fields["Documents"].AddedItems);
        Assert.Equal(["Street 1, Pyongyang, Korea, North (as of 2016)"], fields["Addresses"].AddedItems);
        Assert.Equal(["Linked To: KOREA WORKERS' PARTY (#2002)"], fields["Links"].AddedItems);
        Assert.Equal(["XBT 1Abc"], fields["DigitalCurrencyAddresses"].AddedItems);
        Assert.Equal(["Call Sign: XYZ"], fields["Particulars"].AddedItems);
        Assert.Equal(["Call Sign: ABC"], fields["Particulars"].RemovedItems);
        Assert.Equal(["circa 1984", "08 Jan 1984 (1984-01-08)"], fields["DatesOfBirth"].AddedItems);
        Assert.Equal("2016-03-02", fields["ListedOn"].NewValue);
        Assert.Null(fields["ListedOn"].OldValue);
    }

    [Fact]
    public void Every_mapped_field_is_compared()
    {
        // One change per property; the guard below fails when ListedEntity gains a property this table (and ListDiff) lacks.
        var base0 = Entity("1");
        var changes = new Dictionary<string, Func<ListedEntity, ListedEntity>>
        {
            ["ListId"] = e => e with { ListId = "other" },
            ["Type"] = e => e with { Type = EntityType.Entity },
            ["PrimaryName"] = e => e with { PrimaryName = "OTHER" },
            ["Aliases"] = e => e with { Aliases = [] },
            ["DatesOfBirth"] = e => e with { DatesOfBirth = [new PartialDate("1970", 1970)] },
            ["PlacesOfBirth"] = e => e with { PlacesOfBirth = ["Pyongyang"] },
            ["Nationalities"] = e => e with { Nationalities = ["KP"] },
            ["Citizenships"] = e => e with { Citizenships = ["KP"] },
            ["Gender"] = e => e with { Gender = "Female" },
            ["Titles"] = e => e with { Titles = ["Director"] },
            ["Documents"] = e => e with { Documents = [new IdentityDocument("Passport", "1")] },
            ["Addresses"] = e => e with { Addresses = [new PostalAddress(Country: "China")] },
            ["Programs"] = e => e with { Programs = ["DPRK4"] },
            ["EmailAddresses"] = e => e with { EmailAddresses = ["a@b.kp"] },
            ["Websites"] = e => e with { Websites = ["b.kp"] },
            ["PhoneNumbers"] = e => e with { PhoneNumbers = ["+850"] },
            ["DigitalCurrencyAddresses"] = e => e with { DigitalCurrencyAddresses = [new DigitalCurrencyAddress("ETH", "0x1")] },
            ["Links"] = e => e with { Links = [new EntityLink("Linked To", "X")] },
            ["Particulars"] = e => e with { Particulars = new Dictionary<string, string>() },
            ["ListedOn"] = e => e with { ListedOn = new DateOnly(2020, 1, 1) },
            ["Remarks"] = e => e with { Remarks = "r" },
        };

        var mapped = typeof(ListedEntity).GetProperties().Select(p => p.Name).Where(n => n is not "SourceId" and not "SourceRecord");
        Assert.Equal(mapped.Order(), changes.Keys.Order());
        foreach (var (field, change) in changes)
        {
            Assert.Equal([field], ListDiff.CompareEntities(base0, change(base0)).Select(f => f.Field));
        }
    }

    [Fact]
    public void Repeated_source_id_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ListDiff.Compare([Entity("1")], [Entity("7"), Entity("7")]));
        Assert.Contains("'7'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshots_compare_by_their_entities()
    {
        var older = new ListSnapshot("l", "L", "f", "h1", null, [], [Entity("1")]);
        var newer = older with { ContentHash = "h2", Entities = [Entity("1", "CHANGED")] };
        Assert.Equal("1", Assert.Single(ListDiff.Compare(older, newer).Changed).SourceId);
    }

    [Fact]
    public void Real_sdn_update_from_2019_01_to_2021_07()
    {
        var older = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sdn-2019-01")).Snapshots.Single();
        var newer = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sdn-2021-07")).Snapshots.Single();

        var diff = ListDiff.Compare(older, newer);

        // Counts from comparing the ent_num columns of the two sdn.csv files directly.
        Assert.Equal(1858, diff.Added.Count);
        Assert.Equal(261, diff.Removed.Count);
        Assert.Equal(newer.Entities.Count, diff.Added.Count + diff.Changed.Count + diff.UnchangedCount);
        Assert.Equal(older.Entities.Count, diff.Removed.Count + diff.Changed.Count + diff.UnchangedCount);
        Assert.Contains(diff.Added, e => e.SourceId == "26243" && e.PrimaryName == "DALIAN HAIBO INTERNATIONAL FREIGHT CO. LTD.");
        Assert.Contains(diff.Removed, e => e.SourceId == "587");
        Assert.All(diff.Changed, c => Assert.NotEmpty(c.Fields));

        var renamed = diff.Changed.Single(c => c.SourceId == "12299").Fields.Single(f => f.Field == "PrimaryName");
        Assert.Equal(("JUNDALLAH", "JAYSH AL-ADL"), (renamed.OldValue, renamed.NewValue));

        var programs = diff.Changed.Single(c => c.SourceId == "2674").Fields.Single(f => f.Field == "Programs");
        Assert.Equal(["SDGT"], programs.AddedItems);
        Assert.Equal(["SDT"], programs.RemovedItems);

        var reverse = ListDiff.Compare(newer, older);
        Assert.Equal(diff.Removed.Select(e => e.SourceId), reverse.Added.Select(e => e.SourceId));
        Assert.Equal(diff.Changed.Count, reverse.Changed.Count);
        Assert.Equal(diff.UnchangedCount, reverse.UnchangedCount);
    }
}
