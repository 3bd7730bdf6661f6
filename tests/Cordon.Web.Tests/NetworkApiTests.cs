using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cordon.Core.Access;

namespace Cordon.Web.Tests;

public class NetworkApiTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    [Fact]
    public async Task Records_sharing_a_device_form_a_group_seen_only_by_their_organisation()
    {
        var alpha = await server.CreateClientAsync("org-net-alpha", CordonRoles.Analyst);
        var beta = await server.CreateClientAsync("org-net-beta", CordonRoles.Analyst);
        var batch = "[" + Record("net-a1", "dev-shared-77", "73.40.1.1") + "," + Record("net-a2", "dev-shared-77", "98.7.6.5") + "]";

        var assessed = await (await alpha.PostAsync("/api/assessments/batch", new StringContent(batch, Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<JsonElement>();
        var groups = await alpha.GetFromJsonAsync<JsonElement>("/api/networks");
        var ofRecord = await alpha.GetFromJsonAsync<JsonElement>("/api/networks/records/net-a2");

        var network = assessed[1].GetProperty("network");
        Assert.Equal(2, network.GetProperty("size").GetInt32());
        Assert.Equal("device", network.GetProperty("sharedValues")[0].GetProperty("kind").GetString());
        var group = Assert.Single(groups.EnumerateArray());
        Assert.Equal(network.GetProperty("groupId").GetString(), group.GetProperty("id").GetString());
        Assert.Equal(["net-a1", "net-a2"], group.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.True(group.GetProperty("risk").TryGetProperty("score", out _));
        Assert.Equal(group.GetProperty("id").GetString(), ofRecord.GetProperty("id").GetString());

        // Another organisation sees neither the group nor the record's network; anonymous callers are refused.
        Assert.Empty((await beta.GetFromJsonAsync<JsonElement>("/api/networks")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync("/api/networks/records/net-a2")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.CreateAnonymousClient().GetAsync("/api/networks")).StatusCode);
    }

    private static string Record(string id, string device, string ip) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["kind"] = "freelancer",
        ["submitted_at"] = "2026-10-01T10:00:00Z",
        ["person"] = new { full_name = "Person " + id },
        ["claimed_location"] = new { country = "US" },
        ["contacts"] = new { emails = new[] { id + "@example.org" } },
        ["sessions"] = new[] { new { started_at = "2026-10-01T02:00:00Z", ip, device_id = device } },
    });
}
