using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;
using Cordon.Core;

namespace Cordon.Web.Tests;

/// <summary>
/// The lists in force are platform data (issue 13, findings 1 and 23): only a platform operator changes them, every change
/// (and every failed attempt) is shown in every organisation's audit log, and no answer shows a server path.
/// </summary>
public sealed partial class ListSecurityTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private static MultipartFormDataContent Upload(string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "files", fileName);
        return form;
    }

    private static MultipartFormDataContent Denied() => Upload("dpl.txt", File.ReadAllBytes(SharedData.Path("lists", "bis-dpl", "dpl.txt")));

    [Fact]
    public async Task An_organisation_admin_cannot_replace_the_lists_in_force_through_the_api_or_the_lists_page()
    {
        var before = await server.Services.Store.GetListsAsync();
        var admin = await server.CreateClientAsync("lists-org-b", CordonRoles.Admin);

        using var api = await admin.PostAsync("/api/lists/import", Denied());
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);

        // The workspace page: the upload is not offered, and posting it anyway is refused.
        var page = await PageAsync(admin, "/Lists");
        Assert.DoesNotContain("name=\"files\"", page.Html, StringComparison.Ordinal);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Lists?handler=Import");
        post.Headers.Accept.ParseAdd("text/html");
        post.Headers.Add("Cookie", page.AntiforgeryCookie);
        var form = Denied();
        form.Add(new StringContent(page.AntiforgeryToken), "__RequestVerificationToken");
        post.Content = form;
        using var posted = await admin.SendAsync(post);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);

        var after = await server.Services.Store.GetListsAsync();
        Assert.Equal(before.Select(l => (l.ListId, l.Current.Id)), after.Select(l => (l.ListId, l.Current.Id)));
    }

    [Fact]
    public async Task An_operator_imports_lists_and_every_organisation_sees_each_change_and_failure_in_its_audit_log()
    {
        var operatorClient = await server.CreateClientAsync("lists-platform", CordonRoles.Operator);
        var adminA = await server.CreateClientAsync("lists-org-a", CordonRoles.Admin);
        var adminC = await server.CreateClientAsync("lists-org-c", CordonRoles.Admin);

        Assert.Contains("name=\"files\"", (await PageAsync(operatorClient, "/Lists")).Html, StringComparison.Ordinal);

        using var imported = await operatorClient.PostAsync("/api/lists/import", Denied());
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var body = await imported.Content.ReadFromJsonAsync<JsonElement>();
        var version = body.GetProperty("lists")[0].GetProperty("version");
        Assert.Equal("bis-dpl", version.GetProperty("listId").GetString());
        Assert.False(body.GetProperty("lists")[0].GetProperty("unchanged").GetBoolean());

        using var broken = await operatorClient.PostAsync("/api/lists/import", Upload("sdn.csv", Encoding.UTF8.GetBytes("this is not, a list\n")));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("sdn.csv", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var admin in new[] { adminA, adminC })
        {
            var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit?action=list.import&limit=100");
            var entries = audit.GetProperty("entries").EnumerateArray().ToList();
            var success = Assert.Single(entries, e => e.GetProperty("outcome").GetString() == AuditOutcomes.Success);
            Assert.Equal(AuditEntry.Platform, success.GetProperty("organisationId").GetString());
            Assert.Contains("\"inForce\":" + version.GetProperty("id").GetInt64(), success.GetProperty("detailsJson").GetString(), StringComparison.Ordinal);
            var failure = Assert.Single(entries, e => e.GetProperty("outcome").GetString() == AuditOutcomes.Failure);
            Assert.Contains("sdn.csv", failure.GetProperty("detailsJson").GetString(), StringComparison.Ordinal);
        }

        // The platform entries are everyone's; an organisation's own entries stay its own.
        var auditC = await adminC.GetStringAsync("/api/audit?limit=1000");
        Assert.DoesNotContain("lists-org-a", auditC, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_can_neither_grant_the_operator_role_nor_take_over_an_operator_account()
    {
        var admin = await server.CreateClientAsync("lists-platform-home", CordonRoles.Admin);
        using var created = await admin.PostAsJsonAsync("/api/users", new { userName = "would.be.operator", role = CordonRoles.Operator });
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);

        var (operatorUser, _) = await server.CreateUserWithKeyAsync("lists-platform-home", CordonRoles.Operator);
        var name = operatorUser.User.UserName;
        using var reset = await admin.PostAsJsonAsync($"/api/users/{name}/reset-password", new { });
        using var key = await admin.PostAsJsonAsync("/api/keys", new { userName = name, name = "takeover" });
        using var role = await admin.PutAsJsonAsync($"/api/users/{name}/role", new { role = CordonRoles.Admin });
        using var disable = await admin.PostAsync($"/api/users/{name}/disable", null);
        Assert.All(new[] { reset, key, role, disable }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
    }

    [Fact]
    public async Task Lists_and_versions_show_file_names_never_server_paths()
    {
        var operatorClient = await server.CreateClientAsync("lists-paths", CordonRoles.Operator);
        (await operatorClient.PostAsync("/api/lists/import", Upload("dpl.txt", File.ReadAllBytes(SharedData.Path("lists", "bis-dpl", "dpl.txt"))))).EnsureSuccessStatusCode();

        var lists = await operatorClient.GetStringAsync("/api/lists");
        var versions = await operatorClient.GetStringAsync("/api/lists/ofac-sdn/versions");
        var page = (await PageAsync(operatorClient, "/Lists")).Html;
        foreach (var text in new[] { lists, versions, page })
        {
            Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), text, StringComparison.Ordinal);
            Assert.DoesNotContain("cordon-import-", text, StringComparison.Ordinal);
            Assert.DoesNotContain(SharedData.Path("lists"), text, StringComparison.Ordinal);
        }

        var summaries = JsonDocument.Parse(lists).RootElement.EnumerateArray().ToList();
        Assert.Equal(["dpl.txt"], summaries.Single(l => l.GetProperty("listId").GetString() == "bis-dpl").GetProperty("current").GetProperty("sources").EnumerateArray().Select(s => s.GetString()));

        // The fixture imported the OFAC sample from the shared folder: its path is the operator's business.
        var sdnSources = summaries.Single(l => l.GetProperty("listId").GetString() == "ofac-sdn").GetProperty("current").GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.NotEmpty(sdnSources);
        Assert.All(sdnSources, s => Assert.Equal(Path.GetFileName(s), s));
    }

    [Fact]
    public async Task A_version_is_paged_and_filtered_by_the_store_with_the_same_answers()
    {
        var version = (await server.Services.Store.GetListsAsync()).Single(l => l.ListId == "ofac-sdn").Current;
        var one = await server.Client.GetFromJsonAsync<JsonElement>($"/api/versions/{version.Id}/entities?limit=1");
        Assert.Equal(version.EntityCount, one.GetProperty("total").GetInt32());
        Assert.Single(one.GetProperty("items").EnumerateArray());

        // "HESA TRADE CENTER" is an alias of entry 11195 only.
        var byAlias = await server.Client.GetFromJsonAsync<JsonElement>($"/api/versions/{version.Id}/entities?q=hesa%20trade&limit=500");
        Assert.Equal(1, byAlias.GetProperty("total").GetInt32());
        Assert.Equal("11195", byAlias.GetProperty("items")[0].GetProperty("sourceId").GetString());
    }

    private static async Task<(string Html, string AntiforgeryToken, string AntiforgeryCookie)> PageAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        var token = TokenField().Match(html);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal))?.Split(';')[0] ?? string.Empty
            : string.Empty;
        return (html, token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : string.Empty, cookie);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
