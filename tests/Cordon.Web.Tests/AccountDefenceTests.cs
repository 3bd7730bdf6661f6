using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;
using Cordon.Cases;

namespace Cordon.Web.Tests;

/// <summary>
/// Issue 13's account findings at the HTTP level: revocable sessions (11), forged cookie calls to the REST API (12), user names
/// of other organisations (16) and one display-name limit (24).
/// </summary>
public class AccountDefenceTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_is_refused_and_sign_out_ends_the_users_other_sessions()
    {
        var (user, _) = await server.CreateUserWithKeyAsync("org-revoke", CordonRoles.Analyst, Password);
        var first = await SignedInAsync(user.User.UserName);
        var second = await SignedInAsync(user.User.UserName);
        var stolenCopy = WithCookie(first.Cookie);
        Assert.Equal(HttpStatusCode.OK, (await stolenCopy.GetAsync("/api/watch")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await first.Client.DeleteAsync("/api/session")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await stolenCopy.GetAsync("/api/watch")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stolenCopy.PostAsJsonAsync("/api/watch", new[] { new { id = "after-sign-out", name = "Jane Q Nobody" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.Client.GetAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await SignedInAsync(user.User.UserName)).Client.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task An_admins_password_reset_and_the_users_own_password_change_end_the_users_sessions_at_once()
    {
        var (user, _) = await server.CreateUserWithKeyAsync("org-revoke-reset", CordonRoles.Analyst, Password);
        var admin = await server.CreateClientAsync("org-revoke-reset", CordonRoles.Admin);
        var beforeReset = await SignedInAsync(user.User.UserName);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/users/{user.User.UserName}/reset-password", new { password = Password + " two" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await beforeReset.Client.GetAsync("/api/watch")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await beforeReset.Client.PostAsJsonAsync("/api/screen", new { name = "Kim Jong Un" })).StatusCode);

        var changing = await SignedInAsync(user.User.UserName, Password + " two");
        var elsewhere = await SignedInAsync(user.User.UserName, Password + " two");
        var changed = await changing.Client.PostAsJsonAsync("/api/session/password", new { currentPassword = Password + " two", newPassword = Password + " three" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        // The session that changed the password goes on under a renewed cookie; every other one ends.
        var renewed = WithCookie(Assert.Single(changed.Headers.GetValues("Set-Cookie")).Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/watch")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.Client.GetAsync("/api/watch")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await changing.Client.GetAsync("/api/watch")).StatusCode);
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("reset-password")]
    [InlineData("rotate")]
    public async Task A_cookie_call_with_a_foreign_origin_and_a_form_body_is_refused_and_changes_nothing(string action)
    {
        var organisation = "org-csrf-" + action;
        var (admin, adminKey) = await server.CreateUserWithKeyAsync(organisation, CordonRoles.Admin, Password);
        var (victim, _) = await server.CreateUserWithKeyAsync(organisation, CordonRoles.Analyst, Password);
        if (action == "enable")
        {
            await server.Accounts.SetDisabledAsync(Actor.Operator, victim.User.UserName, true);
        }

        var key = await server.Accounts.CreateApiKeyAsync(Actor.Operator, victim.User.UserName, "target");
        var path = action == "rotate" ? $"/api/keys/{key.Key.Id}/rotate" : $"/api/users/{victim.User.UserName}/{action}";
        var session = await SignedInAsync(admin.User.UserName);
        var before = await server.Services.Store.GetUserAsync(victim.User.Id);

        // What a page on another port of the same host sends: the SameSite cookie goes with it.
        var forged = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = "attacker's choice 123" }),
        };
        forged.Headers.Add("Origin", "http://localhost:8081");
        forged.Headers.Add("Sec-Fetch-Site", "same-site");
        var refused = await session.Client.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await server.Services.Store.GetUserAsync(victim.User.Id));
        Assert.Null((await server.Services.Store.GetApiKeyAsync(key.Key.Id))!.RevokedAt);

        // A form body without any origin header, or a foreign origin with a JSON body, is refused too.
        var formOnly = await session.Client.PostAsync(path, new StringContent("password=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.Forbidden, formOnly.StatusCode);
        var textPlain = await session.Client.PostAsync(path, new StringContent("{}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Forbidden, textPlain.StatusCode);
        var foreignJson = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { }) };
        foreignJson.Headers.Add("Origin", "http://127.0.0.1:8081");
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.SendAsync(foreignJson)).StatusCode);
        Assert.Equal(before, await server.Services.Store.GetUserAsync(victim.User.Id));

        // The workspace's own JSON call from the same origin goes through; so does a program with an API key, whatever its content type.
        var sameOrigin = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { }) };
        sameOrigin.Headers.Add("Origin", "http://localhost");
        sameOrigin.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.OK, (await session.Client.SendAsync(sameOrigin)).StatusCode);
        var program = server.CreateAnonymousClient();
        program.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        var programPath = action == "rotate"
            ? $"/api/keys/{(await server.Accounts.CreateApiKeyAsync(Actor.Operator, victim.User.UserName, "second")).Key.Id}/rotate"
            : path;
        var withKey = new HttpRequestMessage(HttpMethod.Post, programPath) { Content = new StringContent(string.Empty, Encoding.UTF8, "application/x-www-form-urlencoded") };
        withKey.Headers.Add("Origin", "http://localhost:8081");
        Assert.NotEqual(HttpStatusCode.Forbidden, (await program.SendAsync(withKey)).StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/watch")]
    [InlineData("POST", "/api/screen")]
    [InlineData("POST", "/api/users")]
    [InlineData("POST", "/api/keys")]
    [InlineData("DELETE", "/api/watch/some-id")]
    [InlineData("POST", "/api/session/password")]
    [InlineData("DELETE", "/api/session")]
    public async Task Every_state_changing_cookie_call_from_a_foreign_origin_is_refused(string method, string path)
    {
        var (admin, _) = await server.CreateUserWithKeyAsync("org-csrf-general", CordonRoles.Admin, Password);
        var session = await SignedInAsync(admin.User.UserName);
        var forged = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent("name=Kim+Jong+Un", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        forged.Headers.Add("Origin", "http://localhost:8081");

        var answer = await session.Client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("Cross-site request refused", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_tell_a_user_name_taken_in_another_organisation_from_one_taken_in_its_own()
    {
        var otherAdmin = await server.CreateClientAsync("org-names-a", CordonRoles.Admin);
        var admin = await server.CreateClientAsync("org-names-b", CordonRoles.Admin);
        (await otherAdmin.PostAsJsonAsync("/api/users", new { userName = "a-analyst", role = "analyst" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "b-analyst", role = "analyst" })).EnsureSuccessStatusCode();

        var foreign = await admin.PostAsJsonAsync("/api/users", new { userName = "a-analyst", role = "analyst" });
        var own = await admin.PostAsJsonAsync("/api/users", new { userName = "b-analyst", role = "analyst" });

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(own.StatusCode, foreign.StatusCode);
        var foreignDetail = (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        var ownDetail = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Equal(ownDetail.Replace("b-analyst", "NAME", StringComparison.Ordinal), foreignDetail.Replace("a-analyst", "NAME", StringComparison.Ordinal));
        Assert.DoesNotContain("taken", foreignDetail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("org-names-a", foreignDetail, StringComparison.Ordinal);

        // Nor through the other ways a name can be named: every one says "no user" as for a name nobody has.
        foreach (var path in new[] { "/api/users/a-analyst", "/api/users/nobody-has-this" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(path)).StatusCode);
        }

        var keyForForeign = await admin.PostAsJsonAsync("/api/keys", new { name = "probe", userName = "a-analyst" });
        var keyForNobody = await admin.PostAsJsonAsync("/api/keys", new { name = "probe", userName = "nobody-has-this" });
        Assert.Equal(keyForNobody.StatusCode, keyForForeign.StatusCode);
    }

    [Fact]
    public async Task Display_names_over_two_hundred_characters_are_refused_everywhere_and_the_longest_accepted_one_can_be_assigned_a_case()
    {
        var admin = await server.CreateClientAsync("org-display", CordonRoles.Admin);
        var tooLong = new string('x', UserAccount.MaxDisplayNameLength + 1);
        var longest = new string('y', UserAccount.MaxDisplayNameLength);

        var refused = await admin.PostAsJsonAsync("/api/users", new { userName = "too.long", displayName = tooLong, role = "analyst" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("at most 200", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await server.Services.Store.GetUserByNameAsync("too.long"));
        var controlCharacters = await admin.PostAsJsonAsync("/api/users", new { userName = "line.break", displayName = "Ann\nLee", role = "analyst" });
        Assert.Equal(HttpStatusCode.BadRequest, controlCharacters.StatusCode);
        await Assert.ThrowsAsync<AccountException>(() => server.Accounts.CreateUserAsync(Actor.Operator, "org-display", "cli.too.long", tooLong, CordonRoles.Analyst, null));

        var accepted = await admin.PostAsJsonAsync("/api/users", new { userName = "longest.name", displayName = longest, role = "analyst" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var assignee = (await server.Services.Store.GetUserByNameAsync("longest.name"))!;
        var cases = (Cordon.Cases.CaseService)server.AppServices.GetService(typeof(Cordon.Cases.CaseService))!;
        var actor = new Cordon.Cases.CaseActor("u-admin", "admin", "org-display", new HashSet<string> { CordonRoles.Admin });
        var opened = await cases.OpenAsync(actor, CaseSourceKind.Manual, "src-1", "a case");
        var assigned = await cases.AssignAsync(actor, opened.Id, opened.Version, assignee.Id, assignee.DisplayName);
        Assert.Equal(longest, assigned.AssigneeName);
    }

    private async Task<(HttpClient Client, string Cookie)> SignedInAsync(string userName, string password = Password)
    {
        var response = await server.CreateAnonymousClient().PostAsJsonAsync("/api/session", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie")).Split(';')[0];
        return (WithCookie(cookie), cookie);
    }

    private HttpClient WithCookie(string cookie)
    {
        var client = server.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
