using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>The API reference page linked from every page's footer: served by Cordon itself, under its content security policy.</summary>
[Collection(WorkspaceGroup.Name)]
public sealed class ApiReferenceTests(WorkspaceServer server)
{
    [Fact]
    public async Task The_footer_opens_an_api_reference_served_from_cordon_itself_without_a_policy_violation()
    {
        var page = await server.SignInAsync("ana", WorkspaceServer.AnalystPassword, width: 1440);
        var foreign = new List<string>();
        var consoleErrors = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        try
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "API reference" }).ClickAsync();
            await page.WaitForURLAsync(server.BaseUrl + "/api-reference/index.html");
            await Assertions.Expect(page.Locator(".information-container .title")).ToContainTextAsync("Cordon API");
            await Assertions.Expect(page.Locator(".opblock").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".btn.authorize")).ToBeVisibleAsync();
            await WorkspaceServer.ScreenshotAsync(page, "api-reference");
            Assert.Empty(foreign);
            Assert.Empty(consoleErrors);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
