using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>Sharing indicators under TLP markings through the hub page, and network groups drawn as a graph.</summary>
[Collection(WorkspaceGroup.Name)]
public sealed class HubAndNetworkTests(WorkspaceServer server)
{
    [Fact]
    public async Task An_indicator_shared_as_amber_reaches_the_partner_amber_strict_does_not_and_a_revocation_shows_to_both()
    {
        var ana = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        await ana.GotoAsync("/Hub");
        await ana.GetByRole(AriaRole.Link, new() { Name = WorkspaceServer.HubCollectionTitle }).ClickAsync();
        await Share(ana, "recruiter@kp-front.example", "Front recruiter", "amber");
        await Share(ana, "handler@internal.example", "Internal handler", "amber+strict");
        var table = ana.Locator("#hub-indicators");
        await Assertions.Expect(table).ToContainTextAsync("[email-addr:value = 'recruiter@kp-front.example']");
        await Assertions.Expect(table).ToContainTextAsync("Internal handler");
        await WorkspaceServer.ScreenshotAsync(ana, "10-hub-shared");

        var olga = await server.SignInAsync("olga", WorkspaceServer.OtherAdminPassword);
        await olga.GotoAsync("/Hub");
        await olga.GetByRole(AriaRole.Link, new() { Name = WorkspaceServer.HubCollectionTitle }).ClickAsync();
        var partnerView = olga.Locator("#hub-indicators");
        await Assertions.Expect(partnerView).ToContainTextAsync("Front recruiter");
        await Assertions.Expect(partnerView).ToContainTextAsync("a partner");
        await Assertions.Expect(partnerView).Not.ToContainTextAsync("Internal handler");
        Assert.Equal(0, await partnerView.GetByRole(AriaRole.Button, new() { Name = "Revoke Front recruiter" }).CountAsync());
        Assert.Equal(0, await olga.GetByRole(AriaRole.Button, new() { Name = "Share" }).CountAsync());

        // Revoking asks first; keeping it changes nothing.
        await ana.GetByRole(AriaRole.Button, new() { Name = "Revoke Front recruiter" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#revoke-confirm")).ToContainTextAsync("cannot be undone");
        await WorkspaceServer.ScreenshotAsync(ana, "23-hub-revoke-confirm");
        await ana.GetByRole(AriaRole.Link, new() { Name = "Keep it" }).ClickAsync();
        await Assertions.Expect(table.Locator("tr", new() { HasText = "Front recruiter" })).ToContainTextAsync("active");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Revoke Front recruiter" }).ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Revoke the indicator" }).ClickAsync();
        await Assertions.Expect(ana.GetByRole(AriaRole.Status)).ToContainTextAsync("Indicator revoked");
        await Assertions.Expect(table.Locator("tr", new() { HasText = "Front recruiter" })).ToContainTextAsync("revoked");

        await olga.ReloadAsync();
        await Assertions.Expect(partnerView.Locator("tr", new() { HasText = "Front recruiter" })).ToContainTextAsync("revoked");
        await ana.Context.CloseAsync();
        await olga.Context.CloseAsync();
    }

    [Fact]
    public async Task Records_sharing_a_device_form_a_group_drawn_as_a_graph_with_labelled_links()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        await page.GotoAsync("/Applications");
        string Record(string id, string name) =>
            $$"""{"id":"{{id}}","kind":"contractor","submitted_at":"2026-09-22T15:09:00Z","person":{"full_name":"{{name}}"},"claimed_location":{"country":"US"},"sessions":[{"started_at":"2026-09-01T08:33:00Z","ip":"198.51.100.7","device_id":"dev-shared-laptop-77"}]}""";
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Records", Exact = true }).FillAsync($"[{Record("net-a", "John Carter")},{Record("net-b", "Peter Mills")}]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "net-b", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/Networks");
        await page.GetByLabel("Show the group of record").FillAsync("net-a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var links = page.Locator("table", new() { HasText = "Links of group" });
        await Assertions.Expect(links).ToContainTextAsync("net-b");
        await Assertions.Expect(links).ToContainTextAsync("device");

        // The graph library drew the group: two records as nodes, at least one labelled edge.
        await page.WaitForFunctionAsync("() => document.querySelector('#graph canvas') !== null");
        await WorkspaceServer.ScreenshotAsync(page, "11-network-graph");

        // The applications page lists what was assessed, and a record linked to nobody is said so rather than drawn alone.
        await page.GotoAsync("/Applications");
        var recent = page.Locator("#assessed-table");
        await Assertions.Expect(recent.GetByRole(AriaRole.Link, new() { Name = "net-a", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Records", Exact = true }).FillAsync("""{"id":"net-alone","kind":"contractor","submitted_at":"2026-09-22T15:09:00Z","person":{"full_name":"Lone Applicant"},"claimed_location":{"country":"US"}}""");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Network of net-alone" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("net-alone shares no identifier");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Indicator_values_are_checked_per_kind_before_sharing_and_a_duplicate_is_refused()
    {
        var ana = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        try
        {
            await ana.GotoAsync("/Hub");
            await ana.GetByRole(AriaRole.Link, new() { Name = WorkspaceServer.HubCollectionTitle }).ClickAsync();
            async Task TryShareAsync(string kind, string value)
            {
                await ana.GetByLabel("Kind").SelectOptionAsync(kind);
                await ana.GetByLabel("Value").FillAsync(value);
                await ana.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
            }

            foreach (var (kind, value, says) in new[]
            {
                ("ipv4-addr:value", "999.12.1", "as IPv4 address, '999.12.1' is not an IPv4 address"),
                ("ipv6-addr:value", "2001:db8::zz", "is not an IPv6 address"),
                ("email-addr:value", "handler@", "is not an e-mail address"),
                ("domain-name:value", "kp front.example", "is not a domain name"),
                ("cryptocurrency-wallet:value", "0x12345", "is not a cryptocurrency wallet address"),
                ("bank-account:iban", "DE89 3704 0044 0532 0130 01", "is not an IBAN with valid check digits"),
                ("phone-number:value", "12345", "is not a phone number"),
            })
            {
                await TryShareAsync(kind, value);
                await Assertions.Expect(ana.GetByRole(AriaRole.Alert)).ToContainTextAsync(says);
            }

            await WorkspaceServer.ScreenshotAsync(ana, "24-hub-invalid-indicator");
            var table = ana.Locator("#hub-indicators");
            await Assertions.Expect(table).Not.ToContainTextAsync("999.12.1");

            // A valid value is shared in its canonical form; the same value again is refused as a duplicate.
            await TryShareAsync("bank-account:iban", "de89 3704 0044 0532 0130 00");
            await Assertions.Expect(ana.GetByRole(AriaRole.Status)).ToContainTextAsync("Indicator shared");
            await Assertions.Expect(table).ToContainTextAsync("[bank-account:iban = 'DE89370400440532013000']");
            await TryShareAsync("bank-account:iban", "DE89370400440532013000");
            await Assertions.Expect(ana.GetByRole(AriaRole.Alert)).ToContainTextAsync("duplicates indicator--");
            Assert.Equal(1, await table.Locator("tr", new() { HasText = "DE89370400440532013000" }).CountAsync());
        }
        finally
        {
            await ana.Context.CloseAsync();
        }
    }

    private static async Task Share(IPage page, string email, string name, string tlp)
    {
        await page.GetByLabel("Kind").SelectOptionAsync("email-addr:value");
        await page.GetByLabel("Value").FillAsync(email);
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("TLP").SelectOptionAsync(tlp);
        await page.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Indicator shared");
    }
}
