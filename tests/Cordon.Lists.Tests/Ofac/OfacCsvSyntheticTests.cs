using System.Text;
using Cordon.Core;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.Tests.Ofac;

public sealed class OfacCsvSyntheticTests
{
    private static SourceFile File(string name, string text) => new(name, Encoding.UTF8.GetBytes(text + "\r\n\u001A"));

    [Fact]
    public void Alt_remarks_can_mark_an_alias_weak_and_lines_of_absent_entries_are_ignored()
    {
        var snapshot = new OfacCsvReader().Read(
        [
            File("cons_prim.csv", "7,\"KIM, Chol\",\"individual\",\"DPRK3] [DPRK4\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "),
            File("cons_alt.csv", "7,1,\"aka\",\"KIM, Cheol\",-0- \r\n7,2,\"aka\",\"CHOL\",\"weak alias\"\r\n8,3,\"aka\",\"NOBODY\",-0- "),
            File("cons_add.csv", "7,1,-0- ,-0- ,-0- ,-0- \r\n7,2,-0- ,\"Pyongyang\",\"Korea, North\",-0- "),
        ]);

        Assert.Equal(ListIds.OfacConsolidated, snapshot.ListId);
        var kim = Assert.Single(snapshot.Entities);
        Assert.Equal(["DPRK3", "DPRK4"], kim.Programs);
        Assert.Equal([new Alias("KIM, Cheol", AliasStrength.Strong, "aka"), new Alias("CHOL", AliasStrength.Weak, "aka", "weak alias")], kim.Aliases);
        Assert.Equal(new PostalAddress(City: "Pyongyang", Country: "Korea, North"), Assert.Single(kim.Addresses));
        Assert.Null(kim.Remarks);
        Assert.Equal(5, kim.SourceRecord.Split('\n').Length);
    }

    [Fact]
    public void Content_hash_does_not_depend_on_the_order_files_are_given()
    {
        var prim = File("sdn.csv", "7,\"KIM, Chol\",\"individual\",\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");
        var alt = File("alt.csv", "7,1,\"aka\",\"KIM, Cheol\",-0- ");
        var reader = new OfacCsvReader();
        Assert.Equal(reader.Read([prim, alt]).ContentHash, reader.Read([alt, prim]).ContentHash);
        Assert.NotEqual(reader.Read([prim]).ContentHash, reader.Read([prim, alt]).ContentHash);
    }
}
