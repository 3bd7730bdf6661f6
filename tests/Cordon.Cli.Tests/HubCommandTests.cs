using System.Text.Json.Nodes;

namespace Cordon.Cli.Tests;

public class HubCommandTests
{
    private const string Collection = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b00";

    private static string Indicator(string marking) => $$"""
        {"type":"indicator","spec_version":"2.1","id":"indicator--{{Guid.NewGuid()}}","created":"2026-11-01T09:00:00.000Z",
         "modified":"2026-11-01T09:00:00.000Z","pattern":"[domain-name:value = 'front.example']","pattern_type":"stix",
         "valid_from":"2026-11-01T09:00:00Z","object_marking_refs":["{{marking}}"]}
        """;

    [Fact]
    public async Task Hub_commands_set_up_a_collection_import_a_bundle_once_and_export_what_each_organisation_may_read()
    {
        using var folder = new TempFolder();
        var bundle = folder.File("bundle.json", $$"""
            {"type":"bundle","id":"bundle--{{Guid.NewGuid()}}","objects":[
              {{Indicator("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb")}},
              {{Indicator("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1")}}]}
            """);

        var root = await CordonProcess.RunAsync(folder.Path, "hub", "api-root", "add", "partners", "--title", "Partners");
        var collection = await CordonProcess.RunAsync(folder.Path, "hub", "collection", "add", "--api-root", "partners", "--title", "Shared", "--id", Collection);
        var grant = await CordonProcess.RunAsync(folder.Path, "hub", "grant", Collection, "org-b", "--read");
        await CordonProcess.RunAsync(folder.Path, "hub", "grant", Collection, "org-a", "--read", "--write");
        var group = await CordonProcess.RunAsync(folder.Path, "hub", "group", "set", "wg", "org-a", "org-b", "--name", "Working group");
        var import = await CordonProcess.RunAsync(folder.Path, "hub", "import", bundle, "--collection", Collection, "--organisation", "org-a");
        var again = await CordonProcess.RunAsync(folder.Path, "hub", "import", bundle, "--collection", Collection, "--organisation", "org-a");
        var exportA = await CordonProcess.RunAsync(folder.Path, "hub", "export", "--collection", Collection, "--organisation", "org-a", "--output", folder.Combine("a.json"));
        var exportB = await CordonProcess.RunAsync(folder.Path, "hub", "export", "--collection", Collection, "--organisation", "org-b", "--output", folder.Combine("b.json"));
        var rights = await CordonProcess.RunAsync(folder.Path, "hub", "rights");

        Assert.True(root.ExitCode == 0, root.Error);
        Assert.True(collection.ExitCode == 0, collection.Error);
        Assert.Equal(Collection, collection.Out.Trim());
        Assert.True(grant.ExitCode == 0, grant.Error);
        Assert.Contains("read yes, write no", grant.Out);
        Assert.True(group.ExitCode == 0, group.Error);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("2 object(s) read: 2 added, 0 already present.", import.Out);
        Assert.Contains("2 object(s) read: 0 added, 2 already present.", again.Out);
        Assert.Contains("2 object(s) written", exportA.Out);
        Assert.Contains("1 object(s) written", exportB.Out);
        var onlyGreen = JsonNode.Parse(File.ReadAllText(folder.Combine("b.json")))!["objects"]!.AsArray();
        Assert.Equal("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", Assert.Single(onlyGreen)!["object_marking_refs"]![0]!.GetValue<string>());
        Assert.Contains($"{Collection}\torg-b\tyes\tno", rights.Out);
    }

    [Fact]
    public async Task Hub_export_refuses_an_organisation_without_a_read_right_on_the_collection()
    {
        using var folder = new TempFolder();
        var bundle = folder.File("bundle.json", $$"""
            {"type":"bundle","id":"bundle--{{Guid.NewGuid()}}","objects":[{{Indicator("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb")}}]}
            """);
        await CordonProcess.RunAsync(folder.Path, "hub", "api-root", "add", "partners", "--title", "Partners");
        await CordonProcess.RunAsync(folder.Path, "hub", "collection", "add", "--api-root", "partners", "--title", "Org A only", "--id", Collection);
        await CordonProcess.RunAsync(folder.Path, "hub", "grant", Collection, "org-a", "--read", "--write");
        await CordonProcess.RunAsync(folder.Path, "hub", "grant", Collection, "org-c", "--write");
        var import = await CordonProcess.RunAsync(folder.Path, "hub", "import", bundle, "--collection", Collection, "--organisation", "org-a");

        var byOwner = await CordonProcess.RunAsync(folder.Path, "hub", "export", "--collection", Collection, "--organisation", "org-a", "--output", folder.Combine("a.json"));
        var byStranger = await CordonProcess.RunAsync(folder.Path, "hub", "export", "--collection", Collection, "--organisation", "org-b", "--output", folder.Combine("b.json"));
        var byWriter = await CordonProcess.RunAsync(folder.Path, "hub", "export", "--collection", Collection, "--organisation", "org-c", "--output", folder.Combine("c.json"));

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("1 object(s) written", byOwner.Out);
        foreach (var (refused, file) in new[] { (byStranger, "b.json"), (byWriter, "c.json") })
        {
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("may not read collection", refused.Error);
            Assert.False(File.Exists(folder.Combine(file)));
            Assert.False(File.Exists(folder.Combine(file + ".partial")));
        }
    }

