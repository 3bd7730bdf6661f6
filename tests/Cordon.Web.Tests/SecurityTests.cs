using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;

namespace Cordon.Web.Tests;

public class SecurityTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private static readonly string Record = File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"))[1];

    [Theory]
    [InlineData("GET", "/api/lists")]
    [InlineData("GET", "/api/watch")]
    [InlineData("GET", "/api/alerts")]
    [InlineData("GET", "/api/assessments/app-1")]
    [InlineData("POST", "/api/screen")]
    [InlineData("POST", "/api/assessments")]
    [InlineData("GET", "/api/users")]
    [InlineData("GET", "/api/audit")]
    [InlineData("GET", "/api/session")]
    public async Task Anonymous_api_callers_get_401_with_a_challenge_and_no_redirect(string method, string path)
    {
        var client = server.CreateAnonymousClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? Json("{}") : null });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
    }

    [Fact]
    public async Task The_openapi_document_stays_open()
    {
        var response = await server.CreateAnonymousClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_or_revoked_key_is_401()
    {
        var (user, key) = await server.CreateUserWithKeyAsync("org-revoke", CordonRoles.Analyst);
        var client = server.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/watch")).StatusCode);

        Assert.True(ApiKeys.TryParse(key, out var id, out _));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKeys.Format(id, new string('a', ApiKeys.SecretLength)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/watch")).StatusCode);

        await server.Accounts.RevokeApiKeyAsync(Actor.Operator, id);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/watch")).StatusCode);
        Assert.NotNull(user.User.Id);
    }

    [Fact]
    public async Task Basic_takes_a_key_id_and_secret_or_a_user_name_and_password()
    {
        var password = "correct horse battery staple";
        var (user, key) = await server.CreateUserWithKeyAsync("org-basic", CordonRoles.Reviewer, password);
        Assert.True(ApiKeys.TryParse(key, out var id, out var secret));

        Assert.Equal(HttpStatusCode.OK, (await Basic(ApiKeys.DisplayPrefix(id), secret).GetAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Basic("anything", key).GetAsync("/api/session")).StatusCode);
        var session = await Basic(user.User.UserName, password).GetFromJsonAsync<JsonElement>("/api/session");
        Assert.Equal("org-basic", session.GetProperty("organisationId").GetString());
        Assert.Equal(CordonRoles.Reviewer, session.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Basic(user.User.UserName, password + "x").GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task A_reviewer_reads_but_cannot_write()
    {
        var reviewer = await server.CreateClientAsync("org-review", CordonRoles.Reviewer);

        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/watch")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/lists")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync("/api/assessments", Json(Record))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync("/api/watch", new object[] { new { id = "x", name = "Kim Jong Un" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.DeleteAsync("/api/watch/x")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task One_organisation_never_sees_another_organisations_watch_subjects_alerts_or_assessments()
    {
        var alpha = await server.CreateClientAsync("org-alpha", CordonRoles.Analyst);
        var beta = await server.CreateClientAsync("org-beta", CordonRoles.Admin);
        (await alpha.PostAsJsonAsync("/api/watch", new object[] { new { id = "shared-id", name = "Artem Lifshits", type = "person" } })).EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(Record).RootElement.GetProperty("id").GetString();
        (await alpha.PostAsync("/api/assessments", Json(Record))).EnsureSuccessStatusCode();

        var missingSubject = await beta.GetAsync("/api/watch/never-stored");
        var otherSubject = await beta.GetAsync("/api/watch/shared-id");
        Assert.Equal(HttpStatusCode.NotFound, otherSubject.StatusCode);
        Assert.Equal(
            (await WithoutTraceId(missingSubject)).Replace("never-stored", "X"),
            (await WithoutTraceId(otherSubject)).Replace("shared-id", "X"));
        Assert.Equal(0, (await beta.GetFromJsonAsync<JsonElement>("/api/watch")).GetArrayLength());
        Assert.Equal(0, (await beta.GetFromJsonAsync<JsonElement>("/api/alerts")).GetArrayLength());
        Assert.Equal(0, (await beta.GetFromJsonAsync<JsonElement>("/api/alerts?subject=shared-id")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/api/assessments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.DeleteAsync("/api/watch/shared-id")).StatusCode);

        // Beta's own subject under the same id is its own; alpha's is untouched.
        (await beta.PostAsJsonAsync("/api/watch", new object[] { new { id = "shared-id", name = "Jane Q Nobody", type = "person" } })).EnsureSuccessStatusCode();
        var alphaSubject = await alpha.GetFromJsonAsync<JsonElement>("/api/watch/shared-id");
        Assert.Equal("Artem Lifshits", alphaSubject.GetProperty("subject").GetProperty("subject").GetProperty("name").GetString());
        Assert.NotEqual(0, (await alpha.GetFromJsonAsync<JsonElement>("/api/alerts")).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await alpha.GetAsync($"/api/assessments/{id}")).StatusCode);
    }

    [Fact]
    public async Task Admins_manage_users_and_keys_of_their_own_organisation_only()
    {
        var admin = await server.CreateClientAsync("org-admin-a", CordonRoles.Admin);
        var otherAdmin = await server.CreateClientAsync("org-admin-b", CordonRoles.Admin);

        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "new.analyst", role = "analyst" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var password = body.GetProperty("password").GetString()!;
        Assert.True(password.Length >= 12);
        Assert.DoesNotContain("passwordHash", await created.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users");
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("userName").GetString() == "new.analyst");
        var foreign = await otherAdmin.GetFromJsonAsync<JsonElement>("/api/users");
        Assert.DoesNotContain(foreign.EnumerateArray(), u => u.GetProperty("userName").GetString() == "new.analyst");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync("/api/users/new.analyst/disable", null)).StatusCode);

        var key = await (await admin.PostAsJsonAsync("/api/keys", new { name = "etl", userName = "new.analyst" })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = key.GetProperty("secret").GetString()!;
        var keyId = key.GetProperty("key").GetProperty("id").GetString()!;
        Assert.StartsWith("cordon_" + keyId + "_", secret);
        var keyClient = server.CreateAnonymousClient();
        keyClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await keyClient.GetAsync("/api/watch")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.DeleteAsync($"/api/keys/{keyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyClient.GetAsync("/api/watch")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/users/new.analyst/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync("/api/watch")).StatusCode);
    }

    [Fact]
    public async Task A_browser_signs_in_with_a_cookie_and_wrong_passwords_look_alike()
    {
        var password = "a long enough passphrase";
        var (user, _) = await server.CreateUserWithKeyAsync("org-cookie", CordonRoles.Analyst, password);
        var browser = server.CreateAnonymousClient();

        var unknown = await browser.PostAsJsonAsync("/api/session", new { userName = "nobody-at-all", password });
        var wrong = await browser.PostAsJsonAsync("/api/session", new { userName = user.User.UserName, password = password + "!" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(await WithoutTraceId(unknown), await WithoutTraceId(wrong));

        var signIn = await browser.PostAsJsonAsync("/api/session", new { userName = user.User.UserName.ToUpperInvariant(), password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var withCookie = server.CreateAnonymousClient();
        withCookie.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        var session = await withCookie.GetFromJsonAsync<JsonElement>("/api/session");
        Assert.Equal(user.User.Id, session.GetProperty("userId").GetString());

        // Disabling the user ends the session at once.
        await server.Accounts.SetDisabledAsync(Actor.Operator, user.User.UserName, true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withCookie.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_shows_the_organisations_own_events_and_exports_safe_csv()
    {
        var admin = await server.CreateClientAsync("org-audit", CordonRoles.Admin);
        var other = await server.CreateClientAsync("org-audit-other", CordonRoles.Admin);
        (await admin.PostAsJsonAsync("/api/watch", new object[] { new { id = "=1+2", name = "Jane Q Nobody" } })).EnsureSuccessStatusCode();
        (await admin.DeleteAsync("/api/watch/" + Uri.EscapeDataString("=1+2"))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "audited.one", role = "reviewer" })).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/assessments", Json(Record))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/screen", new { name = "Dmitry Khoroshev" })).EnsureSuccessStatusCode();
        var recordId = JsonDocument.Parse(Record).RootElement.GetProperty("id").GetString();
        (await admin.GetAsync($"/api/assessments/{recordId}")).EnsureSuccessStatusCode();

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/audit?limit=1000");
        var actions = page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains(AuditActions.UserCreate, actions);
        Assert.Contains(AuditActions.AssessmentStore, actions);
        Assert.Contains(AuditActions.AssessmentView, actions);
        Assert.Contains(AuditActions.Screening, actions);
        Assert.All(page.GetProperty("entries").EnumerateArray(), e => Assert.Equal("org-audit", e.GetProperty("organisationId").GetString()));
        Assert.DoesNotContain("Khoroshev", page.ToString());

        var otherPage = await other.GetFromJsonAsync<JsonElement>("/api/audit?limit=1000");
        Assert.DoesNotContain(otherPage.GetProperty("entries").EnumerateArray(), e => e.GetProperty("organisationId").GetString() == "org-audit");

        var filtered = await admin.GetFromJsonAsync<JsonElement>("/api/audit?action=user.create&limit=1");
        Assert.Single(filtered.GetProperty("entries").EnumerateArray());
        Assert.Equal(AuditActions.UserCreate, filtered.GetProperty("entries")[0].GetProperty("action").GetString());

        var csv = await admin.GetAsync("/api/audit?format=csv&action=user.*");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,at,organisation,", lines[0]);
        Assert.Contains(lines, l => l.Contains("audited.one", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains(",user.", l, StringComparison.Ordinal));

        var removals = (await admin.GetStringAsync("/api/audit?format=csv&action=watch.remove")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(",watch-subject,'=1+2,success,", Assert.Single(removals.Skip(1)), StringComparison.Ordinal);
    }

    private HttpClient Basic(string user, string password)
    {
        var client = server.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client;
    }

    /// <summary>The problem body without its per-request trace id, to compare two answers.</summary>
    private static async Task<string> WithoutTraceId(HttpResponseMessage response)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
