using Cordon.Web.Tests;

namespace Cordon.Cli.Tests;

public class ListSourcesCommandTests
{
    [Fact]
    public async Task Sources_are_listed_added_and_updated_from_a_loopback_server_and_a_failure_keeps_the_version_in_force()
    {
        using var folder = new TempFolder();
        await using var loopback = await LoopbackListServer.StartAsync();
        loopback.Handler = LoopbackListServer.File(File.ReadAllBytes(SharedData.Path("lists", "un", "UN_consolidated.xml")), "application/xml", "\"un-1\"");

        var official = await CordonProcess.RunAsync(folder.Path, "lists", "sources");
        Assert.Equal(0, official.ExitCode);
        Assert.Contains("https://scsanctions.un.org/resources/xml/en/consolidated.xml", official.Out);
        var nothingEnabled = await CordonProcess.RunAsync(folder.Path, "lists", "update");
        Assert.Equal(2, nothingEnabled.ExitCode);
        Assert.Contains("No source is enabled", nothingEnabled.Error);
        Assert.Empty(loopback.Requests);

        var added = await CordonProcess.RunAsync(folder.Path, "lists", "sources", "add", "un-local", "--url", loopback.Url("/consolidated.xml"), "--list", "un-sc", "--format", "un-xml", "--every", "1h", "--enable");
        Assert.Equal(0, added.ExitCode);
        var first = await CordonProcess.RunAsync(folder.Path, "lists", "update");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("imported with 1,003 entries from consolidated.xml", first.Out);
        var second = await CordonProcess.RunAsync(folder.Path, "lists", "update", "un-local");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("not modified", second.Out);
        Assert.Equal("\"un-1\"", loopback.Requests.Last().IfNoneMatch);

        loopback.Handler = LoopbackListServer.File("<html>Service moved</html>"u8.ToArray(), "text/html");
        var failed = await CordonProcess.RunAsync(folder.Path, "lists", "update", "un-local");
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("text/html", failed.Error);
        var listed = await CordonProcess.RunAsync(folder.Path, "lists", "sources", "list");
        Assert.Contains("un-local: last check failed", listed.Out);
        var versions = await CordonProcess.RunAsync(folder.Path, "lists", "versions", "--list", "un-sc");
        Assert.Contains("1003", versions.Out);

        var removeOfficial = await CordonProcess.RunAsync(folder.Path, "lists", "sources", "remove", "un-sc");
        Assert.Equal(2, removeOfficial.ExitCode);
        Assert.Contains("disable it instead", removeOfficial.Error);
        var badInterval = await CordonProcess.RunAsync(folder.Path, "lists", "sources", "set", "un-local", "--every", "soon");
        Assert.Equal(2, badInterval.ExitCode);
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "lists", "sources", "remove", "un-local")).ExitCode);
    }
}
