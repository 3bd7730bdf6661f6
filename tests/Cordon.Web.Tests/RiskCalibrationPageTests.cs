using Cordon.Assessments;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Accounts;
using Cordon.Cases;
using Cordon.Core.Access;
using Cordon.Risk;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Tests.Shared;

namespace Cordon.Web.Tests;

/// <summary>
/// Risk → Calibration: an organisation's admins fit weights from its decided cases into shadow, read the report and adopt
/// them after confirming; analysts are refused, and another organisation neither sees nor adopts them.
/// </summary>
public sealed partial class RiskCalibrationPageTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private const string Org = "calibrating-org";
    private const string Other = "calibrating-other";

    [Fact]
    public async Task Admins_fit_into_shadow_and_adopt_after_confirming_analysts_and_other_organisations_are_refused()
    {
        await CalibrationDecisions.SeedAsync(server.Services.Store, Org, 120);
        var admin = await server.CreateClientAsync(Org, CordonRoles.Admin);
        var analyst = await server.CreateClientAsync(Org, CordonRoles.Analyst);
        var otherAdmin = await server.CreateClientAsync(Other, CordonRoles.Admin);

        using (var refused = await analyst.SendAsync(Html(HttpMethod.Get, "/Risk/Calibration")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var page = await PageAsync(admin);
        Assert.Contains("120 (", page.Html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"in-shadow\">none</dd>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"adopt\"", page.Html, StringComparison.Ordinal);
        using (var withoutToken = await PostAsync(admin, page with { Token = string.Empty }, "Fit", []))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        }

        using (var fitted = await PostAsync(admin, page, "Fit", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, fitted.StatusCode);
        }

        var shadow = Assert.Single(await server.Services.Store.GetRiskModelsAsync(Org));
        Assert.Equal(RiskModelStatus.Shadow, shadow.Status);
        Assert.StartsWith("cordon-risk-v3+org-", shadow.Version, StringComparison.Ordinal);
        page = await PageAsync(admin);
        var shown = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(shadow.Version); // '+' is written as an entity
        Assert.Contains(shown, page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"weights\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"decided-figures\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<code>MON-CRYPTO</code>", page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"adopt\"", page.Html, StringComparison.Ordinal);

        // Another organisation's admin sees none of it and cannot adopt it; an analyst of the organisation cannot either.
        var otherPage = await PageAsync(otherAdmin);
        Assert.DoesNotContain(shown, otherPage.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(shadow.Version[shadow.Version.IndexOf('+', StringComparison.Ordinal)..][1..], otherPage.Html, StringComparison.Ordinal);
        using (var foreign = await PostAsync(otherAdmin, otherPage, "Adopt", new() { ["version"] = shadow.Version, ["confirm"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var byAnalyst = await PostAsync(analyst, page, "Adopt", new() { ["version"] = shadow.Version, ["confirm"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byAnalyst.StatusCode);
        }

        using (var unconfirmed = await PostAsync(admin, page, "Adopt", new() { ["version"] = shadow.Version }))
        {
            Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
            Assert.Contains("id=\"calibration-error\"", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(RiskModelStatus.Shadow, Assert.Single(await server.Services.Store.GetRiskModelsAsync(Org)).Status);
        using (var adopted = await PostAsync(admin, page, "Adopt", new() { ["version"] = shadow.Version, ["confirm"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        }

        var model = Assert.Single(await server.Services.Store.GetRiskModelsAsync(Org));
        Assert.Equal(RiskModelStatus.Adopted, model.Status);
        Assert.StartsWith("admin-", model.AdoptedBy, StringComparison.Ordinal);
        var audit = (await server.Services.Store.QueryAuditAsync(new AuditQuery(OrganisationId: Org, Action: "risk-weights.*"))).Entries;
        Assert.Equal([AuditActions.RiskWeightsAdopt, AuditActions.RiskWeightsFit], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((shadow.Version, model.AdoptedBy), (a.TargetId, a.UserName)));
        Assert.Contains("<dd id=\"in-force\">" + shown, (await PageAsync(admin)).Html, StringComparison.Ordinal);

        // The organisation's assessments now use its weights; the other organisation's keep the default ones.
        var record = JsonNode.Parse(File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"))[1])!;
        record["id"] = "calibrated-record";
        Assert.Equal(shadow.Version, await AssessedVersionAsync(admin, record));
        Assert.Equal(RiskConfiguration.Default.Version, await AssessedVersionAsync(otherAdmin, record));
    }

    private static async Task<string?> AssessedVersionAsync(HttpClient client, JsonNode record)
    {
        using var response = await client.PostAsync("/api/assessments", new StringContent(record.ToJsonString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("engineVersion").GetString();
    }

    private sealed record Page(string Html, string Token, string Cookie);

    private static HttpRequestMessage Html(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd("text/html");
        return request;
    }

    private static async Task<Page> PageAsync(HttpClient client)
    {
        using var response = await client.SendAsync(Html(HttpMethod.Get, "/Risk/Calibration"));
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        var token = TokenField().Match(html);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal))?.Split(';')[0] ?? string.Empty
            : string.Empty;
        return new Page(html, token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : string.Empty, cookie);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Page page, string handler, Dictionary<string, string> fields)
    {
        using var post = Html(HttpMethod.Post, "/Risk/Calibration?handler=" + handler);
        post.Headers.Add("Cookie", page.Cookie);
        if (page.Token.Length > 0)
        {
            fields["__RequestVerificationToken"] = page.Token;
        }

        post.Content = new FormUrlEncodedContent(fields);
        return await client.SendAsync(post);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
