using System.Security.Cryptography;
using Cordon.Storage;
using Cordon.Cases;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset CaseT0 = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static CaseRecord NewCase(string organisation = "org-a", string source = "17") =>
        new(0, organisation, "Alert " + source, CaseSourceKind.Alert, source, CaseState.Open, null, null, null, "ana", CaseT0, CaseT0, 1);

    private static CaseEvent OpenedBy(string actor = "u-ana") => new(1, CaseEventKind.Opened, actor, "ana", CaseT0, "from the alert page");

    [Fact]
    public async Task Cases_and_their_events_round_trip_in_order()
    {
        var opened = await Store.OpenCaseAsync(NewCase(), OpenedBy());
        Assert.True(opened.Id > 0);
        var assigned = opened with { AssigneeId = "u-ana", AssigneeName = "Ana Ñúñez", UpdatedAt = CaseT0.AddMinutes(1), Version = 2 };
        await Store.AppendCaseEventAsync(assigned, new CaseEvent(2, CaseEventKind.Assigned, "u-ana", "ana", CaseT0.AddMinutes(1), AssigneeId: "u-ana", AssigneeName: "Ana Ñúñez"));
        var content = new byte[] { 0, 1, 2, 255 };
        var evidence = new CaseEvidence("scan.png", "image/png", 4, Convert.ToHexStringLower(SHA256.HashData(content)), IsFile: true);
        await Store.AppendCaseEventAsync(assigned with { Version = 3 }, new CaseEvent(3, CaseEventKind.EvidenceAttached, "u-ana", "ana", CaseT0.AddMinutes(2), Evidence: evidence), content);
        var decided = assigned with { State = CaseState.Closed, Decision = CaseDecision.Reported, UpdatedAt = CaseT0.AddMinutes(3), Version = 4 };
        await Store.AppendCaseEventAsync(decided, new CaseEvent(4, CaseEventKind.Decided, "u-ana", "ana", CaseT0.AddMinutes(3), "reused passport", CaseDecision.Reported));

        Assert.Equal(decided, await Store.GetCaseAsync("org-a", opened.Id));
        var events = await Store.GetCaseEventsAsync("org-a", opened.Id);
        Assert.Equal([1, 2, 3, 4], events.Select(e => e.Sequence));
        Assert.Equal(OpenedBy(), events[0]);
        Assert.Equal("Ana Ñúñez", events[1].AssigneeName);
        Assert.Equal(evidence, events[2].Evidence);
        Assert.Equal(CaseDecision.Reported, events[3].Decision);
        Assert.Equal("reused passport", events[3].Text);
        Assert.Equal(content, await Store.GetCaseFileAsync("org-a", opened.Id, 3));
        Assert.Null(await Store.GetCaseFileAsync("org-a", opened.Id, 2));
    }

    [Fact]
    public async Task A_case_is_invisible_and_unchangeable_from_another_organisation()
    {
        var opened = await Store.OpenCaseAsync(NewCase("org-a"), OpenedBy());

        Assert.Null(await Store.GetCaseAsync("org-b", opened.Id));
        Assert.Empty(await Store.GetCaseEventsAsync("org-b", opened.Id));
        Assert.Empty(await Store.GetCasesAsync("org-b"));
        Assert.Empty(await Store.GetCasesBySourceAsync("org-b", CaseSourceKind.Alert, "17"));
        await Assert.ThrowsAsync<CaseConflictException>(() => Store.AppendCaseEventAsync(
            opened with { OrganisationId = "org-b", Version = 2 },
            new CaseEvent(2, CaseEventKind.Commented, "u-bob", "bob", CaseT0, "hi")));

        Assert.Single(await Store.GetCaseEventsAsync("org-a", opened.Id));
    }

    [Fact]
    public async Task A_change_on_a_stale_version_or_with_wrong_file_content_stores_nothing()
    {
        var opened = await Store.OpenCaseAsync(NewCase(), OpenedBy());
        await Store.AppendCaseEventAsync(opened with { Version = 2 }, new CaseEvent(2, CaseEventKind.Commented, "u-ana", "ana", CaseT0, "first"));

        await Assert.ThrowsAsync<CaseConflictException>(() =>
            Store.AppendCaseEventAsync(opened with { Version = 2, State = CaseState.Closed }, new CaseEvent(2, CaseEventKind.Decided, "u-x", "x", CaseT0, "late", CaseDecision.Cleared)));
        var evidence = new CaseEvidence("a.txt", "text/plain", 3, new string('0', 64), IsFile: true);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.AppendCaseEventAsync(opened with { Version = 3 }, new CaseEvent(3, CaseEventKind.EvidenceAttached, "u-ana", "ana", CaseT0, Evidence: evidence), [1, 2, 3]));

        var stored = await Store.GetCaseAsync("org-a", opened.Id);
        Assert.Equal((CaseState.Open, 2), (stored!.State, stored.Version));
        Assert.Equal(2, (await Store.GetCaseEventsAsync("org-a", opened.Id)).Count);
    }

    [Fact]
    public async Task Cases_list_newest_change_first_and_filter_by_state_and_source()
    {
        var first = await Store.OpenCaseAsync(NewCase(source: "1"), OpenedBy());
        var second = await Store.OpenCaseAsync(NewCase(source: "2") with { OpenedAt = CaseT0.AddHours(1), UpdatedAt = CaseT0.AddHours(1) }, OpenedBy());
        await Store.AppendCaseEventAsync(
            first with { State = CaseState.Escalated, Decision = CaseDecision.Escalated, UpdatedAt = CaseT0.AddHours(2), Version = 2 },
            new CaseEvent(2, CaseEventKind.Decided, "u-ana", "ana", CaseT0.AddHours(2), "legal", CaseDecision.Escalated));

        Assert.Equal([first.Id, second.Id], (await Store.GetCasesAsync("org-a")).Select(c => c.Id));
        Assert.Equal([second.Id], (await Store.GetCasesAsync("org-a", CaseState.Open)).Select(c => c.Id));
        Assert.Equal([first.Id], (await Store.GetCasesAsync("org-a", CaseState.Escalated)).Select(c => c.Id));
        Assert.Equal([first.Id], (await Store.GetCasesAsync("org-a", limit: 1)).Select(c => c.Id));
        Assert.Equal([second.Id], (await Store.GetCasesBySourceAsync("org-a", CaseSourceKind.Alert, "2")).Select(c => c.Id));
    }

    [Fact]
    public async Task An_incomplete_case_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenCaseAsync(NewCase() with { OrganisationId = "" }, OpenedBy()));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenCaseAsync(NewCase() with { Version = 2 }, OpenedBy()));
        Assert.Empty(await Store.GetCasesAsync("org-a"));
    }
}

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Recent_assessments_are_the_organisations_own_since_a_time_newest_first()
    {
        var t = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
        StoredAssessment At(string id, int hours) => new(id, "{}", "{}", 10, "low", "cordon-risk-v1", t.AddHours(hours));
        await Store.SaveAssessmentsAsync("org-a", [At("old", -48), At("a-1", 1), At("a-2", 2)]);
        await Store.SaveAssessmentsAsync("org-a", [At("a-1", 3)]);
        await Store.SaveAssessmentsAsync("org-b", [At("b-1", 4)]);

        var recent = await Store.GetRecentAssessmentsAsync("org-a", t);
        Assert.Equal(["a-1", "a-2", "a-1"], recent.Select(a => a.RecordId));
        Assert.Equal(t.AddHours(3), recent[0].AssessedAt);
        Assert.Equal(["a-1"], (await Store.GetRecentAssessmentsAsync("org-a", t, limit: 1)).Select(a => a.RecordId));
        Assert.Empty(await Store.GetRecentAssessmentsAsync("org-c", DateTimeOffset.UnixEpoch));
    }
}
