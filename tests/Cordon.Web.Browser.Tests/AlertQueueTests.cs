using System.Text.RegularExpressions;
using Cordon.Accounts;
using Cordon.Core;
using Cordon.Storage;
using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>The alert queue (filters, bulk decisions with reasons, the allow-list) and the evidence on the alert and case pages.</summary>
[Collection(WorkspaceGroup.Name)]
public sealed class AlertQueueTests(WorkspaceServer server)
{
    private const string Org = Organisation.DefaultId;

    private async Task<Alert> WatchAsync(string id, string name)
    {
        var subject = new WatchSubject(id, new ScreeningSubject { Name = name, Kind = SubjectKind.Person }, DateTimeOffset.UtcNow);
        var raised = await server.Services.WatchList.AddAsync(Org, [subject]);
        return raised.Where(a => a.Kind == AlertKind.NewMatch).OrderByDescending(a => a.Score).First();
    }

    private static async Task ExpectNoSidewaysScrollAsync(IPage page, string what) =>
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), $"{what} scrolls sideways at 390 px");

    [Fact]
    public async Task Alerts_are_filtered_assigned_and_decided_in_bulk_with_a_reason_and_a_false_positive_does_not_alert_again()
    {
        var first = await WatchAsync("aq-cust-1", "Artem Lifshits");
        var second = await WatchAsync("aq-cust-2", "Kim Jong Un");
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword, width: 1440);
        try
        {
            await page.GotoAsync("/Alerts");
            var queue = page.Locator("#alert-queue");
            await Assertions.Expect(queue.Locator($"#alert-{first.Id}")).ToContainTextAsync("aq-cust-1");
            await Assertions.Expect(queue.Locator($"#alert-{second.Id}")).ToContainTextAsync("new");
            await Assertions.Expect(page.Locator("#alert-counts")).ToContainTextAsync("hub indicator");

            // Filters: a score floor above the second customer's match leaves only stronger ones.
            await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("new-match");
            await page.GetByLabel("Score at least").FillAsync((Math.Min(first.Score, second.Score) + 0.0005).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            var weaker = first.Score < second.Score ? first : second;
            await Assertions.Expect(queue.Locator($"#alert-{weaker.Id}")).ToHaveCountAsync(0);
            await page.GotoAsync("/Alerts?Kind=new-match");

            // Assign both to me, then find them under "me".
            await page.GetByLabel($"Select alert {first.Id}", new() { Exact = true }).CheckAsync();
            await page.GetByLabel($"Select alert {second.Id}", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Action").SelectOptionAsync("assign");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply to selected" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 alert(s) assigned to Ana Analyst");
            await page.GotoAsync("/Alerts?Assignee=me");
            await Assertions.Expect(queue.Locator($"#alert-{first.Id}")).ToContainTextAsync("Ana Analyst");

            // A false positive needs a reason: without one nothing changes.
            await page.GetByLabel($"Select alert {first.Id}", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Action").SelectOptionAsync("false-positive");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply to selected" }).ClickAsync();
            await Assertions.Expect(page.Locator("#queue-error")).ToContainTextAsync("Say why");
            Assert.Equal(AlertState.New, (await server.Services.Store.GetAlertAsync(Org, first.Id))!.State);

            await page.GetByLabel($"Select alert {first.Id}", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Action").SelectOptionAsync("false-positive");
            await page.GetByLabel("Reason").FillAsync("Our customer is a British citizen born in 1961");
            await WorkspaceServer.ScreenshotAsync(page, "27-alert-queue");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply to selected" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 alert(s) marked false positive");
            await Assertions.Expect(queue.Locator($"#alert-{first.Id}")).ToHaveCountAsync(0);

            await page.GotoAsync("/Alerts?State=false-positive");
            await Assertions.Expect(queue.Locator($"#alert-{first.Id}")).ToContainTextAsync("Our customer is a British citizen born in 1961 (ana)");
            var audit = await server.Services.Store.QueryAuditAsync(new AuditQuery(Action: "alert.state"));
            Assert.Contains(audit.Entries, e => e.TargetId == first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.DetailsJson!.Contains("false-positive", StringComparison.Ordinal));

            // The allow-list: watched afresh, the same customer and entry raise nothing; the alert page says why.
            Assert.True(await server.Services.Store.DeleteWatchSubjectAsync(Org, "aq-cust-1"));
            var again = await server.Services.WatchList.AddAsync(Org, [new WatchSubject("aq-cust-1", new ScreeningSubject { Name = "Artem Lifshits", Kind = SubjectKind.Person }, DateTimeOffset.UtcNow)]);
            Assert.DoesNotContain(again, a => a.EntitySourceId == first.EntitySourceId);
            await page.GotoAsync($"/Alerts/Alert/{first.Id}");
            await Assertions.Expect(page.Locator("#evidence-decision")).ToContainTextAsync("does not alert again until the customer's details or the entry change");

            // The dashboard counts every kind.
            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("#dashboard-alerts")).ToContainTextAsync("hub indicator");
            await Assertions.Expect(page.Locator("#dashboard-alerts")).ToContainTextAsync("match gone");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_case_opened_from_a_watch_alert_shows_the_customer_the_entry_and_the_match()
    {
        var alert = await WatchAsync("aq-case-1", "Artem Lifshits");
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword, width: 1440);
        try
        {
            await page.GotoAsync($"/Alerts/Alert/{alert.Id}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"Alert {alert.Id}");
            var evidence = page.Locator("#alert-evidence");
            await Assertions.Expect(evidence.Locator("#evidence-customer")).ToContainTextAsync("aq-case-1");
            await Assertions.Expect(evidence.Locator("#evidence-customer")).ToContainTextAsync("Artem Lifshits");
            await Assertions.Expect(evidence.Locator("#evidence-entry")).ToHaveAttributeAsync("href", $"/Lists/Entity/{alert.ListId}/{alert.EntitySourceId}");
            await Assertions.Expect(evidence.Locator("article.match dl.facts")).ToContainTextAsync("26 Dec 1992");
            await Assertions.Expect(evidence.Locator("table.tokens")).ToContainTextAsync("Lifshits");
            await WorkspaceServer.ScreenshotAsync(page, "28-case-watch-evidence");

            await page.GotoAsync("/Alerts?State=in-case");
            await Assertions.Expect(page.Locator($"#alert-{alert.Id}")).ToContainTextAsync(new Regex(@"case #\d+"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_hub_indicator_alert_shows_the_matched_value_with_its_session_and_the_applicants_signals_and_network()
    {
        const string Address = "203.0.113.199";
        string Record(string id, string name, string device) =>
            $$"""{"id":"{{id}}","kind":"contractor","submitted_at":"2026-09-22T15:09:00Z","person":{"full_name":"{{name}}"},"claimed_location":{"country":"US"},"sessions":[{"started_at":"2026-09-01T08:33:00Z","ip":"{{Address}}","device_id":"{{device}}"}]}""";
        await server.Services.Assessments.AssessAsync(Org, [Record("aq-hub-a", "Lena Brooks", "dev-aq-hub-77"), Record("aq-hub-b", "Mark Stone", "dev-aq-hub-77")], store: true);
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword, width: 1440);
        try
        {
            await page.GotoAsync("/Hub");
            await page.GetByRole(AriaRole.Link, new() { Name = WorkspaceServer.HubCollectionTitle }).ClickAsync();
            await page.GetByLabel("Kind").SelectOptionAsync("ipv4-addr:value");
            await page.GetByLabel("Value").FillAsync(Address);
            await page.GetByLabel("Name").FillAsync("Laptop farm exit");
            await page.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Indicator shared");

            var alert = (await server.Services.Store.QueryAlertsAsync(Org, new AlertQuery { Kinds = [AlertKind.HubIndicatorMatch], SubjectId = "aq-hub-a" })).Alerts.Single();
            await page.GotoAsync($"/Alerts?Kind=hub");
            await Assertions.Expect(page.Locator($"#alert-{alert.Id}")).ToContainTextAsync("Laptop farm exit");
            await page.GotoAsync($"/Alerts/Alert/{alert.Id}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
            var evidence = page.Locator("#alert-evidence");
            await Assertions.Expect(evidence.Locator("#evidence-indicator")).ToContainTextAsync("Laptop farm exit");
            var matched = evidence.Locator("#evidence-matched");
            await Assertions.Expect(matched).ToContainTextAsync(Address);
            await Assertions.Expect(matched).ToContainTextAsync("$.sessions[0].ip");
            await Assertions.Expect(matched).ToContainTextAsync("device_id: dev-aq-hub-77");
            await Assertions.Expect(evidence).ToContainTextAsync("The applicant's signals");
            await Assertions.Expect(page.Locator("#network-summary")).ToContainTextAsync("aq-hub-b");
            await WorkspaceServer.ScreenshotAsync(page, "29-case-hub-evidence");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_queue_the_alert_and_the_case_do_not_scroll_sideways_on_a_phone()
    {
        var alert = await WatchAsync("aq-phone-1", "Artem Lifshits");
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword, width: 390, height: 844);
        try
        {
            await page.GotoAsync("/Alerts");
            await Assertions.Expect(page.Locator($"#alert-{alert.Id}")).ToBeVisibleAsync();
            await ExpectNoSidewaysScrollAsync(page, "the alert queue");
            await WorkspaceServer.ScreenshotAsync(page, "30-alert-queue-phone");
            await page.GotoAsync($"/Alerts/Alert/{alert.Id}");
            await ExpectNoSidewaysScrollAsync(page, "the alert page");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
            await Assertions.Expect(page.Locator("#evidence-customer")).ToContainTextAsync("aq-phone-1");
            await ExpectNoSidewaysScrollAsync(page, "the case page");
            await WorkspaceServer.ScreenshotAsync(page, "31-case-evidence-phone");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
