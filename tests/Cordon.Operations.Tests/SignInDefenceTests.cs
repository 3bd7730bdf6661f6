using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;

namespace Cordon.Operations.Tests;

/// <summary>
/// Issue 13 findings 8, 9 and 10 over HTTP, with client addresses told apart: password checks through HTTP Basic, the
/// sign-in endpoint and a password change share one limit per address and per user name, counted before any hashing; a
/// stranger's failures lock the stranger's address, not the account's owner; while locked, the answer is the same whether
/// the password was right; every refused or failed attempt is audited.
/// </summary>
public sealed class SignInDefenceTests
{
    private const string Password = "a long enough passphrase";

    // A window of five seconds, long enough for a burst on a loaded machine (see RateLimitTests).
    private static readonly Dictionary<string, string> FewChecks = new()
    {
        ["Cordon:SignInAttemptsPerMinute"] = "3",
        ["Cordon:RequestsPerMinute"] = "0",
        ["Cordon:RateLimitWindow"] = TimeSpan.FromSeconds(5).ToString(),
    };

    [Fact]
    public async Task Http_basic_with_wrong_passwords_is_limited_per_address_before_any_password_check_and_audited()
    {
        await using var server = await InProcessServer.StartAsync(FewChecks, configure: InProcessServer.ClientAddressFromHeader);
        var alice = (await server.Accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "alice-basic", null, CordonRoles.Analyst, Password)).User;
        var attacker = server.ClientFrom("203.0.113.10");
        var other = server.ClientFrom("203.0.113.20");

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            wrong.Add((await SendBasicAsync(attacker, alice.UserName, Password + i)).StatusCode);
        }

        var limited = await SendBasicAsync(attacker, alice.UserName, Password + "x");
        var limitedEvenIfRight = await SendBasicAsync(attacker, alice.UserName, Password);
        var limitedSignIn = await attacker.PostAsJsonAsync("/api/session", new { userName = alice.UserName, password = Password });

        Assert.All(wrong, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedEvenIfRight.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedSignIn.StatusCode);

        // The refused attempts never reached the password check: three failures counted, no more.
        Assert.Equal(3, (await server.Services.Store.GetUserAsync(alice.Id))!.FailedAttempts);
        Assert.Equal(HttpStatusCode.OK, (await SendBasicAsync(other, alice.UserName, Password)).StatusCode);
        var audit = (await server.Services.Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.SignIn, Limit: 1000))).Entries
            .Where(e => e.RemoteAddress == "203.0.113.10").ToList();
        Assert.Equal(3, audit.Count(e => e.Outcome == AuditOutcomes.Failure && e.DetailsJson!.Contains("wrong-password", StringComparison.Ordinal)));
        Assert.Single(audit, e => e.DetailsJson!.Contains("throttled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failures_for_one_user_name_from_many_addresses_are_limited_without_touching_other_names()
    {
        var config = new Dictionary<string, string>(FewChecks)
        {
            ["Cordon:SignInAttemptsPerMinute"] = "30",
            ["Cordon:SignInFailuresPerAccountPerMinute"] = "4",
        };
        await using var server = await InProcessServer.StartAsync(config, configure: InProcessServer.ClientAddressFromHeader);
        await server.Accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "target-admin", null, CordonRoles.Admin, Password);
        await server.Accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "bystander", null, CordonRoles.Analyst, Password);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendBasicAsync(server.ClientFrom($"198.51.100.{i + 1}"), "target-admin", "guess " + i)).StatusCode);
        }

        var fresh = server.ClientFrom("198.51.100.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SendBasicAsync(fresh, "target-admin", "guess 99")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendBasicAsync(fresh, "bystander", Password)).StatusCode);
    }

    [Fact]
    public async Task A_strangers_failures_lock_out_the_strangers_address_and_never_the_owner()
    {
        await using var server = await InProcessServer.StartAsync(configure: InProcessServer.ClientAddressFromHeader);
        var admin = (await server.Accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "the-admin", null, CordonRoles.Admin, Password)).User;
        var stranger = server.ClientFrom("203.0.113.66");
        var owner = server.ClientFrom("192.0.2.7");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendBasicAsync(stranger, admin.UserName, "guess " + i)).StatusCode);
        }

        var lockedStranger = await stranger.PostAsJsonAsync("/api/session", new { userName = admin.UserName, password = "guess 6" });
        Assert.Equal(HttpStatusCode.TooManyRequests, lockedStranger.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync("/api/session", new { userName = admin.UserName, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendBasicAsync(owner, admin.UserName, Password)).StatusCode);
        var lockRow = Assert.Single((await server.Services.Store.QueryAuditAsync(new AuditQuery(Action: "user.lock"))).Entries);
        Assert.Equal("203.0.113.66", lockRow.RemoteAddress);
    }

    [Fact]
    public async Task While_locked_out_the_answer_is_the_same_whether_the_password_is_right_or_wrong_and_for_unknown_names()
    {
        await using var server = await InProcessServer.StartAsync(configure: InProcessServer.ClientAddressFromHeader);
        await server.Accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "locked-ann", null, CordonRoles.Analyst, Password);
        var client = server.ClientFrom("203.0.113.5");
        foreach (var name in new[] { "locked-ann", "nobody-here" })
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/session", new { userName = name, password = "guess " + i })).StatusCode);
            }
        }

        var right = await client.PostAsJsonAsync("/api/session", new { userName = "locked-ann", password = Password });
        var wrong = await client.PostAsJsonAsync("/api/session", new { userName = "locked-ann", password = "still guessing" });
        var unknown = await client.PostAsJsonAsync("/api/session", new { userName = "nobody-here", password = Password });
        var rightBasic = await SendBasicAsync(client, "locked-ann", Password);
        var wrongBasic = await SendBasicAsync(client, "locked-ann", "still guessing");

        Assert.Equal(wrong.StatusCode, right.StatusCode);
        Assert.Equal(await DetailAsync(wrong), await DetailAsync(right));
        // The two names were locked one after the other, so their unlock minutes may differ on a slow machine; the wording may not.
        Assert.Equal(WithoutUnlockTime(await DetailAsync(wrong)), WithoutUnlockTime(await DetailAsync(unknown)));
        Assert.Equal(wrongBasic.StatusCode, rightBasic.StatusCode);
        Assert.Equal(await DetailAsync(wrongBasic), await DetailAsync(rightBasic));
        Assert.False(right.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("locked after", await DetailAsync(right), StringComparison.Ordinal);
    }

    private static string WithoutUnlockTime(string detail) =>
        System.Text.RegularExpressions.Regex.Replace(detail, @"after \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", "after (time) UTC");

    [Fact]
    public async Task Wrong_current_passwords_in_a_password_change_count_as_failed_sign_ins_and_lock_out_like_them()
    {
        await using var server = await InProcessServer.StartAsync(configure: InProcessServer.ClientAddressFromHeader);
        var carol = (await server.Accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "carol-change", null, CordonRoles.Analyst, Password)).User;
        var thief = server.ClientFrom("203.0.113.77");
        var signIn = await thief.PostAsJsonAsync("/api/session", new { userName = carol.UserName, password = Password });
        var session = server.ClientFrom("203.0.113.77");
        session.DefaultRequestHeaders.Add("Cookie", Assert.Single(signIn.Headers.GetValues("Set-Cookie")).Split(';')[0]);

        for (var i = 0; i < 5; i++)
        {
            var guess = await session.PostAsJsonAsync("/api/session/password", new { currentPassword = "guess " + i, newPassword = "the thief's new password" });
            Assert.Equal(HttpStatusCode.BadRequest, guess.StatusCode);
        }

        var right = await session.PostAsJsonAsync("/api/session/password", new { currentPassword = Password, newPassword = "the thief's new password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(SignInOutcome.Succeeded, (await server.Accounts.SignInAsync(carol.UserName, Password, "192.0.2.1")).Outcome);
        Assert.Equal(5, (await server.Services.Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.UserChangePassword, Limit: 100))).Entries.Count(e => e.Outcome == AuditOutcomes.Failure && e.DetailsJson!.Contains("wrong-password", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Password_changes_are_limited_per_address_like_sign_ins()
    {
        await using var server = await InProcessServer.StartAsync(FewChecks, configure: InProcessServer.ClientAddressFromHeader);
        var dave = (await server.Accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "dave-change", null, CordonRoles.Analyst, Password)).User;
        var key = await server.Accounts.CreateApiKeyAsync(Actor.Operator, dave.UserName, "program");
        var client = server.ClientFrom("203.0.113.88");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/session/password", new { currentPassword = "guess " + i, newPassword = "another long password" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], answers);
    }

    private static Task<HttpResponseMessage> SendBasicAsync(HttpClient client, string user, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/session");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client.SendAsync(request);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? string.Empty : JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : body;
    }
}
