using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>Uploaded applications as one sortable, paged table; an applicant's profile with the record rendered and the score explained.</summary>
[Collection(WorkspaceGroup.Name)]
public sealed class ApplicantProfileTests(WorkspaceServer server)
{
    private static readonly string Sample = SharedData.Path("..", "samples", "applications.jsonl");

    private async Task<IPage> UploadSampleAsync(int width)
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword, width: width);
        await page.GotoAsync("/Applications");
        await page.GetByLabel("or a file").SetInputFilesAsync(Sample);
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();
        await Assertions.Expect(page.Locator("#outcomes-title")).ToContainTextAsync("80 assessed, 0 rejected");
        return page;
    }

    private static async Task<int[]> ScoresAsync(IPage page) =>
        [.. (await page.Locator("#assessed-table tbody td.num").AllTextContentsAsync()).Select(t => int.Parse(t, CultureInfo.InvariantCulture))];

    [Fact]
    public async Task Eighty_uploaded_applications_make_one_sortable_paged_table_and_each_leads_to_a_profile_that_explains_its_score()
    {
        var page = await UploadSampleAsync(1440);
        try
        {
            // One row per record, 50 to a page, highest score first; the page stays short.
            var rows = page.Locator("#assessed-table tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(50);
            var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
            Assert.True(height < 12_000, $"the page is {height} px tall");
            var scores = await ScoresAsync(page);
            Assert.Equal(scores.OrderDescending(), scores);
            await WorkspaceServer.ScreenshotAsync(page, "32-applications-uploaded");
            await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
            await Assertions.Expect(rows).ToHaveCountAsync(30);

            // Sorted the other way by a header link, the lowest scores come first.
            await page.GetByRole(AriaRole.Link, new() { Name = "Score", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#assessed-table th[aria-sort=ascending]")).ToContainTextAsync("Score");
            scores = await ScoresAsync(page);
            Assert.Equal(scores.Order(), scores);

            // The profile of the highest-scoring record: the record rendered, the score by family, the signals with evidence.
            await page.GotoAsync("/Applications?Sort=score#assessed");
            var top = page.Locator("#assessed-table tbody tr").First;
            var id = (await top.Locator("td").First.TextContentAsync())!.Trim();
            await top.GetByRole(AriaRole.Link, new() { Name = id, Exact = true }).ClickAsync();
            var breakdown = page.Locator("#score-breakdown");
            await Assertions.Expect(breakdown).ToContainTextAsync("By family");
            await Assertions.Expect(breakdown.Locator("tfoot")).ToContainTextAsync(new Regex(@"Score\s*\d+"));
            await Assertions.Expect(breakdown).ToContainTextAsync("diminishing returns");
            var view = page.Locator("#record-view");
            await Assertions.Expect(view.Locator("h3", new() { HasText = "person" })).ToBeVisibleAsync();
            await Assertions.Expect(view).ToContainTextAsync("full name");
            await Assertions.Expect(page.Locator("pre")).Not.ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#network-summary")).ToBeVisibleAsync();
            await WorkspaceServer.ScreenshotAsync(page, "33-applicant-profile");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_applications_table_and_a_profile_do_not_scroll_sideways_on_a_phone()
    {
        var page = await UploadSampleAsync(390);
        try
        {
            await Assertions.Expect(page.Locator("#assessed-table tbody tr")).ToHaveCountAsync(50);
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "the applications page scrolls sideways at 390 px");
            await page.Locator("#assessed-table tbody tr").First.Locator("a").First.ClickAsync();
            await Assertions.Expect(page.Locator("#score-breakdown")).ToBeVisibleAsync();
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "the applicant profile scrolls sideways at 390 px");
            await WorkspaceServer.ScreenshotAsync(page, "34-applicant-profile-phone");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
