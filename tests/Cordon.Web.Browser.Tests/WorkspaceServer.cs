using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>
/// A real Cordon server on Kestrel (127.0.0.1, a free port) over a temporary SQLite database with the OFAC sample list,
/// two organisations with their users, and Debian's headless Chromium driven by Playwright.
/// </summary>
public sealed class WorkspaceServer : IAsyncLifetime
{
    public const string OtherOrganisation = "acme";
    public const string AnalystPassword = "Tundra-Kettle-4471-Orbit";
    public const string OtherAdminPassword = "Meadow-Lantern-9902-Quill";
    public const string OperatorPassword = "Harbour-Violet-6613-Ember";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public CordonServices Services { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The bootstrap admin's one-time password (organisation "default").</summary>
    public string AdminPassword { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots go beside the test assembly, in the test output.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Services = await CordonServices.OpenAsync(null, _folder);
        await Services.Importer.ImportAsync([SampleWithDprkLeader()]);
        _app = CordonWebApplication.Build(Services, [], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            // Every test browser signs in from 127.0.0.1, dozens of times a minute across the collection (axe on every page
            // at two widths); the per-address limit of 30 password checks a minute would turn later sign-ins into 429s.
            // The limit itself is tested in Cordon.Operations.Tests (SignInDefenceTests, RateLimitTests).
            builder.Configuration["Cordon:SignInAttemptsPerMinute"] = "10000";
        });
        var accounts = _app.Services.GetRequiredService<AccountService>();
        AdminPassword = await accounts.BootstrapAsync() ?? throw new InvalidOperationException("The fresh database already had users.");
        await accounts.CreateUserAsync(Actor.Operator, Cordon.Accounts.Organisation.DefaultId, "ana", "Ana Analyst", CordonRoles.Analyst, AnalystPassword);
        await accounts.CreateUserAsync(Actor.Operator, Cordon.Accounts.Organisation.DefaultId, "otto", "Otto Operator", CordonRoles.Operator, OperatorPassword);
        await accounts.CreateOrganisationAsync(Actor.Operator, OtherOrganisation, "Acme Payroll");
        await accounts.CreateUserAsync(Actor.Operator, OtherOrganisation, "olga", "Olga Other", CordonRoles.Admin, OtherAdminPassword);
        await CreateHubCollectionAsync();
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');

        // Two cores shared with other work: waits are generous, each still fails the test when it runs out.
        Assertions.SetDefaultExpectTimeout(60_000);
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// The OFAC sample list with, added to it, Kim Jong Un's real entry from the July 2021 SDN list (DOB 08 Jan 1984): a
    /// strong name that a wrong date of birth pulls under the threshold.
    /// </summary>
    private static Cordon.Core.ListSnapshot SampleWithDprkLeader()
    {
        var sample = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots.Single();
        var full = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sdn-2021-07")).Snapshots.Single();
        return sample with { Entities = [.. sample.Entities, full.Entities.Single(e => e.SourceId == KimJongUnEntry)], ContentHash = sample.ContentHash + "+" + KimJongUnEntry };
    }

    /// <summary>Kim Jong Un's OFAC entry number.</summary>
    public const string KimJongUnEntry = "20157";

    public const string HubCollectionTitle = "DPRK IT workers";

    /// <summary>One TAXII collection both organisations read, which the default organisation also writes, and their sharing group.</summary>
    private async Task CreateHubCollectionAsync()
    {
        var store = Services.Store;
        await store.SaveHubApiRootAsync(new Cordon.Storage.HubApiRoot("partners", "Partners", "The partnership's API root", 10 << 20));
        var id = Guid.NewGuid().ToString();
        await store.SaveHubCollectionAsync(new Cordon.Storage.HubCollectionInfo(id, "partners", HubCollectionTitle, "Indicators of North Korean IT-worker schemes", null, ["application/stix+json;version=2.1"]));
        await store.SetHubCollectionRightAsync(new Cordon.Storage.HubCollectionRight(id, Cordon.Accounts.Organisation.DefaultId, true, true));
        await store.SetHubCollectionRightAsync(new Cordon.Storage.HubCollectionRight(id, OtherOrganisation, true, false));
        await store.SaveHubSharingGroupAsync(new Cordon.Storage.HubSharingGroup("partnership", "Partnership", [Cordon.Accounts.Organisation.DefaultId, OtherOrganisation]));
    }

    /// <summary>A new user of <paramref name="role"/> in <paramref name="organisationId"/> (the organisation is created when missing).</summary>
    public async Task CreateUserAsync(string organisationId, string userName, string role, string password)
    {
        var accounts = _app!.Services.GetRequiredService<AccountService>();
        if (await Services.Store.GetOrganisationAsync(organisationId) is null)
        {
            await accounts.CreateOrganisationAsync(Actor.Operator, organisationId, organisationId);
        }

        await accounts.CreateUserAsync(Actor.Operator, organisationId, userName, userName, role, password);
    }

    /// <summary>A fresh browser context (its own cookies) at a laptop-sized window, signed in as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignInAsync(string userName, string password, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/");
        return page;
    }

    /// <summary>
    /// Waits until the batch page shown in <paramref name="page"/> offers its results; when it does not, the failure says
    /// where the job itself stands on the server, so that a slow page and a stuck job can be told apart.
    /// </summary>
    public async Task<ILocator> ExpectBatchFinishedAsync(IPage page, string organisationId)
    {
        var download = page.GetByRole(AriaRole.Link, new() { Name = "Download results (CSV)" });
        try
        {
            await Assertions.Expect(download).ToBeVisibleAsync();
            return download;
        }
        catch (PlaywrightException e)
        {
            var id = new Uri(page.Url).AbsolutePath.Split('/')[^1];
            var job = await Services.Store.GetScreeningBatchAsync(organisationId, id);
            var state = job is null
                ? $"no batch {id} of {organisationId} in the database (page {page.Url})"
                : $"batch {id}: {job.Done} of {job.Total} done, last report {job.HeartbeatAt:O}, finished {job.FinishedAt?.ToString("O") ?? "no"}, failure {job.Failure ?? "none"}, started {job.StartedAt:O}, now {DateTimeOffset.UtcNow:O}";
            throw new Xunit.Sdk.XunitException($"The batch page never offered its results; {state}. {e.Message}");
        }
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (Services is not null)
        {
            await Services.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class WorkspaceGroup : ICollectionFixture<WorkspaceServer>
{
    public const string Name = "workspace";
}
