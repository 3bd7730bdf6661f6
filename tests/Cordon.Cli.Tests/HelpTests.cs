namespace Cordon.Cli.Tests;

public class HelpTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        using var folder = new TempFolder();

        var (code, output, _) = await CordonProcess.RunAsync(folder.Path, "--help");

        Assert.Equal(0, code);
        foreach (var command in new[] { "serve", "lists", "screen", "compare-names", "watch", "alerts", "evaluate" })
        {
            Assert.Contains(command, output);
        }
    }

    [Fact]
    public async Task Lists_help_lists_its_subcommands()
    {
        using var folder = new TempFolder();

        var (code, output, _) = await CordonProcess.RunAsync(folder.Path, "lists", "--help");

        Assert.Equal(0, code);
        foreach (var command in new[] { "import", "versions", "diff", "show" })
        {
            Assert.Contains(command, output);
        }
    }
}