    [Fact]
    public async Task Hub_import_of_a_broken_bundle_or_medallion_file_exits_2_naming_the_problem()
    {
        using var folder = new TempFolder();
        await CordonProcess.RunAsync(folder.Path, "hub", "api-root", "add", "partners", "--title", "Partners");
        await CordonProcess.RunAsync(folder.Path, "hub", "collection", "add", "--api-root", "partners", "--title", "Shared", "--id", Collection);
        var bad = folder.File("bad.json", """{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[{"type":"indicator","id":"indicator--nope"}]}""");

        var import = await CordonProcess.RunAsync(folder.Path, "hub", "import", bad, "--collection", Collection, "--organisation", "org-a");
        var medallion = await CordonProcess.RunAsync(folder.Path, "hub", "import-medallion", folder.File("m.json", "{\"r\": {\"collections\": [{\"id\": 5}]}}"), "--organisation", "org-a");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("objects[0]", import.Error);
        Assert.Contains("nothing was imported", import.Error);
        Assert.Equal(2, medallion.ExitCode);
        Assert.Contains("r.collections[0]", medallion.Error);
    }

    [Fact]
    public async Task Importing_an_indicator_alerts_the_organisation_whose_stored_record_matches_and_community_keys_are_kept()
    {
        using var folder = new TempFolder();
        var record = folder.File("records.jsonl", """
            {"id":"rec-1","kind":"job_applicant","submitted_at":"2026-10-01T10:00:00Z","person":{"full_name":"A B"},"claimed_location":{"country":"US"},"contacts":{"emails":["hire-me@front.example"]}}
            """);
        var bundle = folder.File("bundle.json", $$"""
            {"type":"bundle","id":"bundle--{{Guid.NewGuid()}}","objects":[
              {"type":"indicator","spec_version":"2.1","id":"indicator--{{Guid.NewGuid()}}","created":"2026-11-01T09:00:00.000Z",
               "modified":"2026-11-01T09:00:00.000Z","pattern":"[domain-name:value = 'front.example']","pattern_type":"stix","name":"Front domain",
               "valid_from":"2026-11-01T09:00:00Z","object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}]}
            """);
        var key = folder.File("key.txt", Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 3 + 1)).ToArray()));

        var assess = await CordonProcess.RunAsync(folder.Path, "assess", "--input", record, "--output", folder.Combine("out.jsonl"));
        await CordonProcess.RunAsync(folder.Path, "hub", "api-root", "add", "partners", "--title", "Partners");
        await CordonProcess.RunAsync(folder.Path, "hub", "collection", "add", "--api-root", "partners", "--title", "Shared", "--id", Collection);
        await CordonProcess.RunAsync(folder.Path, "hub", "grant", Collection, "default", "--read");
        var import = await CordonProcess.RunAsync(folder.Path, "hub", "import", bundle, "--collection", Collection, "--organisation", "org-a");
        var alerts = await CordonProcess.RunAsync(folder.Path, "alerts");
        var addKey = await CordonProcess.RunAsync(folder.Path, "hub", "community-key", "add", "wg-2026", "--key-file", key);
        var shortKey = await CordonProcess.RunAsync(folder.Path, "hub", "community-key", "add", "short", "--key-file", folder.File("short.txt", "c2hvcnQ="));
        var keys = await CordonProcess.RunAsync(folder.Path, "hub", "community-key", "list");

        Assert.True(assess.ExitCode == 0, assess.Error);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.True(alerts.ExitCode == 0, alerts.Error);
        Assert.Contains("rec-1", alerts.Out);
        Assert.True(addKey.ExitCode == 0, addKey.Error);
        Assert.Equal(2, shortKey.ExitCode);
        Assert.Contains("at least 32", shortKey.Error);
        Assert.Equal("wg-2026", keys.Out.Trim());
    }
}
