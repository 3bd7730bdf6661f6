using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;

namespace Cordon.Operations.Tests;

/// <summary>
/// Two instances on one PostgreSQL database, each with its own home folder as on two machines: a browser session, a form and
/// a workspace batch started through one instance all work through the other (a load balancer without sticky sessions).
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed partial class SharedStateTests(PostgresCluster cluster)
{
    private const string Password = "Granite-Harbour-5521-Vale";
    private static readonly string Sdn2019 = SharedData.Path("lists", "ofac-sdn-2019-01");

    [Fact]
    public async Task A_session_a_form_and_a_batch_started_on_one_instance_work_on_the_other()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        await CordonProcesses.RunOkAsync(folder.Path, "lists", "import", Sdn2019, "--database", database);
        await using (var store = await CordonStore.OpenAsync(database, folder.Path))
        {
            await new AccountService(store, store, TimeProvider.System).CreateUserAsync(Actor.Operator, Organisation.DefaultId, "roaming", null, CordonRoles.Analyst, Password);
        }

        await using var first = await CordonServer.StartAsync(folder.Path, database, environment: Home(folder, "first"));
        await using var second = await CordonServer.StartAsync(folder.Path, database, environment: Home(folder, "second"));
        var browser = new CookieJar();

        // Signed in through the first instance.
        var signInPage = await browser.GetAsync(first, "/sign-in");
        var signedIn = await browser.PostAsync(first, "/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "roaming",
            ["password"] = Password,
            ["__RequestVerificationToken"] = Token(signInPage.Body),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/", signedIn.Location);

        // The second reads the session cookie and renders the page (its form token made with the same keys).
        var screening = await browser.GetAsync(second, "/Screening");
        Assert.Equal(HttpStatusCode.OK, screening.Status);
        Assert.Contains("roaming", screening.Body, StringComparison.Ordinal);

        // The form rendered by the second is posted to the first: a batch starts there.
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Token(screening.Body)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("id,name\nrow-1,Kim Jong Un\nrow-2,\n")), "Batch", "roaming.csv" },
        };
        var started = await browser.PostAsync(first, "/Screening?handler=Batch", upload);
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        var batchPath = started.Location!;
        Assert.Matches("^/Screening/Batch/[0-9a-f]{32}$", batchPath);

        // Its progress and results are served by the second.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        string page;
        do
        {
            var progress = await browser.GetAsync(second, batchPath);
            Assert.Equal(HttpStatusCode.OK, progress.Status);
            page = progress.Body;
            if (page.Contains("Download results (CSV)", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(250);
        }
        while (true);

        Assert.Contains("2 of 2 row(s) done: 1 screened, 1 with at least one match, 1 rejected.", page, StringComparison.Ordinal);
        var results = await browser.GetAsync(second, batchPath + "?handler=Results");
        Assert.Equal(HttpStatusCode.OK, results.Status);
        Assert.StartsWith("id,name,rank,score,list,entity_id,matched_name,primary_name", results.Body, StringComparison.Ordinal);
        Assert.Contains("\r\nrow-1,Kim Jong Un,1,", results.Body, StringComparison.Ordinal);
        var rejected = await browser.GetAsync(first, batchPath + "?handler=Errors");
        Assert.Contains("row-2", rejected.Body, StringComparison.Ordinal);

        // Both instances keep no key of their own: the ring is in the database.
        Assert.NotEqual(0L, await Database.ScalarAsync(database, "SELECT COUNT(*) FROM data_protection_keys"));
        Assert.False(Directory.Exists(folder.Combine("home-first", ".aspnet", "DataProtection-Keys")) && Directory.EnumerateFiles(folder.Combine("home-first", ".aspnet", "DataProtection-Keys")).Any());
    }

    private static Dictionary<string, string> Home(TempFolder folder, string name)
    {
        var home = Directory.CreateDirectory(folder.Combine("home-" + name)).FullName;
        return new Dictionary<string, string> { ["HOME"] = home };
    }

    private static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "the page carries a form token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>What a browser keeps between requests: the cookies, whichever instance set them (the same host, so the same cookies).</summary>
    private sealed class CookieJar
    {
        private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

        public Task<(HttpStatusCode Status, string Body, string? Location)> GetAsync(CordonServer server, string path) =>
            SendAsync(server, new HttpRequestMessage(HttpMethod.Get, path));

        public Task<(HttpStatusCode Status, string Body, string? Location)> PostAsync(CordonServer server, string path, HttpContent content) =>
            SendAsync(server, new HttpRequestMessage(HttpMethod.Post, path) { Content = content });

        private async Task<(HttpStatusCode Status, string Body, string? Location)> SendAsync(CordonServer server, HttpRequestMessage request)
        {
            using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = server.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Key + "=" + c.Value)));
            }

            using var response = await client.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var header in set)
                {
                    var pair = header.Split(';', 2)[0].Split('=', 2);
                    cookies[pair[0]] = pair[1];
                }
            }

            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
        }
    }
}
