namespace Cordon.Cli.Tests;

/// <summary>Inputs that never end or hide a DTD end the import commands with a clear error (issue 13, finding 18).</summary>
public class ImportLimitTests
{
    [Fact]
    public async Task Hub_import_of_an_endless_stream_ends_with_a_size_limit_error_not_out_of_memory()
    {
        using var folder = new TempFolder();
        const string collection = "5b7a1c0d-2e3f-4a5b-8c6d-7e8f9a0b1c2d";
        await CordonProcess.RunAsync(folder.Path, "hub", "api-root", "add", "partners", "--title", "Partners");
        await CordonProcess.RunAsync(folder.Path, "hub", "collection", "add", "--api-root", "partners", "--title", "Shared", "--id", collection);

        var import = await CordonProcess.RunAsync(folder.Path, "hub", "import", "/dev/zero", "--collection", collection, "--organisation", "default");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("/dev/zero: larger than the limit of 268,435,456 bytes", import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("OutOfMemory", import.Error + import.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_import_of_xml_with_a_doctype_says_dtds_are_not_allowed()
    {
        using var folder = new TempFolder();
        var file = folder.File("UN_consolidated.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a \"b\">]>\n<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>\n");

        var import = await CordonProcess.RunAsync(folder.Path, "lists", "import", file);

        Assert.NotEqual(0, import.ExitCode);
        Assert.Contains("UN_consolidated.xml", import.Error, StringComparison.Ordinal);
        Assert.Contains("DTDs are not allowed", import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not a recognised list format", import.Error, StringComparison.Ordinal);
    }
}
