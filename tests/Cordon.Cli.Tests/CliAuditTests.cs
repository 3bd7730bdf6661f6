namespace Cordon.Cli.Tests;

/// <summary>
/// Changes made from the command line are in the audit log as the workspace's are: hub grants, sharing groups, API roots and
/// collections, hub imports (and refused ones), and list imports that fail.
/// </summary>
public class CliAuditTests
{
    private const string Collection = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    [Fact]
    public async Task Hub_grants_groups_and_imports_and_failed_imports_are_audited()
    {
        using var folder = new TempFolder();
        var bundle = folder.File("bundle.json", $$"""
            {"type":"bundle","id":"bundle--{{Guid.NewGuid()}}","objects":[
              {"type":"indicator","spec_version":"2.1","id":"indicator--{{Guid.NewGuid()}}","created":"2026-11-01T09:00:00.000Z",
               "modified":"2026-11-01T09:00:00.000Z","pattern":"[domain-name:value = 'front.example']","pattern_type":"stix",
               "valid_from":"2026-11-01T09:00:00Z","object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}]}
            """);
        var broken = folder.File("broken.json", "{\"type\":\"bundle\",\"objects\":[");
        var brokenList = folder.File("sdn.csv", "this is not an OFAC file\n\"unterminated");

        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "hub", "api-root", "add", "partners", "--title", "Partners")).ExitCode);
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "hub", "collection", "add", "--api-root", "partners", "--title", "Shared", "--id", Collection)).ExitCode);
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "hub", "grant", Collection, "org-a", "--read", "--write")).ExitCode);
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "hub", "group", "set", "wg", "org-a", "org-b", "--name", "Working group")).ExitCode);
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "hub", "import", bundle, "--collection", Collection, "--organisation", "org-a")).ExitCode);
        Assert.NotEqual(0, (await CordonProcess.RunAsync(folder.Path, "hub", "import", broken, "--collection", Collection, "--organisation", "org-a")).ExitCode);
        Assert.NotEqual(0, (await CordonProcess.RunAsync(folder.Path, "lists", "import", brokenList)).ExitCode);

        var csv = folder.Combine("audit.csv");
        var export = await CordonProcess.RunAsync(folder.Path, "audit", "--output", csv);
        Assert.True(export.ExitCode == 0, export.Error);
        var lines = File.ReadAllLines(csv).Skip(1).ToList();

        bool Has(params string[] parts) => lines.Any(l => parts.All(p => l.Contains(p, StringComparison.Ordinal)));
        Assert.True(Has(",org-a,", ",hub.grant,", Collection), "the grant is in org-a's log:\n" + string.Join('\n', lines));
        Assert.True(Has(",hub.group.set,", "wg"), "the sharing group is audited");
        Assert.True(Has(",hub.configure,", "partners"), "the API root is audited");
        Assert.True(Has(",hub.configure,", Collection), "the collection is audited");
        Assert.True(Has(",org-a,", ",hub.import,", "success", "bundle.json"), "the import is audited with its file");
        Assert.True(Has(",org-a,", ",hub.import,", "failure", "broken.json"), "the refused import is audited with its reason");
        Assert.True(Has(",list.import,", "failure", "sdn.csv"), "the failed list import is audited");
    }
}
