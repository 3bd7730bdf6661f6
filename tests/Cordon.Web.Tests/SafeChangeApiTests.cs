using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cordon.Web.Tests;

/// <summary>The REST side of issue 20: evidence that is never hidden, and changes that need an explicit yes.</summary>
public class SafeChangeApiTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task A_strong_name_with_a_conflicting_date_of_birth_comes_below_the_threshold_with_the_lists_searched()
    {
        var response = await Client.PostAsJsonAsync("/api/screen", new { name = "Dmitry Yuryevich Khoroshev", dateOfBirth = "1960-01-01", type = "person" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.DoesNotContain(body.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entityId").GetString() == "48603");
        var near = Assert.Single(body.GetProperty("belowThreshold").EnumerateArray(), m => m.GetProperty("entityId").GetString() == "48603");
        Assert.True(near.GetProperty("explanation").GetProperty("nameScore").GetDouble() >= 0.95);
        Assert.True(near.GetProperty("score").GetDouble() < body.GetProperty("threshold").GetDouble());
        var list = Assert.Single(body.GetProperty("lists").EnumerateArray());
        Assert.Equal("ofac-sdn", list.GetProperty("listId").GetString());
        Assert.True(list.TryGetProperty("importedAt", out _));

        // With the date of birth that agrees, it is a match, and not repeated below.
        var agreeing = await (await Client.PostAsJsonAsync("/api/screen", new { name = "Dmitry Yuryevich Khoroshev", dateOfBirth = "1993-04-17", type = "person" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(agreeing.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entityId").GetString() == "48603");
        Assert.DoesNotContain(agreeing.GetProperty("belowThreshold").EnumerateArray(), m => m.GetProperty("entityId").GetString() == "48603");
    }
}
