using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Accounts;
using Cordon.Core.Access;

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

    private static MultipartFormDataContent Upload(params string[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var name in files)
        {
            var file = new ByteArrayContent(File.ReadAllBytes(SharedData.Path("lists", "ofac-sample", name)));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "files", name);
        }

        return form;
    }

    [Fact]
    public async Task An_ofac_csv_set_without_its_alias_and_address_files_is_refused_naming_them_unless_accepted()
    {
        var operatorClient = await server.CreateClientAsync("safe-lists-platform", CordonRoles.Operator);
        var admin = await server.CreateClientAsync("safe-lists-org", CordonRoles.Admin);
        var before = await Client.GetFromJsonAsync<JsonElement>("/api/lists/ofac-sdn/versions");

        using var refused = await operatorClient.PostAsync("/api/lists/import", Upload("sdn.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("add.csv (addresses), alt.csv (aliases) and sdn_comments.csv (the end of long remarks) are missing", detail, StringComparison.Ordinal);
        Assert.Contains("acceptIncomplete=true", detail, StringComparison.Ordinal);
        Assert.Equal(before.GetArrayLength(), (await Client.GetFromJsonAsync<JsonElement>("/api/lists/ofac-sdn/versions")).GetArrayLength());
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit?action=list.import&limit=100");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e => e.GetProperty("outcome").GetString() == AuditOutcomes.Failure
            && e.GetProperty("detailsJson").GetString()!.Contains("alt.csv (aliases)", StringComparison.Ordinal));

        // Only the comments file missing: still refused, naming just that one.
        using var almost = await operatorClient.PostAsync("/api/lists/import", Upload("sdn.csv", "add.csv", "alt.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, almost.StatusCode);
        Assert.Contains("sdn_comments.csv (the end of long remarks) is missing", await almost.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        try
        {
            using var accepted = await operatorClient.PostAsync("/api/lists/import?acceptIncomplete=true", Upload("sdn.csv"));
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal(before.GetArrayLength() + 1, (await Client.GetFromJsonAsync<JsonElement>("/api/lists/ofac-sdn/versions")).GetArrayLength());
        }
        finally
        {
            (await operatorClient.PostAsync("/api/lists/import", Upload("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"))).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Hub_indicator_values_are_checked_per_kind_and_a_duplicate_is_refused()
    {
        var store = server.Services.Store;
        var collection = Guid.NewGuid().ToString();
        await store.SaveHubApiRootAsync(new Cordon.Storage.HubApiRoot("safe-partners", "Partners", "Sharing with partners", 10 << 20));
        await store.SaveHubCollectionAsync(new Cordon.Storage.HubCollectionInfo(collection, "safe-partners", "Fronts", null, null, ["application/stix+json;version=2.1"]));
        await store.SetHubCollectionRightAsync(new Cordon.Storage.HubCollectionRight(collection, Cordon.Accounts.Organisation.DefaultId, true, true));
        var url = $"/api/hub/safe-partners/collections/{collection}/indicators";

        foreach (var (kind, value, says) in new[]
        {
            ("ipv4-addr:value", "999.12.1", "'999.12.1' is not an IPv4 address"),
            ("email-addr:value", "handler@", "is not an e-mail address"),
            ("domain-name:value", "kp front.example", "is not a domain name"),
            ("cryptocurrency-wallet:value", "0x12345", "is not a cryptocurrency wallet address"),
            ("bank-account:iban", "DE89 3704 0044 0532 0130 01", "is not an IBAN with valid check digits"),
            ("phone-number:value", "12345", "is not a phone number"),
        })
        {
            using var refused = await Client.PostAsJsonAsync(url, new { kind, value, tlp = "green" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains(says, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using var shared = await Client.PostAsJsonAsync(url, new { kind = "ipv4-addr:value", value = " 198.51.100.7 ", name = "Front VPN exit", tlp = "amber" });
        Assert.Equal(HttpStatusCode.Created, shared.StatusCode);
        var indicator = await shared.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("[ipv4-addr:value = '198.51.100.7']", indicator.GetProperty("pattern").GetString());

        using var duplicate = await Client.PostAsJsonAsync(url, new { kind = "ipv4-addr:value", value = "198.51.100.7", tlp = "green" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("duplicates " + indicator.GetProperty("id").GetString(), (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
