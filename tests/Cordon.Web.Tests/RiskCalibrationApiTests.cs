using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Risk;
using Cordon.Storage;
using Cordon.Tests.Shared;

namespace Cordon.Web.Tests;

/// <summary>
/// <c>/api/risk/calibration</c>: analysts read the report and the shadow comparison; admins fit (too few decisions: 422,
/// nothing stored) and adopt (audited); another organisation sees none of it and gets 404 adopting it.
/// </summary>
public sealed class RiskCalibrationApiTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private const string Org = "calibrating-api-org";
    private const string Sparse = "calibrating-api-sparse";
    private const string Other = "calibrating-api-other";

    [Fact]
    public async Task Too_few_decisions_are_refused_with_the_reason_and_store_nothing()
    {
        await CalibrationDecisions.SeedAsync(server.Services.Store, Sparse, 12);
        var admin = await server.CreateClientAsync(Sparse, CordonRoles.Admin);
        using var response = await admin.PostAsJsonAsync("/api/risk/calibration/fit", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("decisions", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await server.Services.Store.GetRiskModelsAsync(Sparse));

        using var badFloor = await admin.PostAsJsonAsync("/api/risk/calibration/fit", new { floor = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, badFloor.StatusCode);
    }

    [Fact]
    public async Task Admins_fit_and_adopt_analysts_read_the_shadow_comparison_and_other_organisations_see_nothing()
    {
        await CalibrationDecisions.SeedAsync(server.Services.Store, Org, 120);
        var admin = await server.CreateClientAsync(Org, CordonRoles.Admin);
        var analyst = await server.CreateClientAsync(Org, CordonRoles.Analyst);
        var otherAdmin = await server.CreateClientAsync(Other, CordonRoles.Admin);

        var before = await analyst.GetFromJsonAsync<JsonElement>("/api/risk/calibration");
        Assert.Equal(RiskConfiguration.Default.Version, before.GetProperty("inForce").GetString());
        Assert.Equal(120, before.GetProperty("decidedCases").GetInt32());
        Assert.False(before.TryGetProperty("shadow", out var none) && none.ValueKind != JsonValueKind.Null, "no shadow weights yet");

        using (var byAnalyst = await analyst.PostAsJsonAsync("/api/risk/calibration/fit", new { }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byAnalyst.StatusCode);
        }

        string version;
        using (var fitted = await admin.PostAsJsonAsync("/api/risk/calibration/fit", new { }))
        {
            Assert.Equal(HttpStatusCode.Created, fitted.StatusCode);
            var model = await fitted.Content.ReadFromJsonAsync<JsonElement>();
            version = model.GetProperty("version").GetString()!;
            Assert.StartsWith("cordon-risk-v3+org-", version, StringComparison.Ordinal);
            Assert.Equal("shadow", model.GetProperty("status").GetString());
            Assert.Equal(120, model.GetProperty("decisions").GetInt32());
        }

        // The analyst reads the shadow comparison: decided cases before and after, every rule's points, the changes.
        var report = await analyst.GetFromJsonAsync<JsonElement>("/api/risk/calibration");
        Assert.Equal(version, report.GetProperty("shadow").GetProperty("version").GetString());
        var decided = report.GetProperty("decided");
        Assert.Equal(120, decided.GetProperty("fraud").GetInt32() + decided.GetProperty("cleared").GetInt32());
        var crypto = report.GetProperty("weights").EnumerateArray().Single(w => w.GetProperty("code").GetString() == "MON-CRYPTO");
        Assert.True(crypto.GetProperty("shadow").GetDouble() > crypto.GetProperty("inForce").GetDouble(), crypto.ToString());
        Assert.Equal(version, (await analyst.GetFromJsonAsync<JsonElement>("/api/risk/calibration/models"))[0].GetProperty("version").GetString());

        // Another organisation sees none of it and cannot adopt it; an analyst cannot either.
        var foreign = await otherAdmin.GetStringAsync("/api/risk/calibration");
        Assert.DoesNotContain(version, foreign, StringComparison.Ordinal);
        Assert.Equal("[]", await otherAdmin.GetStringAsync("/api/risk/calibration/models"));
        using (var adoptedElsewhere = await otherAdmin.PostAsJsonAsync("/api/risk/calibration/adopt", new { version }))
        {
            Assert.Equal(HttpStatusCode.NotFound, adoptedElsewhere.StatusCode);
        }

        using (var byAnalyst = await analyst.PostAsJsonAsync("/api/risk/calibration/adopt", new { version }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byAnalyst.StatusCode);
        }

        Assert.Equal(RiskModelStatus.Shadow, Assert.Single(await server.Services.Store.GetRiskModelsAsync(Org)).Status);
        using (var adopted = await admin.PostAsJsonAsync("/api/risk/calibration/adopt", new { version }))
        {
            Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
            Assert.Equal("adopted", (await adopted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        Assert.Equal(version, (await analyst.GetFromJsonAsync<JsonElement>("/api/risk/calibration")).GetProperty("inForce").GetString());
        var audit = (await server.Services.Store.QueryAuditAsync(new AuditQuery(OrganisationId: Org, Action: "risk-weights.*"))).Entries;
        Assert.Equal([AuditActions.RiskWeightsAdopt, AuditActions.RiskWeightsFit], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(version, a.TargetId));
    }
}
