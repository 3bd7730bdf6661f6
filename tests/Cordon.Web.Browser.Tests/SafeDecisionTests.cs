using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>The evidence shown where the analyst decides, and confirmation before changes that cannot be seen afterwards.</summary>
[Collection(WorkspaceGroup.Name)]
public sealed class SafeDecisionTests(WorkspaceServer server)
{
    [Fact]
    public async Task A_strong_name_with_a_wrong_date_of_birth_is_shown_below_the_threshold_with_the_lists_searched()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        try
        {
            await page.GotoAsync("/Screening");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Kim Jong Un");
            await page.GetByLabel("Date of birth").FillAsync("1990-05-05");
            await page.GetByLabel("Type").SelectOptionAsync("person");
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();

            // No match at the recommended threshold, but the strong name is not hidden, and the lists searched are dated.
            await Assertions.Expect(page.Locator("#results")).ToContainTextAsync("No match");
            await Assertions.Expect(page.Locator("#lists-searched")).ToContainTextAsync(new Regex(@"OFAC SDN: version \d+, publication date not stated in its files, imported \d{4}-\d{2}-\d{2}"));
            var below = page.Locator("#below-threshold article.match", new() { HasText = "KIM, Jong Un" });
            await Assertions.Expect(below).ToBeVisibleAsync();
            await Assertions.Expect(below).ToContainTextAsync("strong name match");
            await Assertions.Expect(below).ToContainTextAsync("1984");
            await WorkspaceServer.ScreenshotAsync(page, "20-screening-below-threshold");

            // A lower threshold chosen for this search brings it up among the matches.
            var score = double.Parse(Regex.Match(await below.Locator(".score").TextContentAsync() ?? string.Empty, @"\d\.\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
            await page.GetByRole(AriaRole.Spinbutton, new() { NameRegex = new Regex("^Threshold") }).FillAsync((Math.Floor(score * 100) / 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#results")).ToContainTextAsync("match(es)");
            await Assertions.Expect(page.Locator("section[aria-labelledby=results] article.match", new() { HasText = "KIM, Jong Un" })).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Watching_a_customer_under_an_id_already_watched_asks_before_replacing_it()
    {
        var store = server.Services.Store;
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        try
        {
            async Task WatchAsync(string id, string name)
            {
                await page.GotoAsync("/Watch");
                await page.GetByLabel("Customer id").FillAsync(id);
                await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
                await page.GetByRole(AriaRole.Button, new() { Name = "Watch", Exact = true }).ClickAsync();
            }

            await WatchAsync("cust-replace-1", "Artem Lifshits");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("cust-replace-1 is under watch");
            var alertsBefore = (await store.GetAlertsAsync(Cordon.Accounts.Organisation.DefaultId, "cust-replace-1")).Count;

            // The same id with another name: nothing changes until the analyst has seen both and confirmed.
            await WatchAsync("cust-replace-1", "Jane Q Nobody");
            var confirm = page.Locator("#replace-confirm");
            await Assertions.Expect(confirm).ToContainTextAsync("already under watch");
            await Assertions.Expect(confirm.Locator("tr", new() { HasText = "Name" })).ToContainTextAsync("Artem Lifshits");
            await Assertions.Expect(confirm.Locator("tr", new() { HasText = "Name" })).ToContainTextAsync("Jane Q Nobody");
            await Assertions.Expect(confirm).ToContainTextAsync("LIFSHITS, Artem Mikhaylovich");
            await WorkspaceServer.ScreenshotAsync(page, "21-watch-replace-confirm");
            Assert.Equal("Artem Lifshits", (await store.GetWatchSubjectAsync(Cordon.Accounts.Organisation.DefaultId, "cust-replace-1"))!.Subject.Name);
            Assert.Equal(alertsBefore, (await store.GetAlertsAsync(Cordon.Accounts.Organisation.DefaultId, "cust-replace-1")).Count);

            await confirm.GetByRole(AriaRole.Link, new() { Name = "Keep the current details" }).ClickAsync();
            Assert.Equal("Artem Lifshits", (await store.GetWatchSubjectAsync(Cordon.Accounts.Organisation.DefaultId, "cust-replace-1"))!.Subject.Name);

            // Sending the same details again replaces nothing and asks nothing.
            await WatchAsync("cust-replace-1", "Artem Lifshits");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("cust-replace-1 is under watch");

            await WatchAsync("cust-replace-1", "Jane Q Nobody");
            await page.GetByRole(AriaRole.Button, new() { Name = "Replace cust-replace-1" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("cust-replace-1 replaced (name 'Artem Lifshits' → 'Jane Q Nobody')");
            Assert.Equal("Jane Q Nobody", (await store.GetWatchSubjectAsync(Cordon.Accounts.Organisation.DefaultId, "cust-replace-1"))!.Subject.Name);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_lists_page_refuses_an_ofac_set_without_its_alias_and_address_files_naming_them()
    {
        var page = await server.SignInAsync("otto", WorkspaceServer.OperatorPassword);
        try
        {
            var versions = (await server.Services.Store.GetListVersionsAsync("ofac-sdn")).Count;
            await page.GotoAsync("/Lists");
            await page.GetByLabel("List file(s)").SetInputFilesAsync(SharedData.Path("lists", "ofac-sample", "sdn.csv"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

            var alert = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(alert).ToContainTextAsync("Nothing was imported");
            await Assertions.Expect(alert).ToContainTextAsync("add.csv (addresses), alt.csv (aliases) and sdn_comments.csv (the end of long remarks) are missing");
            await Assertions.Expect(alert).ToContainTextAsync("Accept an incomplete set");
            Assert.False(await page.GetByLabel("Accept an incomplete set").IsCheckedAsync());
            await WorkspaceServer.ScreenshotAsync(page, "22-lists-incomplete-set-refused");
            Assert.Equal(versions, (await server.Services.Store.GetListVersionsAsync("ofac-sdn")).Count);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_match_card_shows_the_entrys_facts_and_alignment_and_leads_to_its_profile_a_case_and_the_watch_form()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        try
        {
            await page.GotoAsync("/Screening");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();
            var card = page.Locator("section[aria-labelledby=results] article.match", new() { HasText = "LIFSHITS, Artem Mikhaylovich" });
            await Assertions.Expect(card.Locator("dl.facts")).ToContainTextAsync("26 Dec 1992");
            await Assertions.Expect(card.Locator("dl.facts")).ToContainTextAsync("CYBER2");
            await Assertions.Expect(card.Locator("dl.facts")).ToContainTextAsync(new Regex(@"OFAC SDN, version \d+"));
            await Assertions.Expect(card.Locator("table.tokens")).ToContainTextAsync("Lifshits");

            await card.GetByRole(AriaRole.Link, new() { Name = "Entry profile of LIFSHITS, Artem Mikhaylovich" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "LIFSHITS, Artem Mikhaylovich", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#entity-facts")).ToContainTextAsync("mycryptodeals@yandex.ru");
            await Assertions.Expect(page.Locator("#entity-versions")).ToContainTextAsync("(in force)");
            await Assertions.Expect(page.Locator("#entity-versions")).ToContainTextAsync("listed");
            await Assertions.Expect(page.Locator("pre")).ToContainTextAsync("29702,");
            await WorkspaceServer.ScreenshotAsync(page, "25-entity-profile");

            await page.GotoAsync("/Screening");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();
            await card.GetByRole(AriaRole.Link, new() { Name = "Watch the name Artem Lifshits" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Artem Lifshits");

            await page.GotoAsync("/Screening");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "Open case for LIFSHITS, Artem Mikhaylovich" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Screening hit: “Artem Lifshits” ↔ LIFSHITS, Artem Mikhaylovich (ofac-sdn 29702");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Screening_results_and_the_entry_profile_do_not_scroll_sideways_on_a_phone()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword, width: 390, height: 844);
        try
        {
            async Task ExpectNoSidewaysScrollAsync(string what)
            {
                var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
                Assert.False(overflow, $"{what} scrolls sideways at 390 px");
            }

            await page.GotoAsync("/Screening");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Kim Jong Un");
            await page.GetByLabel("Date of birth").FillAsync("1990-05-05");
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#below-threshold article.match").First).ToBeVisibleAsync();
            await ExpectNoSidewaysScrollAsync("the screening result");
            await page.GotoAsync("/Lists/Entity/ofac-sdn/29702");
            await ExpectNoSidewaysScrollAsync("the entry profile");
            await WorkspaceServer.ScreenshotAsync(page, "26-entity-profile-phone");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_labelled_button_and_link_on_the_watch_screening_and_hub_pages_has_its_visible_text_in_its_accessible_name()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword);
        try
        {
            // WCAG 2.5.3 (label in name): speech users say what they see.
            const string Mismatches = """
                () => [...document.querySelectorAll('button[aria-label], a[aria-label]')]
                    .filter(e => e.textContent.trim() && !e.getAttribute('aria-label').toLowerCase().includes(e.textContent.trim().toLowerCase()))
                    .map(e => e.textContent.trim() + ' / ' + e.getAttribute('aria-label'))
                """;
            await page.GotoAsync("/Watch");
            await page.GetByLabel("Customer id").FillAsync("cust-label-1");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
            await page.GetByRole(AriaRole.Button, new() { Name = "Watch", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("cust-label-1 is under watch");
            Assert.Empty(await page.EvaluateAsync<string[]>(Mismatches));

            await page.GotoAsync("/Screening");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Artem Lifshits");
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("article.match").First).ToBeVisibleAsync();
            Assert.Empty(await page.EvaluateAsync<string[]>(Mismatches));

            await page.GotoAsync("/Hub");
            await page.GetByRole(AriaRole.Link, new() { Name = WorkspaceServer.HubCollectionTitle }).ClickAsync();
            Assert.Empty(await page.EvaluateAsync<string[]>(Mismatches));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
