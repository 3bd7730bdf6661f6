using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>Organisations never see each other's data; the audit log records what users did and exports it.</summary>
[Collection(WorkspaceGroup.Name)]
public sealed class IsolationAndAuditTests(WorkspaceServer server)
{
    [Fact]
    public async Task A_user_of_one_organisation_sees_nothing_of_another_by_any_page_url_or_download()
    {
        // Olga (organisation acme) leaves a trail of data everywhere.
        var olga = await server.SignInAsync("olga", WorkspaceServer.OtherAdminPassword);
        await olga.GotoAsync("/Watch");
        await olga.GetByLabel("Customer id").FillAsync("acme-secret-customer");
        await olga.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
        await olga.GetByRole(AriaRole.Button, new() { Name = "Watch", Exact = true }).ClickAsync();
        await olga.Locator("tr", new() { HasText = "acme-secret-customer" }).First
            .GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Open case for alert") }).ClickAsync();
        await olga.WaitForURLAsync(new Regex("/Cases/Case/\\d+$"));
        var caseUrl = new Uri(olga.Url).AbsolutePath;
        var evidence = Path.Combine(Path.GetTempPath(), "acme-evidence-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(evidence, "acme confidential");
        await olga.Locator("#evidence-file").SetInputFilesAsync(evidence);
        await olga.GetByRole(AriaRole.Button, new() { Name = "Attach" }).ClickAsync();
        File.Delete(evidence);
        var fileUrl = await olga.Locator("#case-history a").First.GetAttributeAsync("href");
        Assert.NotNull(fileUrl);

        await olga.GotoAsync("/Applications");
        await olga.GetByRole(AriaRole.Textbox, new() { Name = "Records", Exact = true }).FillAsync("""{"id":"acme-app-1","kind":"contractor","submitted_at":"2026-09-22T15:09:00Z","person":{"full_name":"Acme Secret Applicant"},"claimed_location":{"country":"US"}}""");
        await olga.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();
        await Assertions.Expect(olga.GetByRole(AriaRole.Link, new() { Name = "acme-app-1", Exact = true })).ToBeVisibleAsync();

        var csv = Path.Combine(Path.GetTempPath(), "acme-batch-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(csv, "id,name\nacme-row-1,Artem Lifshits\n");
        await olga.GotoAsync("/Screening");
        await olga.GetByLabel("CSV file").SetInputFilesAsync(csv);
        await olga.GetByRole(AriaRole.Button, new() { Name = "Upload and screen" }).ClickAsync();
        var results = await server.ExpectBatchFinishedAsync(olga, WorkspaceServer.OtherOrganisation);
        File.Delete(csv);
        var batchUrl = new Uri(olga.Url).AbsolutePath;
        var resultsUrl = await results.GetAttributeAsync("href");

        // Olga herself can reach every one of them.
        foreach (var url in new[] { caseUrl, fileUrl!, "/Applications/Record/acme-app-1", batchUrl, resultsUrl! })
        {
            Assert.Equal(200, (await olga.Context.APIRequest.GetAsync(url)).Status);
        }

        await olga.Context.CloseAsync();

        // The admin of the default organisation: every direct URL is "not found", never "forbidden".
        var admin = await server.SignInAsync("admin", server.AdminPassword);
        foreach (var url in new[] { caseUrl, fileUrl!, "/Applications/Record/acme-app-1", batchUrl, resultsUrl!, "/Networks?Record=acme-app-1", "/api/assessments/acme-app-1", "/api/watch/acme-secret-customer" })
        {
            var response = await admin.Context.APIRequest.GetAsync(url);
            Assert.True(response.Status == 404, $"{url} answered {response.Status} to another organisation");
            var body = await response.TextAsync();

            // The answer may repeat the id the caller asked for, never anything stored behind it.
            foreach (var secret in new[] { "Acme Secret Applicant", "acme confidential", "olga", "acme-row-1", "LIFSHITS", "sha256" })
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} reveals '{secret}'");
            }
        }

        // Forms aimed at the other organisation's case change nothing.
        var caseId = caseUrl.Split('/')[^1];
        await admin.GotoAsync("/Cases");
        var token = await admin.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var post = await admin.Context.APIRequest.PostAsync($"/Cases/Case/{caseId}?handler=Decide", new()
        {
            Form = admin.Context.APIRequest.CreateFormData().Set("__RequestVerificationToken", token).Set("version", "2").Set("decision", "Cleared").Set("reason", "not mine"),
        });
        Assert.Equal(404, post.Status);

        // No page or download lists any of it.
        foreach (var path in new[] { "/", "/Cases", "/Watch", "/Applications", "/Networks", "/Screening", "/Audit", "/api/alerts", "/api/watch", "/api/audit?format=csv" })
        {
            var response = await admin.Context.APIRequest.GetAsync(path);
            Assert.Equal(200, response.Status);
            var body = await response.TextAsync();
            foreach (var secret in new[] { "acme-secret-customer", "acme-app-1", "acme-row-1", "olga", "acme-evidence" })
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{path} shows '{secret}' of another organisation");
            }
        }

        await WorkspaceServer.ScreenshotAsync(admin, "08-other-organisation-sees-nothing");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task The_audit_log_shows_sign_ins_and_case_decisions_filters_them_and_exports_csv()
    {
        var ana = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        await ana.GotoAsync("/Cases");
        await ana.GetByLabel("Title").FillAsync("Audit trail check");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        await ana.GetByLabel("cleared").CheckAsync();
        await ana.Locator("#reason").FillAsync("Namesake: different date of birth.");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#case-state")).ToHaveTextAsync("closed");

        // Analysts do not see the audit log.
        Assert.Equal(403, (await ana.Context.APIRequest.GetAsync("/api/audit")).Status);
        await ana.GotoAsync("/Audit");
        await Assertions.Expect(ana.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToHaveCountAsync(0);
        await Assertions.Expect(ana.GetByRole(AriaRole.Link, new() { Name = "Audit" })).ToHaveCountAsync(0);
        await ana.Context.CloseAsync();

        var admin = await server.SignInAsync("admin", server.AdminPassword);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        var table = admin.Locator("#audit-table");
        await Assertions.Expect(table).ToContainTextAsync("sign-in");
        await Assertions.Expect(table).ToContainTextAsync("case.decide");

        await admin.GetByLabel("Action").FillAsync("case.*");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(table).ToContainTextAsync("case.decide");
        await Assertions.Expect(table).Not.ToContainTextAsync("sign-in");
        await WorkspaceServer.ScreenshotAsync(admin, "09-audit");

        var download = await admin.RunAndWaitForDownloadAsync(() => admin.Locator("#audit-export").ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("case.decide", text);
        Assert.DoesNotContain("sign-in", text);
        await admin.Context.CloseAsync();
    }
}
