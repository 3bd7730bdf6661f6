using Cordon.Core.Export;

namespace Cordon.Core.Tests;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("KIM Jong Un", "KIM Jong Un")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cells_a_spreadsheet_would_run_as_formulas_get_an_apostrophe(string? value, string expected) =>
        Assert.Equal(expected, CsvCells.Neutralise(value));

    [Fact]
    public void Fields_are_quoted_when_needed_after_neutralising()
    {
        Assert.Equal("plain", CsvCells.Field("plain"));
        Assert.Equal("\"a,b\"", CsvCells.Field("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CsvCells.Field("say \"hi\""));
        Assert.Equal("\"'=1,2\"", CsvCells.Field("=1,2"));
        Assert.Equal("\"line\nbreak\"", CsvCells.Field("line\nbreak"));
        Assert.Equal("id,'=cmd,\"x,y\",", CsvCells.Line(["id", "=cmd", "x,y", null]));
    }
}
