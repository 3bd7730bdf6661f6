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

    [Fact]
    public async Task Replacing_a_watched_subject_needs_the_replace_flag_otherwise_409_names_what_would_change()
    {
        (await Client.PostAsJsonAsync("/api/watch", new object[] { new { id = "api-replace-1", name = "Artem Lifshits", type = "person" } })).EnsureSuccessStatusCode();
        var alertsBefore = (await Client.GetFromJsonAsync<JsonElement>("/api/alerts?subject=api-replace-1")).GetArrayLength();

        var refused = await Client.PostAsJsonAsync("/api/watch", new object[] { new { id = "api-replace-1", name = "Jane Q Nobody", type = "person" }, new { id = "api-replace-2", name = "John Q Nobody" } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("api-replace-1: name 'Artem Lifshits' → 'Jane Q Nobody'", problem.GetProperty("detail").GetString());
        Assert.Contains("?replace=true", problem.GetProperty("detail").GetString());
        var conflict = Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("Artem Lifshits", conflict.GetProperty("current").GetProperty("name").GetString());
        Assert.Equal("Jane Q Nobody", conflict.GetProperty("proposed").GetProperty("name").GetString());

        // Nothing was stored: neither the replacement, nor the new subject sent with it, nor any alert.
        Assert.Equal("Artem Lifshits", (await Client.GetFromJsonAsync<JsonElement>("/api/watch/api-replace-1")).GetProperty("subject").GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/watch/api-replace-2")).StatusCode);
        Assert.Equal(alertsBefore, (await Client.GetFromJsonAsync<JsonElement>("/api/alerts?subject=api-replace-1")).GetArrayLength());

        // The same details again are no replacement.
        (await Client.PostAsJsonAsync("/api/watch", new object[] { new { id = "api-replace-1", name = "Artem Lifshits", type = "person" } })).EnsureSuccessStatusCode();

        (await Client.PostAsJsonAsync("/api/watch?replace=true", new object[] { new { id = "api-replace-1", name = "Jane Q Nobody", type = "person" } })).EnsureSuccessStatusCode();
        Assert.Equal("Jane Q Nobody", (await Client.GetFromJsonAsync<JsonElement>("/api/watch/api-replace-1")).GetProperty("subject").GetProperty("subject").GetProperty("name").GetString());
    }
}
