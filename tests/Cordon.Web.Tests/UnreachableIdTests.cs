using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Cordon.Core.Access;

namespace Cordon.Web.Tests;

/// <summary>
/// Issue 13 finding 20: an id that could not be named in a URL path ('/', '\', '.', '..', control characters) is refused when
/// it is first given, with the reason, for watch subjects and application records alike (cases are reached by their number,
/// and those opened on a record carry its id); every id that is accepted can be read and erased through REST.
/// </summary>
public class UnreachableIdTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private static readonly string Record = File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"))[1];

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("tab\there")]
    public async Task Unreachable_ids_are_refused_for_watch_subjects_and_records_with_the_reason(string id)
    {
        var client = await server.CreateClientAsync("org-ids", CordonRoles.Analyst);

        var watch = await client.PostAsJsonAsync("/api/watch", new[] { new { id, name = "Jane Q Nobody" } });
        Assert.Equal(HttpStatusCode.BadRequest, watch.StatusCode);
        Assert.Contains("Subject 1: the id", await watch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var record = JsonNode.Parse(Record)!;
        record["id"] = id;
        var assessed = await client.PostAsync("/api/assessments", new StringContent(record.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, assessed.StatusCode);
        Assert.Contains("$.id", await assessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await server.Services.Store.GetAssessmentAsync("org-ids", id));

        var batch = await client.PostAsync("/api/assessments/batch", new StringContent("[" + record.ToJsonString() + "]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Contains("\"path\":\"$.id\"", await batch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await server.Services.Store.GetAssessmentAsync("org-ids", id));
    }

    [Theory]
    [InlineData("50% off?#")]
    [InlineData("ü-ñ 空白")]
    [InlineData("x..y")]
    public async Task Accepted_ids_with_unusual_characters_are_read_and_erased_through_rest(string id)
    {
        var client = await server.CreateClientAsync("org-ids-ok", CordonRoles.Admin);
        (await client.PostAsJsonAsync("/api/watch", new[] { new { id, name = "Jane Q Nobody" } })).EnsureSuccessStatusCode();
        var record = JsonNode.Parse(Record)!;
        record["id"] = id;
        (await client.PostAsync("/api/assessments", new StringContent(record.ToJsonString(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var path = Uri.EscapeDataString(id);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/watch/" + path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/assessments/" + path)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/watch/" + path)).StatusCode);
        Assert.True((await client.DeleteAsync("/api/records/" + path)).IsSuccessStatusCode);
        Assert.Null(await server.Services.Store.GetAssessmentAsync("org-ids-ok", id));
    }
}
