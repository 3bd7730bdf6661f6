using System.Net;
using System.Net.Http.Headers;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Tests;

/// <summary>
/// A browser asking for a page that does not exist, or one that fails, gets a styled HTML page with the status kept;
/// API, TAXII and operations callers keep getting problem+json, whatever they accept.
/// </summary>
public sealed class ErrorPageTests : IAsyncLifetime
{
    /// <summary>An address whose request throws after the application's own pipeline, as a failing page would.</summary>
    private const string FailingPath = "/test-failure";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-errors-" + Guid.NewGuid().ToString("N"));
    private CordonServices _services = null!;
    private WebApplication _app = null!;
    private string _key = string.Empty;

    public async Task InitializeAsync()
    {
        _services = await CordonServices.OpenAsync(null, _folder);
        _app = CordonWebApplication.Build(_services, [], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddTransient<IStartupFilter, FailingPathFilter>();
        });
        await _app.StartAsync();
        var accounts = _app.Services.GetRequiredService<AccountService>();
        if (await _services.Store.GetOrganisationAsync(Cordon.Accounts.Organisation.DefaultId) is null)
        {
            await accounts.CreateOrganisationAsync(Actor.Operator, Cordon.Accounts.Organisation.DefaultId, "Default");
        }

        var user = await accounts.CreateUserAsync(Actor.Operator, Cordon.Accounts.Organisation.DefaultId, "error-page-analyst", null, CordonRoles.Analyst, null);
        _key = (await accounts.CreateApiKeyAsync(Actor.Operator, user.User.UserName, "tests")).Secret;
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/Cases/Case/987654")]
    [InlineData("/Applications/Record/no-such-record")]
    public async Task A_browser_gets_a_styled_not_found_page_with_the_404_kept(string path)
    {
        using var response = await GetAsync(path, "text/html,application/xhtml+xml,*/*;q=0.8", signedIn: true);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 id=\"error-title\">Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("/assets/cordon.css", html, StringComparison.Ordinal);
        Assert.Contains(path, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_browser_is_sent_to_sign_in_rather_than_told_what_exists()
    {
        using var response = await GetAsync("/no-such-page", "text/html");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/no-such-endpoint", "text/html,*/*;q=0.8")]
    [InlineData("/api/no-such-endpoint", "application/json")]
    [InlineData("/api/assessments/no-such-record", "text/html")]
    [InlineData("/no-such-page", "application/json")]
    public async Task Machines_keep_getting_problem_json(string path, string accept)
    {
        using var response = await GetAsync(path, accept, signedIn: true);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_page_that_fails_shows_a_styled_error_page_with_a_reference_and_no_exception_detail()
    {
        using var response = await GetAsync(FailingPath, "text/html", signedIn: true);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.Contains("quote reference", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingPathFilter.Secret, html, StringComparison.Ordinal);

        using var api = await GetAsync(FailingPath, "application/json", signedIn: true);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept, bool signedIn = false)
    {
        var client = _app.GetTestClient();
        if (signedIn)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Throws for <see cref="FailingPath"/> once the application's pipeline found nothing else to do with it.</summary>
    private sealed class FailingPathFilter : IStartupFilter
    {
        public const string Secret = "the exception's own message must not reach the page";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) =>
                context.Request.Path == FailingPath ? throw new InvalidOperationException(Secret) : following(context));
        };
    }
}
