using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Operations.Tests;

/// <summary>
/// The sign-in limit per client address and the request budget per API key, with a five-second window set by configuration:
/// the caller over its limit gets 429 with Retry-After, every other caller goes on as before, and the window's end restores it.
/// </summary>
public sealed class RateLimitTests
{
    private const string Password = "a long enough passphrase";

    // A window of five seconds: long enough that a loaded machine sends a test's burst within one window (it starts at a
    // caller's first request), short enough to wait out.
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private static readonly Dictionary<string, string> SignInLimit = new()
    {
        ["Cordon:SignInAttemptsPerMinute"] = "3",
        ["Cordon:RequestsPerMinute"] = "0",
        ["Cordon:RateLimitWindow"] = Window.ToString(),
    };

    private static readonly Dictionary<string, string> KeyLimit = new()
    {
        ["Cordon:RequestsPerMinute"] = "4",
        ["Cordon:RateLimitWindow"] = Window.ToString(),
    };

    [Fact]
    public async Task Repeated_wrong_passwords_from_one_address_get_429_while_another_address_signs_in_and_the_window_restores_it()
    {
        await using var server = await InProcessServer.StartAsync(SignInLimit, configure: InProcessServer.ClientAddressFromHeader);
        var accounts = server.Accounts;
        var alice = (await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "alice-rate", null, CordonRoles.Analyst, Password)).User;
        var bob = (await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "bob-rate", null, CordonRoles.Analyst, Password)).User;
        var attacker = Client(server, "203.0.113.10");
        var other = Client(server, "203.0.113.20");

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            wrong.Add((await attacker.PostAsJsonAsync("/api/session", new { userName = alice.UserName, password = Password + i })).StatusCode);
        }

        var limited = await attacker.PostAsJsonAsync("/api/session", new { userName = alice.UserName, password = Password + "x" });
        var limitedEvenIfRight = await attacker.PostAsJsonAsync("/api/session", new { userName = alice.UserName, password = Password });
        var pageLimited = await PostSignInFormAsync(attacker, alice.UserName, Password);
        var otherSignIn = await other.PostAsJsonAsync("/api/session", new { userName = bob.UserName, password = Password });

        Assert.All(wrong, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), Window);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedEvenIfRight.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, pageLimited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherSignIn.StatusCode);

        // Refused attempts never reached the password check: the account is not nearer its lock-out than after three failures.
        Assert.Equal(3, (await server.Services.Store.GetUserAsync(alice.Id))!.FailedAttempts);

        await WaitOutAsync(retryAfter.Value);
        var afterWindow = await attacker.PostAsJsonAsync("/api/session", new { userName = alice.UserName, password = Password });
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
    }

    [Fact]
    public async Task A_key_over_its_budget_gets_429_while_other_keys_go_on_and_the_window_restores_it()
    {
        await using var server = await InProcessServer.StartAsync(KeyLimit);
        var busy = await KeyClientAsync(server, "busy-rate");
        var quiet = await KeyClientAsync(server, "quiet-rate");

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            allowed.Add((await busy.GetAsync("/api/lists")).StatusCode);
        }

        var refused = await busy.GetAsync("/api/lists");
        var refusedWrite = await busy.PostAsJsonAsync("/api/screen", new { name = "Kim Jong Un" });
        var others = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            others.Add((await quiet.GetAsync("/api/lists")).StatusCode);
        }

        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), Window);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedWrite.StatusCode);
        Assert.All(others, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync("/health/ready")).StatusCode);

        await WaitOutAsync(retryAfter.Value);
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/lists")).StatusCode);
    }

    /// <summary>Waits out a Retry-After (the limiter's fixed window ends within it), with a margin for a loaded machine.</summary>
    private static Task WaitOutAsync(TimeSpan retryAfter) => Task.Delay(retryAfter + TimeSpan.FromMilliseconds(500));

    private static async Task<HttpClient> KeyClientAsync(InProcessServer server, string userName)
    {
        var user = await server.Accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, userName, null, CordonRoles.Analyst, null);
        var key = await server.Accounts.CreateApiKeyAsync(Actor.Operator, user.User.UserName, "rate limit tests");
        var client = server.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);
        return client;
    }

    private static HttpClient Client(InProcessServer server, string address) => server.ClientFrom(address);

    /// <summary>Posts the sign-in page's form as a browser would: with the form token and anti-forgery cookie the page gave.</summary>
    private static async Task<HttpResponseMessage> PostSignInFormAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetAsync("/sign-in");
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }),
        };
        request.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        return await client.SendAsync(request);
    }
}
