using System.Text.RegularExpressions;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.Playwright;
using Cordon.Accounts;

namespace Cordon.Web.Browser.Tests;

/// <summary>End-to-end: a headless Chromium drives the workspace as an analyst would.</summary>
[Collection(WorkspaceGroup.Name)]
public sealed partial class WorkspaceTests(WorkspaceServer server)
{
    private static string Application(string id, string name) =>
        $$"""{"id":"{{id}}","kind":"contractor","submitted_at":"2026-09-22T15:09:00Z","person":{"full_name":"{{name}}","nationality":"KP"},"claimed_location":{"country":"US","city":"Austin","time_zone":"America/Chicago"},"contacts":{"emails":["{{id}}@example.com"]},"sessions":[{"started_at":"2026-09-01T08:33:00Z","ip":"175.45.176.10","device_id":"dev-{{id}}","browser_time_zone":"Asia/Pyongyang"}]}""";

    [Fact]
    public async Task Sign_in_refuses_a_wrong_password_then_opens_the_dashboard_and_signs_out()
    {
        var context = await server.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Cases");
        Assert.Contains("/sign-in", page.Url);
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wrong user name or password");
        await WorkspaceServer.ScreenshotAsync(page, "01-sign-in-refused");

        await page.GetByLabel("Password").FillAsync(server.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Cases$"));
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await WorkspaceServer.ScreenshotAsync(page, "02-dashboard");

        // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/sign-in"));
        await page.GotoAsync("/Cases");
        Assert.Contains("/sign-in", page.Url);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Screening_a_name_shows_the_match_with_the_reasons_for_its_score()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Screening" }).ClickAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
        await page.GetByLabel("Type").SelectOptionAsync("person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();

        var match = page.Locator("article.match").First;
        await Assertions.Expect(match).ToContainTextAsync("LIFSHITS, Artem Mikhaylovich");
        await Assertions.Expect(match).ToContainTextAsync("29702");
        Assert.True(await match.Locator("ul.reasons li").CountAsync() >= 1, "the match explains its score");
        await WorkspaceServer.ScreenshotAsync(page, "03-screening");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_csv_batch_is_screened_with_progress_and_its_results_download_with_formulas_neutralised()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        var csv = Path.Combine(Path.GetTempPath(), "batch-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(csv, "id,name,type\nc-1,Artem Lifshits,person\n=2+3,Artem Mikhaylovich Lifshits,person\nc-3,,person\nc-4,Nobody Matches Here,person\n");
        try
        {
            await page.GotoAsync("/Screening");
            await page.GetByLabel("CSV file").SetInputFilesAsync(csv);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and screen" }).ClickAsync();

            var download = await server.ExpectBatchFinishedAsync(page, Cordon.Accounts.Organisation.DefaultId);
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("4 of 4 row(s) done: 3 screened, 2 with at least one match, 1 rejected");
            await WorkspaceServer.ScreenshotAsync(page, "04-batch-finished");

            var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
            var text = await File.ReadAllTextAsync(await file.PathAsync());
            var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("id,name,rank,score,list,entity_id,matched_name,primary_name", lines[0]);
            Assert.Contains(lines, l => l.StartsWith("c-1,Artem Lifshits,1,", StringComparison.Ordinal) && l.Contains(",29702,", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("'=2+3,Artem Mikhaylovich Lifshits,1,", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith('='));
        }
        finally
        {
            File.Delete(csv);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_running_batch_page_reloads_itself_until_the_batch_ends_and_a_silent_one_shows_as_stopped()
    {
        // Batches stored as another instance would store them, so that the page is seen running whatever the machine's speed.
        var store = server.Services.Store;
        var now = DateTimeOffset.UtcNow;
        var running = new ScreeningBatch(Guid.NewGuid().ToString("N"), Cordon.Accounts.Organisation.DefaultId, "ana", "elsewhere.csv", 10, 4, 1, 0, now, now, null, null);
        var silent = running with { Id = Guid.NewGuid().ToString("N"), FileName = "abandoned.csv", HeartbeatAt = now - BatchScreeningJobs.SilenceLimit - TimeSpan.FromMinutes(1) };
        await store.AddScreeningBatchAsync(running);
        await store.AddScreeningBatchAsync(silent);
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        try
        {
            var first = await page.GotoAsync($"/Screening/Batch/{running.Id}");
            Assert.Equal("1", await first!.HeaderValueAsync("refresh"));
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("4 of 10 row(s) done");

            // The instance screening it reports progress, then the end: the open page follows without anyone reloading it.
            await store.UpdateScreeningBatchProgressAsync(running.Id, 7, 2, 1, DateTimeOffset.UtcNow);
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("8 of 10 row(s) done");
            await store.FinishScreeningBatchAsync(running.Id, 9, 2, 1, DateTimeOffset.UtcNow, null, "id,rank\r\n"u8.ToArray(), "line,id,error\r\n"u8.ToArray());
            await server.ExpectBatchFinishedAsync(page, Cordon.Accounts.Organisation.DefaultId);
            Assert.Null(await (await page.ReloadAsync())!.HeaderValueAsync("refresh"));

            var stopped = await page.GotoAsync($"/Screening/Batch/{silent.Id}");
            Assert.Null(await stopped!.HeaderValueAsync("refresh"));
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("stopped reporting");
            await page.GotoAsync("/Screening");
            await Assertions.Expect(page.Locator("tr", new() { HasText = "abandoned.csv" })).ToContainTextAsync("stopped");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_application_shows_its_score_each_signal_with_evidence_and_opens_a_case()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        await page.GotoAsync("/Applications");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Records", Exact = true }).FillAsync(Application("app-browser-1", "Artem Mikhaylovich Lifshits"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();

        var result = page.Locator("article.match").First;
        await Assertions.Expect(result).ToContainTextAsync("Score");
        await Assertions.Expect(result.Locator("table")).ToContainTextAsync("$.person.full_name");
        await Assertions.Expect(result).ToContainTextAsync("LIFSHITS");
        await WorkspaceServer.ScreenshotAsync(page, "05-application");

        await page.GetByRole(AriaRole.Link, new() { Name = "app-browser-1", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Application app-browser-1" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pre")).ToContainTextAsync("Artem Mikhaylovich Lifshits");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a case" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Application app-browser-1");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_case_opened_from_an_alert_is_assigned_commented_given_evidence_and_decided_only_with_a_reason()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        await page.GotoAsync("/Watch");
        await page.GetByLabel("Customer id").FillAsync("cust-case-1");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
        await page.GetByRole(AriaRole.Button, new() { Name = "Watch", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("cust-case-1 is under watch");

        var row = page.Locator("tr", new() { HasText = "cust-case-1" }).First;
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Open case for alert") }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("cust-case-1");
        await Assertions.Expect(page.Locator("#case-state")).ToHaveTextAsync("open");

        await page.GetByLabel("Assign to").SelectOptionAsync(new SelectOptionValue { Label = "Ana Analyst (ana) — me" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment", Exact = true }).FillAsync("Same name and birth year as the listed person.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        var evidence = Path.Combine(Path.GetTempPath(), "passport-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(evidence, "abc");
        await page.Locator("#evidence-file").SetInputFilesAsync(evidence);
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach" }).ClickAsync();
        File.Delete(evidence);
        await Assertions.Expect(page.Locator("#case-history")).ToContainTextAsync("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

        // The browser asks for the reason; the server refuses a blank one even when the browser's check is bypassed.
        Assert.NotNull(await page.GetByLabel("Reason", new() { Exact = false }).First.GetAttributeAsync("required"));
        await page.GetByLabel("rejected").CheckAsync();
        await page.EvaluateAsync("document.querySelector('#reason').removeAttribute('required'); document.querySelector('#reason').value = '   ';");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("reason is required");
        await Assertions.Expect(page.Locator("#case-state")).ToHaveTextAsync("open");

        await page.GetByLabel("rejected").CheckAsync();
        await page.Locator("#reason").FillAsync("Passport photo reused from another applicant.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-state")).ToHaveTextAsync("closed");
        await Assertions.Expect(page.Locator("#case-decision")).ToHaveTextAsync("rejected");
        var history = page.Locator("#case-history");
        await Assertions.Expect(history).ToContainTextAsync("Assigned to Ana Analyst");
        await Assertions.Expect(history).ToContainTextAsync("Same name and birth year");
        await Assertions.Expect(history).ToContainTextAsync("Decided: rejected");
        await Assertions.Expect(history).ToContainTextAsync("Passport photo reused");
        await WorkspaceServer.ScreenshotAsync(page, "06-case-decided");

        await page.Locator("#reopen-reason").FillAsync("The bank sent a new document.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reopen case" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-state")).ToHaveTextAsync("open");
        await Assertions.Expect(history).ToContainTextAsync("Reopened");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_workspace_stays_usable_at_tablet_width()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword, width: 768, height: 1024);
        foreach (var path in new[] { "/", "/Screening", "/Cases", "/Watch", "/Applications", "/Lists" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{path} scrolls sideways at 768 px");
        }

        await WorkspaceServer.ScreenshotAsync(page, "07-tablet-lists");
        await page.Context.CloseAsync();
    }
}
