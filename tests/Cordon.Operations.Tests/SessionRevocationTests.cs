using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;

namespace Cordon.Operations.Tests;

/// <summary>
/// Issue 13 finding 11 and issue 19's HTTP Basic cache across two `cordon serve` processes on one PostgreSQL database: a
/// sign-out, an administrator's password reset, the user's own password change and a disable made through one instance end
/// the cookie sessions and the remembered HTTP Basic checks of that user on the other at once.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class SessionRevocationTests(PostgresCluster cluster)
{
    private const string Password = "Granite-Harbour-5521-Vale";

    [Fact]
    public async Task Sign_out_password_reset_password_change_and_disable_on_one_instance_end_sessions_and_cached_basic_checks_on_the_other()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        string adminKey;
        await using (var store = await CordonStore.OpenAsync(database, folder.Path))
        {
            var accounts = new AccountService(store, store, TimeProvider.System);
            await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "roaming", null, CordonRoles.Analyst, Password);
            await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "ops-admin", null, CordonRoles.Admin, null);
            adminKey = (await accounts.CreateApiKeyAsync(Actor.Operator, "ops-admin", "revocation tests")).Secret;
        }

        await using var first = await CordonServer.StartAsync(folder.Path, database, apiKey: adminKey);
        await using var second = await CordonServer.StartAsync(folder.Path, database);

        // Sign-out through the first ends the session on the second, cookie copies included.
        var cookie = await SignInAsync(first, Password);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(second, HttpMethod.Get, "/api/watch", cookie: cookie));
        Assert.Equal(HttpStatusCode.NoContent, await StatusAsync(first, HttpMethod.Delete, "/api/session", cookie: cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(second, HttpMethod.Get, "/api/watch", cookie: cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(first, HttpMethod.Get, "/api/watch", cookie: cookie));

        // The second remembers a Basic check; the user's own password change through the first ends it there at once.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(second, HttpMethod.Get, "/api/watch", basic: Password));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(second, HttpMethod.Get, "/api/watch", basic: Password));
        var otherSession = await SignInAsync(second, Password);
        var change = new HttpRequestMessage(HttpMethod.Post, "/api/session/password") { Content = JsonContent.Create(new { currentPassword = Password, newPassword = Password + "-2" }) };
        change.Headers.Authorization = Basic(Password);
        Assert.Equal(HttpStatusCode.NoContent, (await first.Client.SendAsync(change)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(second, HttpMethod.Get, "/api/watch", basic: Password));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(second, HttpMethod.Get, "/api/watch", cookie: otherSession));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(second, HttpMethod.Get, "/api/watch", basic: Password + "-2"));

        // An administrator's reset through the first: the remembered check and a session on the second end.
        var beforeReset = await SignInAsync(second, Password + "-2");
        Assert.Equal(HttpStatusCode.OK, (await first.Client.PostAsJsonAsync("/api/users/roaming/reset-password", new { password = Password + "-3" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(second, HttpMethod.Get, "/api/watch", basic: Password + "-2"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(second, HttpMethod.Get, "/api/watch", cookie: beforeReset));

        // A disable through the first: even the right password, remembered on the second, is refused there at once.
        var beforeDisable = await SignInAsync(second, Password + "-3");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(second, HttpMethod.Get, "/api/watch", basic: Password + "-3"));
        Assert.Equal(HttpStatusCode.OK, (await first.Client.PostAsync("/api/users/roaming/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(second, HttpMethod.Get, "/api/watch", basic: Password + "-3"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(second, HttpMethod.Get, "/api/watch", cookie: beforeDisable));
    }

    private static async Task<string> SignInAsync(CordonServer server, string password)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.Client.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/session", new { userName = "roaming", password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie")).Split(';')[0];
    }

    private static async Task<HttpStatusCode> StatusAsync(CordonServer server, HttpMethod method, string path, string? cookie = null, string? basic = null)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.Client.BaseAddress };
        var request = new HttpRequestMessage(method, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (basic is not null)
        {
            request.Headers.Authorization = Basic(basic);
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    private static AuthenticationHeaderValue Basic(string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("roaming:" + password)));
}
