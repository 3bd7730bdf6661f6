using Cordon.Core.Access;
using Cordon.Storage;
using Cordon.Tests.Shared;
using Microsoft.Playwright;

namespace Cordon.Web.Browser.Tests;

/// <summary>Risk → Calibration in Chromium: an admin fits weights from decided cases, reads the shadow report and adopts them after ticking the confirmation; an analyst has no way in.</summary>
[Collection(WorkspaceGroup.Name)]
public sealed class RiskCalibrationPageTests(WorkspaceServer server)
{
    private const string Organisation = "calibra";
    private const string AdminPassword = "Cobalt-Harbour-5521-Tern";
    private const string AnalystPassword = "Saffron-Ledger-3307-Wren";

    [Fact]
    public async Task An_admin_fits_into_shadow_reads_the_report_and_adopts_only_after_confirming_an_analyst_never_sees_the_page()
    {
        await server.CreateUserAsync(Organisation, "cleo", CordonRoles.Admin, AdminPassword);
        await server.CreateUserAsync(Organisation, "carl", CordonRoles.Analyst, AnalystPassword);
        await CalibrationDecisions.SeedAsync(server.Services.Store, Organisation, 120);

        // The analyst has no menu entry, and the address leads back to sign-in, not to the weights.
        var carl = await server.SignInAsync("carl", AnalystPassword);
        Assert.Equal(0, await carl.GetByRole(AriaRole.Link, new() { Name = "Risk calibration" }).CountAsync());
        await carl.GotoAsync("/Risk/Calibration");
        Assert.DoesNotContain("/Risk/Calibration", new Uri(carl.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(carl.Locator("body")).Not.ToContainTextAsync("Fit from decided cases");
        await carl.Context.CloseAsync();

        var cleo = await server.SignInAsync("cleo", AdminPassword);
        await cleo.GetByRole(AriaRole.Link, new() { Name = "Risk calibration" }).ClickAsync();
        await Assertions.Expect(cleo.GetByRole(AriaRole.Heading, new() { Name = "Risk calibration", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(cleo.Locator("#in-shadow")).ToHaveTextAsync("none");
        await Assertions.Expect(cleo.Locator("#decided")).ToContainTextAsync("120 (");
        Assert.Equal(0, await cleo.Locator("#adopt").CountAsync());

        await cleo.GetByRole(AriaRole.Button, new() { Name = "Fit from decided cases" }).ClickAsync();
        await Assertions.Expect(cleo.GetByRole(AriaRole.Status)).ToContainTextAsync("In shadow mode");
        var shadow = Assert.Single(await server.Services.Store.GetRiskModelsAsync(Organisation));
        await Assertions.Expect(cleo.Locator("#in-shadow")).ToContainTextAsync(shadow.Version);
        await Assertions.Expect(cleo.Locator("#decided-figures")).ToContainTextAsync("Fraud flagged (recall)");
        var crypto = cleo.Locator("#weights tr", new() { HasText = "MON-CRYPTO" });
        await Assertions.Expect(crypto).ToContainTextAsync("+");
        await Assertions.Expect(cleo.Locator("#versions")).ToContainTextAsync("shadow");
        await WorkspaceServer.ScreenshotAsync(cleo, "30-risk-calibration-shadow");

        // Adopt needs the tick: the browser refuses the form without it, and nothing changes.
        await cleo.GetByRole(AriaRole.Button, new() { Name = "Adopt" }).ClickAsync();
        Assert.Equal(RiskModelStatus.Shadow, Assert.Single(await server.Services.Store.GetRiskModelsAsync(Organisation)).Status);
        await cleo.GetByLabel("I have read the report below and adopt").CheckAsync();
        await cleo.GetByRole(AriaRole.Button, new() { Name = "Adopt" }).ClickAsync();
        await Assertions.Expect(cleo.GetByRole(AriaRole.Status)).ToContainTextAsync("Adopted " + shadow.Version);
        await Assertions.Expect(cleo.Locator("#in-force")).ToContainTextAsync(shadow.Version + " (adopted");
        await Assertions.Expect(cleo.Locator("#in-shadow")).ToHaveTextAsync("none");
        Assert.Equal(RiskModelStatus.Adopted, Assert.Single(await server.Services.Store.GetRiskModelsAsync(Organisation)).Status);
        await cleo.Context.CloseAsync();
    }
}
