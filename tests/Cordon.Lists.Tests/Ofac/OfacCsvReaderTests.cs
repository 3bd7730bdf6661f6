using System.Diagnostics;
using Cordon.Core;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.Tests.Ofac;

public sealed class OfacCsvReaderTests
{
    private static readonly Lazy<ListSnapshot> Sdn2021 = new(() => Load("ofac-sdn-2021-07"));

    internal static ListSnapshot Load(string folder)
    {
        var result = ListLoader.Default.Load(SharedData.Path("lists", folder));
        Assert.Empty(result.Warnings);
        return Assert.Single(result.Snapshots);
    }

    private static ListedEntity Entry(ListSnapshot snapshot, string id) =>
        Assert.Single(snapshot.Entities, e => e.SourceId == id);

    [Fact]
    public void Sdn_2021_07_has_8976_entries_and_414_dprk_entries()
    {
        var sdn = Sdn2021.Value;
        Assert.Equal(ListIds.OfacSdn, sdn.ListId);
        Assert.Equal("ofac-csv", sdn.Format);
        Assert.Equal(8976, sdn.Entities.Count);
        Assert.Equal(414, sdn.Entities.Count(e => e.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal))));
        Assert.Equal(4, sdn.Sources.Count);
        Assert.Equal(sdn.Entities.Count, sdn.Entities.Select(e => e.SourceId).Distinct().Count());
    }

    [Fact]
    public void Sdn_2021_07_entity_types_match_the_file()
    {
        var sdn = Sdn2021.Value;
        Assert.Equal(4620, sdn.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(3673, sdn.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.Equal(406, sdn.Entities.Count(e => e.Type == EntityType.Vessel));
        Assert.Equal(277, sdn.Entities.Count(e => e.Type == EntityType.Aircraft));
    }

    [Fact]
    public void Sdn_2019_01_has_7379_entries()
    {
        var sdn = Load("ofac-sdn-2019-01");
        Assert.Equal(7379, sdn.Entities.Count);
        Assert.Equal(388, sdn.Entities.Count(e => e.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal))));
    }

    [Fact]
    public void Kim_Jong_Un_is_entry_20157()
    {
        var kim = Entry(Sdn2021.Value, "20157");
        Assert.Equal("KIM, Jong Un", kim.PrimaryName);
        Assert.Equal(EntityType.Individual, kim.Type);
        Assert.Equal(["DPRK3"], kim.Programs);
        Assert.Equal(["Chairman of the Workers' Party of Korea"], kim.Titles);
        var dob = Assert.Single(kim.DatesOfBirth);
        Assert.Equal(new PartialDate("08 Jan 1984", 1984, 1, 8), dob);
        Assert.True(dob.IsExact);
        Assert.StartsWith("20157,\"KIM, Jong Un\",\"individual\",\"DPRK3\"", kim.SourceRecord, StringComparison.Ordinal);
        Assert.StartsWith("DOB 08 Jan 1984; Secondary sanctions risk", kim.Remarks, StringComparison.Ordinal);
    }
}
