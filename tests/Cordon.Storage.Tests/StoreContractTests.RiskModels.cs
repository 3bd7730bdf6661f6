using Cordon.Cases;
using Cordon.Accounts;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset FitT0 = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static RiskModelRecord Model(string organisation, string version, DateTimeOffset? at = null) =>
        new(0, organisation, version, RiskModelStatus.Shadow, """{ "rules": { "LOC-VPN": { "points": 4 } } }""", 120, 30, "Fitted " + version, at ?? FitT0, "cli:ops");

    [Fact]
    public async Task Fitted_weights_are_stored_in_shadow_one_at_a_time_and_versions_are_unique_per_organisation()
    {
        Assert.True(await Store.SaveRiskModelAsync(Model("org-a", "v3+org-1"), Audit("risk-weights.fit", "org-a")));
        Assert.False(await Store.SaveRiskModelAsync(Model("org-a", "v3+org-1") with { Summary = "again" }));
        Assert.True(await Store.SaveRiskModelAsync(Model("org-b", "v3+org-1")), "another organisation may have the same version");
        Assert.True(await Store.SaveRiskModelAsync(Model("org-a", "v3+org-2", FitT0.AddHours(1))));

        var models = await Store.GetRiskModelsAsync("org-a");
        Assert.Equal(["v3+org-2", "v3+org-1"], models.Select(m => m.Version));
        Assert.Equal([RiskModelStatus.Shadow, RiskModelStatus.Discarded], models.Select(m => m.Status));
        Assert.Equal(Model("org-a", "v3+org-2", FitT0.AddHours(1)) with { Id = models[0].Id }, models[0]);
        Assert.Equal("Fitted v3+org-1", models[1].Summary);
        Assert.Single((await Store.QueryAuditAsync(new AuditQuery(Action: "risk-weights.fit"))).Entries);
        Assert.Equal(RiskModelStatus.Shadow, Assert.Single(await Store.GetRiskModelsAsync("org-b")).Status);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveRiskModelAsync(Model("org-a", "v3+org-3") with { Status = RiskModelStatus.Adopted }));
    }

    [Fact]
    public async Task Only_a_shadow_model_is_adopted_the_one_before_is_retired_and_other_organisations_are_untouched()
    {
        await Store.SaveRiskModelAsync(Model("org-a", "v3+org-1"));
        await Store.SaveRiskModelAsync(Model("org-b", "v3+org-1"));
        Assert.False(await Store.AdoptRiskModelAsync("org-a", "v3+org-9", "admin", FitT0), "no such version");
        Assert.False(await Store.AdoptRiskModelAsync("org-c", "v3+org-1", "admin", FitT0), "another organisation's version");

        Assert.True(await Store.AdoptRiskModelAsync("org-a", "v3+org-1", "admin-a", FitT0.AddHours(2), Audit("risk-weights.adopt", "org-a")));
        var adopted = Assert.Single(await Store.GetRiskModelsAsync("org-a"));
        Assert.Equal((RiskModelStatus.Adopted, "admin-a", (DateTimeOffset?)FitT0.AddHours(2)), (adopted.Status, adopted.AdoptedBy, adopted.AdoptedAt));
        Assert.False(await Store.AdoptRiskModelAsync("org-a", "v3+org-1", "admin-a", FitT0.AddHours(3)), "adopted already: not a shadow model");
        Assert.Equal(RiskModelStatus.Shadow, Assert.Single(await Store.GetRiskModelsAsync("org-b")).Status);

        // A later fit is in shadow beside the adopted one; adopting it retires the first.
        await Store.SaveRiskModelAsync(Model("org-a", "v3+org-2", FitT0.AddDays(1)));
        Assert.Equal([RiskModelStatus.Shadow, RiskModelStatus.Adopted], (await Store.GetRiskModelsAsync("org-a")).Select(m => m.Status));
        Assert.True(await Store.AdoptRiskModelAsync("org-a", "v3+org-2", "admin-a", FitT0.AddDays(2)));
        Assert.Equal([RiskModelStatus.Adopted, RiskModelStatus.Retired], (await Store.GetRiskModelsAsync("org-a")).Select(m => m.Status));
        Assert.Single((await Store.QueryAuditAsync(new AuditQuery(Action: "risk-weights.adopt"))).Entries);
    }

    [Fact]
    public async Task Shadow_scores_are_kept_per_organisation_and_version_newest_first_and_erased_with_their_record()
    {
        ShadowAssessment Score(string record, int minutes, string version = "v3+org-1") =>
            new(record, FitT0.AddMinutes(minutes), "cordon-risk-v3", 40, "medium", version, 55, "high");
        await Store.SaveShadowScoresAsync("org-a", [Score("app-1", 1), Score("app-2", 2)]);
        await Store.SaveShadowScoresAsync("org-a", [Score("app-1", 3), Score("app-3", 4, "v3+org-0")]);
        await Store.SaveShadowScoresAsync("org-b", [Score("app-9", 5)]);

        var scores = await Store.GetShadowScoresAsync("org-a", "v3+org-1");
        Assert.Equal([Score("app-1", 3), Score("app-2", 2), Score("app-1", 1)], scores);
        Assert.Single(await Store.GetShadowScoresAsync("org-a", "v3+org-1", limit: 1));
        Assert.Equal("app-9", Assert.Single(await Store.GetShadowScoresAsync("org-b", "v3+org-1")).RecordId);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveShadowScoresAsync("org-a", [Score("", 1)]));

        // A subject access request gets them; erasure takes them.
        Assert.Equal([Score("app-1", 3), Score("app-1", 1)], (await Store.ExportRecordAsync("org-a", "app-1")).ShadowScores);
        Assert.False((await Store.ExportRecordAsync("org-a", "app-1")).IsEmpty);
        await Store.EraseRecordAsync("org-a", "app-1");
        Assert.True((await Store.ExportRecordAsync("org-a", "app-1")).IsEmpty);
        Assert.Equal(["app-2"], (await Store.GetShadowScoresAsync("org-a", "v3+org-1")).Select(s => s.RecordId));
        Assert.Single(await Store.GetShadowScoresAsync("org-b", "v3+org-1"));
    }

    [Fact]
    public async Task Decided_cases_come_with_the_assessment_the_decision_was_made_on_and_only_the_organisations_own()
    {
        StoredAssessment Assessed(string record, int minutes, int score) =>
            new(record, "{}", $$"""{"id":"{{record}}","score":{{score}}}""", score, "low", "cordon-risk-v3", FitT0.AddMinutes(minutes));
        await Store.SaveAssessmentsAsync("org-a", [Assessed("app-1", 0, 10), Assessed("app-2", 0, 20), Assessed("app-3", 0, 30), Assessed("app-4", 0, 40)]);
        await Store.SaveAssessmentsAsync("org-a", [Assessed("app-1", 5, 11)]);
        await Store.SaveAssessmentsAsync("org-b", [Assessed("app-1", 0, 99)]);

        async Task Decide(string organisation, string record, CaseDecision? decision, int minutes)
        {
            var opened = await Store.OpenCaseAsync(
                new CaseRecord(0, organisation, "Applicant " + record, CaseSourceKind.Assessment, record, CaseState.Open, null, null, null, "ana", FitT0, FitT0, 1),
                new CaseEvent(1, CaseEventKind.Opened, "u-ana", "ana", FitT0));
            if (decision is { } d)
            {
                var state = d == CaseDecision.Escalated ? CaseState.Escalated : CaseState.Closed;
                await Store.AppendCaseEventAsync(
                    opened with { State = state, Decision = d, UpdatedAt = FitT0.AddMinutes(minutes), Version = 2 },
                    new CaseEvent(2, CaseEventKind.Decided, "u-ana", "ana", FitT0.AddMinutes(minutes), "decided", d));
            }
        }

        await Decide("org-a", "app-1", CaseDecision.Rejected, 10); // after both assessments: the newer one
        await Decide("org-a", "app-2", CaseDecision.Cleared, 10);
        await Decide("org-a", "app-3", CaseDecision.Escalated, 10); // not a decision
        await Decide("org-a", "app-4", null, 0); // open
        await Decide("org-b", "app-1", CaseDecision.Reported, 10);

        var decided = await Store.GetDecidedAssessmentsAsync("org-a");
        Assert.Equal(["app-1", "app-2"], decided.Select(d => d.RecordId));
        Assert.Equal((CaseDecision.Rejected, "cordon-risk-v3", FitT0.AddMinutes(5)), (decided[0].Decision, decided[0].EngineVersion, decided[0].AssessedAt));
        Assert.Contains("\"score\":11", decided[0].AssessmentJson.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(CaseDecision.Cleared, decided[1].Decision);
        var other = Assert.Single(await Store.GetDecidedAssessmentsAsync("org-b"));
        Assert.Equal((CaseDecision.Reported, "app-1"), (other.Decision, other.RecordId));
        Assert.Empty(await Store.GetDecidedAssessmentsAsync("org-c"));
    }
}
