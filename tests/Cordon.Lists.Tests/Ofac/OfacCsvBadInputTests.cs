using System.Text;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.Tests.Ofac;

public sealed class OfacCsvBadInputTests
{
    private static string[] SampleLines() =>
        File.ReadAllText(SharedData.Path("lists", "ofac-sample", "sdn.csv")).TrimEnd('\u001A').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static ListFormatException Refused(string text)
    {
        var file = new SourceFile("sdn.csv", Encoding.UTF8.GetBytes(text));
        return Assert.Throws<ListFormatException>(() => new OfacCsvReader().Read([file]));
    }

    [Fact]
    public void File_cut_inside_a_quoted_field_names_the_line()
    {
        var lines = SampleLines();
        var third = lines[2];
        var cut = string.Join("\r\n", lines[..2]) + "\r\n" + third[..(third.IndexOf("\"Website", StringComparison.Ordinal) + 20)];
        var e = Refused(cut);
        Assert.Equal("sdn.csv", e.File);
        Assert.Equal(3, e.Line);
        Assert.StartsWith("sdn.csv, line 3: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_column_count_names_the_line()
    {
        var lines = SampleLines();
        lines[4] = lines[4][..lines[4].LastIndexOf(',')];
        var e = Refused(string.Join("\r\n", lines));
        Assert.Equal("sdn.csv, line 5: expected 12 columns but found 11", e.Message);
    }

    [Fact]
    public void Duplicate_entry_numbers_are_refused()
    {
        var lines = SampleLines();
        var e = Refused(string.Join("\r\n", lines) + "\r\n" + lines[0]);
        Assert.Equal(18, e.Line);
        Assert.Contains("appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stray_quote_is_refused()
    {
        var e = Refused("1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,B\"B,-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Unknown_entry_type_is_refused()
    {
        var e = Refused("1,\"A\",\"spaceship\",\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        Assert.Equal("sdn.csv, line 1: unknown SDN_Type 'spaceship' (expected individual, vessel, aircraft or -0-)", e.Message);
    }

    [Fact]
    public void Files_that_are_not_the_set_are_not_claimed()
    {
        var reader = new OfacCsvReader();
        var add = new SourceFile("add.csv", File.ReadAllBytes(SharedData.Path("lists", "ofac-sample", "add.csv")));
        var text = new SourceFile("x.csv", Encoding.UTF8.GetBytes("name,country\nKIM,KP\n"));
        Assert.False(reader.CanRead([add]));
        Assert.False(reader.CanRead([text]));
        Assert.Throws<ListFormatException>(() => reader.Read([add]));
    }
}
