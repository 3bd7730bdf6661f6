using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Cases;
using Cordon.Core.Access;
using Cordon.Storage;
using Microsoft.Data.Sqlite;
using Cordon.Accounts;

namespace Cordon.Operations.Tests;

/// <summary>
/// Erasure of one record id reaches every place its personal data lives (assessments, watch subject, matches, alerts, cases
/// with their history and evidence, network memberships, and the in-memory caches of every instance), and records assessed
/// through one instance link on another: checked by scanning every table afterwards, on SQLite and on PostgreSQL.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class ErasureTests(PostgresCluster cluster)
{
    private static readonly string Sample = File.ReadLines(SharedData.Path("..", "samples", "applications.jsonl")).First();

    [Fact]
    public async Task An_erased_record_leaves_no_trace_in_any_sqlite_table_and_leaves_its_group()
    {
        await using var server = await InProcessServer.StartAsync();
        var person = new Person();

        await AssessAsync(server.Client, person.Record);
        await AssessAsync(server.Client, person.Twin);
        await WatchAndOpenCaseAsync(server.Client, server.Services.Store, person);
        var groupBefore = await server.Client.GetFromJsonAsync<JsonElement>($"/api/networks/records/{person.TwinId}");
        var export = await server.Client.GetFromJsonAsync<JsonElement>($"/api/records/{person.Id}");

        var erase = await server.Client.DeleteAsync($"/api/records/{person.Id}");
        var erased = await erase.Content.ReadFromJsonAsync<JsonElement>();
        var groupAfter = await server.Client.GetAsync($"/api/networks/records/{person.TwinId}");

        Assert.Contains(person.Id, Members(groupBefore));
        Assert.Equal(1, export.GetProperty("cases").GetArrayLength());
        Assert.Equal(2, export.GetProperty("cases")[0].GetProperty("events").GetArrayLength());
        Assert.Equal(1, export.GetProperty("cases")[0].GetProperty("evidenceFiles").GetArrayLength());
        Assert.Equal(1, export.GetProperty("networkMemberships").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Equal(1, erased.GetProperty("cases").GetInt32());
        Assert.Equal(1, erased.GetProperty("networkMemberships").GetInt32());
        // The twin was linked only to the erased record: it is in no group any more, in memory as in the store.
        Assert.Equal(HttpStatusCode.NotFound, groupAfter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/api/records/{person.Id}")).StatusCode);

        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(server.DataFolder, "cordon.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        Assert.Empty(Traces(person, await SqliteRowsAsync(connection)));
    }

    [Fact]
    public async Task On_postgresql_a_record_assessed_through_one_instance_links_on_another_and_its_erasure_reaches_both()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        var key = await TestCredentials.CreateKeyAsync(database, folder.Path);
        await using var first = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
        await using var second = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
        var person = new Person();

        // Each instance builds its network before the other assesses: the second must catch up from the store, not rebuild.
        Assert.Equal(HttpStatusCode.NotFound, (await first.Client.GetAsync($"/api/networks/records/{person.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Client.GetAsync($"/api/networks/records/{person.TwinId}")).StatusCode);
        await AssessAsync(first.Client, person.Record);
        var twinAssessment = await AssessAsync(second.Client, person.Twin);
        await using (var store = await CordonStore.OpenAsync(database, folder.Path))
        {
            await WatchAndOpenCaseAsync(first.Client, store, person);
        }

        var onFirst = await first.Client.GetFromJsonAsync<JsonElement>($"/api/networks/records/{person.Id}");
        var onSecond = await second.Client.GetFromJsonAsync<JsonElement>($"/api/networks/records/{person.TwinId}");
        var erase = await second.Client.DeleteAsync($"/api/records/{person.Id}");
        var firstAfter = await first.Client.GetAsync($"/api/networks/records/{person.TwinId}");
        var secondAfter = await second.Client.GetAsync($"/api/networks/records/{person.TwinId}");

        Assert.True(twinAssessment.TryGetProperty("network", out _), "the twin assessed through the second instance is not linked: " + twinAssessment);
        Assert.Contains(person.Id, SharedWith(twinAssessment));
        Assert.Equal(new[] { person.Id, person.TwinId }.Order(StringComparer.Ordinal), Members(onFirst).Order(StringComparer.Ordinal));
        Assert.Equal(Members(onFirst).Order(StringComparer.Ordinal), Members(onSecond).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, firstAfter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, secondAfter.StatusCode);
        Assert.Empty(Traces(person, await PostgresRowsAsync(database)));
    }

    /// <summary>An applicant whose id, name and e-mail appear nowhere else, and a twin who shares their phone and device.</summary>
    private sealed class Person
    {
        public Person()
        {
            var tag = Guid.NewGuid().ToString("N")[..10];
            Id = "erase-" + tag;
            TwinId = "twin-" + tag;
            Name = "Quillon Erasmo" + tag;
            Email = $"erase.{tag}@example.org";
            var record = JsonNode.Parse(Sample)!.AsObject();
            record["id"] = Id;
            record["person"]!["full_name"] = Name;
            record["contacts"]!["emails"] = new JsonArray(Email);
            Record = record.ToJsonString();
            var twin = JsonNode.Parse(Sample)!.AsObject();
            twin["id"] = TwinId;
            twin["person"]!["full_name"] = "Another Person " + tag;
            twin["contacts"]!["emails"] = new JsonArray($"other.{tag}@example.org");
            Twin = twin.ToJsonString();
        }

        public string Id { get; }

        public string TwinId { get; }

        public string Name { get; }

        public string Email { get; }

        public string Record { get; }

        public string Twin { get; }
    }

    private static async Task<JsonElement> AssessAsync(HttpClient client, string record)
    {
        var response = await client.PostAsync("/api/assessments", new StringContent(record, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Watches the person under their record id and opens a case on their assessment with a comment and an evidence file naming them.</summary>
    private static async Task WatchAndOpenCaseAsync(HttpClient client, ICordonStore store, Person person)
    {
        var watch = await client.PostAsJsonAsync("/api/watch", new[] { new { id = person.Id, name = person.Name } });
        watch.EnsureSuccessStatusCode();
        var cases = new CaseService(store, TimeProvider.System);
        var actor = new CaseActor("u-erasure-test", "erasure-test", Accounts.Organisation.DefaultId, new HashSet<string> { CordonRoles.Admin });
        var opened = await cases.OpenAsync(actor, CaseSourceKind.Assessment, person.Id, $"Application {person.Id}: {person.Name}");
        await cases.AttachFileAsync(actor, opened.Id, opened.Version, "cv.txt", "text/plain", Encoding.UTF8.GetBytes($"CV of {person.Name}, {person.Email}"), $"Résumé of {person.Name}");
    }

    private static IEnumerable<string> Members(JsonElement group) =>
        group.GetProperty("members").EnumerateArray().Select(m => m.GetString()!);

    private static IEnumerable<string> SharedWith(JsonElement assessment) =>
        assessment.GetProperty("network").GetProperty("sharedValues").EnumerateArray().Select(s => s.GetProperty("withRecord").GetString()!).Append(assessment.GetProperty("id").GetString()!);

    /// <summary>
    /// Every cell of every table that still holds the person's id, name or e-mail. The audit log may keep the record id (it
    /// says an erasure happened and what went) but never the name or e-mail.
    /// </summary>
    private static List<string> Traces(Person person, IEnumerable<(string Table, string Column, string Value)> cells) =>
        cells
            .Where(c => c.Value.Contains(person.Name, StringComparison.OrdinalIgnoreCase)
                || c.Value.Contains(person.Email, StringComparison.OrdinalIgnoreCase)
                || (c.Table != "audit_log" && c.Value.Contains(person.Id, StringComparison.Ordinal)))
            .Select(c => $"{c.Table}.{c.Column}: {(c.Value.Length > 200 ? c.Value[..200] + "…" : c.Value)}")
            .ToList();

    private static async Task<List<(string, string, string)>> SqliteRowsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var cells = new List<(string, string, string)>();
        foreach (var table in tables)
        {
            await using var command = new SqliteCommand($"SELECT * FROM \"{table}\"", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells.Add((table, reader.GetName(i), Text(reader.IsDBNull(i) ? null : reader.GetValue(i))));
                }
            }
        }

        Assert.Contains("case_files", tables);
        return cells;
    }

    private static async Task<List<(string, string, string)>> PostgresRowsAsync(string connectionString)
    {
        var tables = (await Database.RowsAsync(connectionString, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
            .Select(r => (string)r[0]!)
            .ToList();
        var cells = new List<(string, string, string)>();
        foreach (var table in tables)
        {
            var columns = (await Database.RowsAsync(connectionString, $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' ORDER BY ordinal_position"))
                .Select(r => (string)r[0]!)
                .ToList();
            foreach (var row in await Database.RowsAsync(connectionString, $"SELECT * FROM \"{table}\""))
            {
                for (var i = 0; i < row.Length; i++)
                {
                    cells.Add((table, columns[i], Text(row[i])));
                }
            }
        }

        Assert.Contains("case_files", tables);
        return cells;
    }

    /// <summary>A cell as text; bytes as UTF-8, so that evidence files and blobs are searched too.</summary>
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
