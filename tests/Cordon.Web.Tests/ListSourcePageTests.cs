using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;
using Cordon.Web.ListSources;
using Microsoft.Extensions.DependencyInjection;
using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Web.Tests;

/// <summary>The workspace Lists page's sources: what every user sees, and "Check now", for operators only, behind CSRF protection.</summary>
public sealed partial class ListSourcePageTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    [Fact]
    public async Task Operators_check_a_source_now_others_see_the_sources_without_the_button_and_a_post_without_its_token_is_refused()
    {
        await using var loopback = await LoopbackListServer.StartAsync();
        loopback.Handler = LoopbackListServer.File(File.ReadAllBytes(SharedData.Path("lists", "un", "UN_consolidated.xml")), "application/xml", "\"un-1\"");
        var sources = server.AppServices.GetRequiredService<ListSourceService>();
        await sources.ChangeAsync(Actor.Operator, "un-sc", null, loopback.Url("/consolidated.xml"), null, null);

        var admin = await server.CreateClientAsync("sources-org", CordonRoles.Admin);
        var adminPage = await PageAsync(admin);
        Assert.Contains("id=\"sources-title\"", adminPage.Html, StringComparison.Ordinal);
        Assert.Contains("un-sc", adminPage.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Check now", adminPage.Html, StringComparison.Ordinal);
        using (var refused = await PostCheckAsync(admin, adminPage, "un-sc"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var operatorClient = await server.CreateClientAsync("sources-platform", CordonRoles.Operator);
        var page = await PageAsync(operatorClient);
        Assert.Contains("Check now", page.Html, StringComparison.Ordinal);
        using (var withoutToken = await PostCheckAsync(operatorClient, page with { AntiforgeryToken = "" }, "un-sc"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        }

        Assert.Empty(loopback.Requests);
        using (var checkedNow = await PostCheckAsync(operatorClient, page, "un-sc"))
        {
            Assert.Equal(HttpStatusCode.Redirect, checkedNow.StatusCode);
        }

        var source = await sources.GetAsync("un-sc");
        Assert.Equal((ListSourceOutcomes.Changed, "\"un-1\""), (source.LastOutcome, source.ETag));
        var after = await PageAsync(operatorClient);
        Assert.Contains("changed", after.Html, StringComparison.Ordinal);
        var audit = await server.Services.Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.ListImport, TargetId: "un-sc"));
        Assert.Equal(AuditEntry.Platform, audit.Entries.Single().OrganisationId);
        Assert.StartsWith("operator-", audit.Entries.Single().UserName, StringComparison.Ordinal);

        // A failed check shows its reason on the page.
        loopback.Handler = LoopbackListServer.File("<html>moved</html>"u8.ToArray(), "text/html");
        await sources.ChangeAsync(Actor.Operator, "un-sc", null, loopback.Url("/moved.xml"), null, null);
        var again = await PageAsync(operatorClient);
        using var failed = await PostCheckAsync(operatorClient, again, "un-sc");
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains("text/html", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_sources_to_every_caller_and_checks_one_for_operators_only()
    {
        await using var loopback = await LoopbackListServer.StartAsync();
        loopback.Handler = LoopbackListServer.File("<html>moved</html>"u8.ToArray(), "text/html");
        var sources = server.AppServices.GetRequiredService<ListSourceService>();
        await sources.AddAsync(Actor.Operator, "api-test", "un-sc", loopback.Url("/un.xml"), "un-xml", null, enabled: false);

        var listed = await server.Client.GetFromJsonAsync<JsonElement>("/api/list-sources/");
        var row = listed.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "api-test");
        Assert.Equal((loopback.Url("/un.xml"), 360L), (row.GetProperty("url").GetString(), row.GetProperty("intervalMinutes").GetInt64()));
        Assert.False(row.TryGetProperty("leasedBy", out _));
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("name").GetString() == "ofac-sdn");

        using (var analyst = await server.Client.PostAsync("/api/list-sources/api-test/check", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, analyst.StatusCode);
        }

        Assert.Empty(loopback.Requests);
        var operatorClient = await server.CreateClientAsync("sources-api-platform", CordonRoles.Operator);
        using (var missing = await operatorClient.PostAsync("/api/list-sources/no-such/check", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        using var checkedNow = await operatorClient.PostAsync("/api/list-sources/api-test/check", null);
        Assert.Equal(HttpStatusCode.OK, checkedNow.StatusCode);
        var result = await checkedNow.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ListSourceOutcomes.Failed, result.GetProperty("outcome").GetString());
        Assert.Contains("text/html", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Single(loopback.Requests);
    }

    private static async Task<HttpResponseMessage> PostCheckAsync(HttpClient client, (string Html, string AntiforgeryToken, string AntiforgeryCookie) page, string name)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Lists?handler=Check");
        post.Headers.Accept.ParseAdd("text/html");
        post.Headers.Add("Cookie", page.AntiforgeryCookie);
        var fields = new Dictionary<string, string> { ["name"] = name };
        if (page.AntiforgeryToken.Length > 0)
        {
            fields["__RequestVerificationToken"] = page.AntiforgeryToken;
        }

        post.Content = new FormUrlEncodedContent(fields);
        return await client.SendAsync(post);
    }

    private static async Task<(string Html, string AntiforgeryToken, string AntiforgeryCookie)> PageAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Lists");
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
