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
}
