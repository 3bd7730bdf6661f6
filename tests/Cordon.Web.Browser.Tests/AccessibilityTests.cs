using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>
/// Every page of the workspace, at a desktop width (1440 px) and a phone width (390 px): axe-core finds no violation, and
/// nothing scrolls sideways (a table too wide for a phone reflows into cards instead).
/// </summary>
[Collection(WorkspaceGroup.Name)]
public sealed class AccessibilityTests(WorkspaceServer server)
{
    /// <summary>The WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices: what an accessibility audit checks.</summary>
    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    public static TheoryData<int> Widths => new() { 1440, 390 };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_page_has_no_axe_violation_and_no_sideways_scrolling(int width)
    {
        var paths = await SeedPagesAsync($"a11y-{width}");
        var page = await server.SignInAsync("admin", server.AdminPassword, width: width, height: width > 600 ? 900 : 844);
        var problems = new StringBuilder();
        try
        {
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await CheckAsync(page, path, width, problems);
            }

            // Pages reached by a form or a link rather than an address: a screening result, a hub collection.
            await page.GotoAsync("/Screening");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Kim Jong Un");
            await page.GetByLabel("Date of birth").FillAsync("1990-05-05");
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#below-threshold")).ToBeVisibleAsync();
            await CheckAsync(page, "/Screening (result)", width, problems);
            await page.GotoAsync("/Hub");
            await page.GetByRole(AriaRole.Link, new() { Name = WorkspaceServer.HubCollectionTitle }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await CheckAsync(page, "/Hub (collection)", width, problems);

            // Signed out: the sign-in page and the styled "not found" page an unknown address shows.
            var anonymous = await server.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 844 } });
            var signIn = await anonymous.NewPageAsync();
            await signIn.GotoAsync("/sign-in");
            await CheckAsync(signIn, "/sign-in", width, problems);
            await anonymous.CloseAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Length == 0, $"At {width} px:\n{problems}");
    }

    private static async Task CheckAsync(IPage page, string path, int width, StringBuilder problems)
    {
        var result = await page.RunAxe(Rules);
        foreach (var violation in result.Violations)
        {
            problems.AppendLine($"{path}: {violation.Id} ({violation.Impact}) {violation.Help}");
            foreach (var node in violation.Nodes.Take(3))
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                problems.AppendLine($"    {node.Target}: {node.Html} — {string.Join("; ", checks)}");
            }
        }

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 1)
        {
            var culprits = await page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap, .visually-hidden, .skip'))
                  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : ''))
                """);
            problems.AppendLine($"{path}: scrolls sideways by {overflow} px ({string.Join(", ", culprits)})");
        }

        var name = Regex.Replace(Regex.Replace(path, "[0-9a-f]{32}|a11y-[0-9]+|/[0-9]+$", string.Empty).Trim('/'), "[^A-Za-z0-9]+", "-").Trim('-');
        await WorkspaceServer.ScreenshotAsync(page, $"a11y-{width}-{(name.Length == 0 ? "dashboard" : name)}");
    }

    /// <summary>
    /// Gives every page something to show — an alert with its case, an assessed application, a batch, a hub indicator —
    /// and returns the addresses of every page, the detail pages included.
    /// </summary>
    private async Task<IReadOnlyList<string>> SeedPagesAsync(string prefix)
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        try
        {
            await page.GotoAsync("/Watch");
            await page.GetByLabel("Customer id").FillAsync($"cust-{prefix}");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
            await page.GetByRole(AriaRole.Button, new() { Name = "Watch", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"cust-{prefix} is under watch");
            await page.Locator("tr", new() { HasText = $"cust-{prefix}" }).First.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Open case for alert") }).ClickAsync();
            await Assertions.Expect(page.Locator("#case-state")).ToHaveTextAsync("open");
            var casePath = new Uri(page.Url).AbsolutePath;

            await page.GotoAsync("/Applications");
            var record = """{"id":"app-PREFIX","kind":"contractor","submitted_at":"2026-09-22T15:09:00Z","person":{"full_name":"Artem Mikhaylovich Lifshits","nationality":"KP"},"claimed_location":{"country":"US","city":"Austin","time_zone":"America/Chicago"},"contacts":{"emails":["a11y@example.com"]},"sessions":[{"started_at":"2026-09-01T08:33:00Z","ip":"175.45.176.10","device_id":"dev-shared-PREFIX","browser_time_zone":"Asia/Pyongyang"}]}""".Replace("PREFIX", prefix, StringComparison.Ordinal);
            var other = """{"id":"app-PREFIX-2","kind":"contractor","submitted_at":"2026-09-22T15:09:00Z","person":{"full_name":"John Carter"},"claimed_location":{"country":"US"},"sessions":[{"started_at":"2026-09-01T08:33:00Z","ip":"198.51.100.7","device_id":"dev-shared-PREFIX"}]}""".Replace("PREFIX", prefix, StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Records", Exact = true }).FillAsync($"[{record},{other}]");
            await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"app-{prefix}", Exact = true })).ToBeVisibleAsync();

            var now = DateTimeOffset.UtcNow;
            var batch = new Cordon.Storage.ScreeningBatch(Guid.NewGuid().ToString("N"), Cordon.Accounts.Organisation.DefaultId, "admin", "a11y.csv", 2, 0, 0, 0, now, now, null, null);
            await server.Services.Store.AddScreeningBatchAsync(batch);
            await server.Services.Store.FinishScreeningBatchAsync(batch.Id, 2, 1, 0, now, null, "id,rank\r\n"u8.ToArray(), "line,id,error\r\n"u8.ToArray());

            return
            [
                "/", "/Screening", $"/Screening/Batch/{batch.Id}",
                "/Applications", $"/Applications/Record/app-{prefix}", "/Networks", $"/Networks?Record=app-{prefix}",
                "/Watch", "/Cases", casePath, "/Lists", $"/Lists/Entity/ofac-sdn/{WorkspaceServer.KimJongUnEntry}",
                "/Hub", "/Risk/Calibration", "/Audit", "/no-such-page",
            ];
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
