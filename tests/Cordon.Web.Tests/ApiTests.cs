using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cordon.Web.Tests;

public class ApiTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Lists_show_the_imported_version()
    {
        var lists = await Client.GetFromJsonAsync<JsonElement>("/api/lists");

        var sdn = Assert.Single(lists.EnumerateArray());
        Assert.Equal("ofac-sdn", sdn.GetProperty("listId").GetString());
        Assert.Equal(17, sdn.GetProperty("current").GetProperty("entityCount").GetInt32());
    }

    [Fact]
    public async Task An_entity_comes_with_every_field_and_its_source_record()
    {
        var entity = await Client.GetFromJsonAsync<JsonElement>("/api/lists/ofac-sdn/entities/33151");

        Assert.Equal("SUEX OTC, S.R.O.", entity.GetProperty("primaryName").GetString());
        Assert.Contains("CYBER2", entity.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(entity.GetProperty("digitalCurrencyAddresses").EnumerateArray(), a => a.GetProperty("address").GetString() == "12HQDsicffSBaYdJ6BhnE22sfjTESmmzKx");
        Assert.StartsWith("33151,", entity.GetProperty("sourceRecord").GetString());
    }

    [Fact]
    public async Task Unknown_entities_and_lists_are_404_with_a_reason()
    {
        var response = await Client.GetAsync("/api/lists/ofac-sdn/entities/999999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("999999999", await response.Content.ReadAsStringAsync());

        response = await Client.GetAsync("/api/lists/no-such-list/versions");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-list", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Screening_finds_a_listed_person_and_explains_it()
    {
        var response = await Client.PostAsJsonAsync("/api/screen", new { name = "Dmitry Khoroshev", type = "person" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var top = body.GetProperty("matches")[0];
        Assert.Equal("48603", top.GetProperty("entityId").GetString());
        Assert.True(top.GetProperty("score").GetDouble() >= body.GetProperty("threshold").GetDouble());
        Assert.NotEqual(JsonValueKind.Undefined, top.GetProperty("explanation").ValueKind);
    }

    [Fact]
    public async Task Screening_a_wallet_address_alone_finds_its_owner()
    {
        var response = await Client.PostAsJsonAsync("/api/screen", new { walletAddresses = new[] { "12HQDsicffSBaYdJ6BhnE22sfjTESmmzKx" } });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("33151", body.GetProperty("matches")[0].GetProperty("entityId").GetString());
    }

    [Fact]
    public async Task A_bad_subject_is_a_400_naming_the_field()
    {
        var response = await Client.PostAsJsonAsync("/api/screen", new { name = "Moreno", dateOfBirth = "1972-02-30" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("date_of_birth", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_bad_item_in_a_batch_does_not_stop_the_others()
    {
        var response = await Client.PostAsJsonAsync("/api/screen/batch", new
        {
            subjects = new object[]
            {
                new { id = "a", name = "" },
                new { id = "b", name = "Daniel Moreno", type = "person" },
                new { id = "c", name = "Tasca", type = "vessel" },
            },
        });
        response.EnsureSuccessStatusCode();
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results");

        Assert.Equal(3, results.GetArrayLength());
        Assert.Contains("empty", results[0].GetProperty("error").GetString());
        Assert.Equal("15102", results[1].GetProperty("matches")[0].GetProperty("entityId").GetString());
        Assert.Equal("52327", results[2].GetProperty("matches")[0].GetProperty("entityId").GetString());
    }

    [Fact]
    public async Task Batch_items_accept_every_subject_field_the_single_endpoint_accepts()
    {
        var response = await Client.PostAsJsonAsync("/api/screen/batch", new
        {
            subjects = new object[] { new { id = "w", walletAddresses = new[] { "12HQDsicffSBaYdJ6BhnE22sfjTESmmzKx" } } },
        });
        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];

        Assert.Equal("w", result.GetProperty("id").GetString());
        Assert.Equal("33151", result.GetProperty("matches")[0].GetProperty("entityId").GetString());
    }

    [Fact]
    public async Task Compare_names_scores_order_variants_high_and_different_people_low()
    {
        var same = await Client.PostAsJsonAsync("/api/compare-names", new { name1 = "KIM, Jong Un", name2 = "Jong-un Kim", type = "person" });
        var different = await Client.PostAsJsonAsync("/api/compare-names", new { name1 = "KIM, Jong Un", name2 = "Kim Yo Jong", type = "person" });

        var sameScore = (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("score").GetDouble();
        var differentScore = (await different.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("score").GetDouble();
        Assert.True(sameScore > differentScore, $"{sameScore} should exceed {differentScore}");
        Assert.True(sameScore >= server.Services.Matcher.DefaultThreshold);
        Assert.True(differentScore < server.Services.Matcher.DefaultThreshold);
    }

    [Fact]
    public async Task Compare_names_and_screening_take_the_algorithm_by_name()
    {
        var v1 = await (await Client.PostAsJsonAsync("/api/compare-names", new { name1 = "Bill Gates", name2 = "William Gates", type = "person", algorithm = "cordon-name-v1" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var v2 = await (await Client.PostAsJsonAsync("/api/compare-names", new { name1 = "Bill Gates", name2 = "William Gates", type = "person", algorithm = "cordon-name-v2" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cordon-name-v1", v1.GetProperty("algorithm").GetString());
        Assert.Equal("cordon-name-v2", v2.GetProperty("algorithm").GetString());
        Assert.True(v2.GetProperty("score").GetDouble() > v1.GetProperty("score").GetDouble());

        var screened = await Client.PostAsJsonAsync("/api/screen", new { name = "Artem Lifshits", type = "person", algorithm = "cordon-name-v2" });
        screened.EnsureSuccessStatusCode();
        var body = await screened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cordon-name-v2", body.GetProperty("algorithm").GetString());
        Assert.Equal("cordon-name-v2", body.GetProperty("matches")[0].GetProperty("explanation").GetProperty("algorithm").GetString());

        var unknown = await Client.PostAsJsonAsync("/api/screen", new { name = "Artem Lifshits", algorithm = "cordon-name-v9" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("cordon-name-v1", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknownBatch = await Client.PostAsJsonAsync("/api/compare-names", new { name1 = "a", name2 = "b", algorithm = "nope" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknownBatch.StatusCode);
    }

    [Fact]
    public async Task Watch_subjects_raise_alerts_for_their_matches()
    {
        var response = await Client.PostAsJsonAsync("/api/watch", new object[]
        {
            new { id = "cust-1", name = "Artem Lifshits", type = "person" },
            new { id = "cust-2", name = "Jane Q Nobody", type = "person" },
        });
        response.EnsureSuccessStatusCode();

        var alerts = await Client.GetFromJsonAsync<JsonElement>("/api/alerts?subject=cust-1");
        Assert.Contains(alerts.EnumerateArray(), a => a.GetProperty("entitySourceId").GetString() == "29702" && a.GetProperty("kind").GetString() == "NewMatch");
        var clean = await Client.GetFromJsonAsync<JsonElement>("/api/alerts?subject=cust-2");
        Assert.Equal(0, clean.GetArrayLength());

        var detail = await Client.GetFromJsonAsync<JsonElement>("/api/watch/cust-1");
        Assert.Equal("29702", detail.GetProperty("matches")[0].GetProperty("entitySourceId").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/screen", paths);
        Assert.Contains("/api/screen/batch", paths);
        Assert.Contains("/api/lists/{listId}/diff", paths);
        Assert.Contains("/api/alerts", paths);
    }

    [Fact]
    public async Task The_workspace_sends_anonymous_browsers_to_sign_in_and_serves_its_assets()
    {
        var anonymous = server.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await anonymous.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));

        var signIn = await anonymous.GetStringAsync("/sign-in");
        Assert.Contains("name=\"__RequestVerificationToken\"", signIn);
        Assert.Contains("<label for=\"password\">Password</label>", signIn);
        Assert.Contains("--accent", await anonymous.GetStringAsync("/assets/cordon.css"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync("/assets/..%2Fcordon.css")).StatusCode);
    }
}
