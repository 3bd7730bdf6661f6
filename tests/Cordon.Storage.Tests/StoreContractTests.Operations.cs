using System.Security.Cryptography;
using Cordon.Storage;
using Cordon.Cases;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset Old = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Recent = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_named_lock_excludes_other_stores_on_the_database_until_released()
    {
        await using var second = OpenSecondStore();
        var held = await Store.AcquireLockAsync("lists");

        // While the first store holds it, the second waits (and gives up when told to).
        using (var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.AcquireLockAsync("lists", giveUp.Token));
        }

        // Another name is another lock.
        await using (await second.AcquireLockAsync("watch"))
        {
        }

        await held.DisposeAsync();
        await using (await second.AcquireLockAsync("lists"))
        {
            using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.AcquireLockAsync("lists", giveUp.Token));
        }
    }

    [Fact]
    public async Task A_lock_serialises_read_modify_write_across_stores()
    {
        await using var second = OpenSecondStore();
        var log = new List<string>();
        async Task Worker(ICordonStore store, string name)
        {
            for (var i = 0; i < 5; i++)
            {
                await using (await store.AcquireLockAsync("counter"))
                {
                    lock (log)
                    {
                        log.Add(name + " in");
                    }

                    await Task.Delay(5);
                    lock (log)
                    {
                        log.Add(name + " out");
                    }
                }
            }
        }

        await Task.WhenAll(Task.Run(() => Worker(Store, "a")), Task.Run(() => Worker(second, "b")));

        Assert.Equal(20, log.Count);
        for (var i = 0; i < log.Count; i += 2)
        {
            Assert.EndsWith(" in", log[i]);
            Assert.Equal(log[i].Replace(" in", " out", StringComparison.Ordinal), log[i + 1]);
        }
    }

    [Fact]
    public async Task Export_gathers_and_erase_removes_everything_about_one_record_only()
    {
        await Store.SaveAssessmentsAsync(DefaultOrg, [Assessment("p-1", Old), Assessment("p-1", Recent), Assessment("p-2", Recent)]);
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("p-1", "KIM JONG UN"), Fixtures.Subject("p-2", "RI SONG")]);
        await Store.ApplyScreeningResultAsync(DefaultOrg, ["p-1", "p-2"], [Fixtures.Match("p-1", "10"), Fixtures.Match("p-2", "11")], [Fixtures.Alert("p-1", "10", Recent), Fixtures.Alert("p-2", "11", Recent)]);

        var export = await Store.ExportRecordAsync(DefaultOrg, "p-1");
        var erased = await Store.EraseRecordAsync(DefaultOrg, "p-1");
        var after = await Store.ExportRecordAsync(DefaultOrg, "p-1");

        Assert.Equal(2, export.Assessments.Count);
        Assert.Equal("p-1", export.WatchSubject?.Id);
        Assert.Single(export.Matches);
        Assert.Single(export.Alerts);
        Assert.Equal(new RecordErasure("p-1", 2, 1, 1, 1), erased);
        Assert.True(after.IsEmpty);
        var other = await Store.ExportRecordAsync(DefaultOrg, "p-2");
        Assert.Single(other.Assessments);
        Assert.NotNull(other.WatchSubject);
        Assert.Single(other.Matches);
        Assert.Single(other.Alerts);
        Assert.Equal(0, (await Store.EraseRecordAsync(DefaultOrg, "p-1")).Total);
    }

    [Fact]
    public async Task Erase_removes_the_cases_about_a_record_with_their_history_and_files_its_membership_and_its_name_in_other_assessments()
    {
        await Store.SaveAssessmentsAsync(DefaultOrg, [Assessment("p-1", Recent)]);
        var naming = Assessment("p-2", Recent) with
        {
            AssessmentJson = """{"id":"p-2","network":{"groupId":"net-1","sharedValues":[{"kind":"phone","value":"+1","strength":"strong","withRecord":"p-1"}],"explanation":"p-2 and p-1 share a phone"}}""",
        };
        await Store.SaveAssessmentsAsync(
            DefaultOrg,
            [naming],
            new NetworkMembershipChange(["p-1", "p-2"], [new NetworkMembership(DefaultOrg, "p-1", "net-1", 2, Recent), new NetworkMembership(DefaultOrg, "p-2", "net-1", 2, Recent)], ReplaceAll: false));
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("p-1", "KIM JONG UN")]);
        await Store.ApplyScreeningResultAsync(DefaultOrg, ["p-1"], [Fixtures.Match("p-1", "10")], [Fixtures.Alert("p-1", "10", Recent)]);
        var alert = Assert.Single(await Store.GetAlertsAsync(DefaultOrg, "p-1"));
        var content = "scan of p-1's passport"u8.ToArray();
        var fromAssessment = await Store.OpenCaseAsync(NewCase(DefaultOrg) with { SourceKind = CaseSourceKind.Assessment, SourceId = "p-1" }, OpenedBy());
        await Store.AppendCaseEventAsync(
            fromAssessment with { Version = 2 },
            new CaseEvent(2, CaseEventKind.EvidenceAttached, "u-ana", "ana", CaseT0, Evidence: new CaseEvidence("scan.png", "image/png", content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), IsFile: true)),
            content);
        await Store.OpenCaseAsync(NewCase(DefaultOrg, alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), OpenedBy());
        await Store.OpenCaseAsync(NewCase(DefaultOrg) with { SourceKind = CaseSourceKind.Manual, SourceId = "p-1" }, OpenedBy());
        var elsewhere = await Store.OpenCaseAsync(NewCase("org-other") with { SourceKind = CaseSourceKind.Assessment, SourceId = "p-1" }, OpenedBy());
        var unrelated = await Store.OpenCaseAsync(NewCase(DefaultOrg) with { SourceKind = CaseSourceKind.Assessment, SourceId = "p-2" }, OpenedBy());

        var export = await Store.ExportRecordAsync(DefaultOrg, "p-1");
        var erased = await Store.EraseRecordAsync(DefaultOrg, "p-1");
        var after = await Store.ExportRecordAsync(DefaultOrg, "p-1");

        Assert.Equal(3, export.Cases.Count);
        var withFile = Assert.Single(export.Cases, c => c.Case.Id == fromAssessment.Id);
        Assert.Equal(content, Assert.Single(withFile.Files).Content);
        Assert.Equal("net-1", Assert.Single(export.NetworkMemberships).GroupId);
        Assert.Equal(3, erased.Cases);
        Assert.Equal(1, erased.NetworkMemberships);
        Assert.Equal(1, erased.RedactedReferences);
        Assert.True(after.IsEmpty);
        Assert.Null(await Store.GetCaseAsync(DefaultOrg, fromAssessment.Id));
        Assert.Null(await Store.GetCaseFileAsync(DefaultOrg, fromAssessment.Id, 2));
        Assert.Empty(await Store.GetCaseEventsAsync(DefaultOrg, fromAssessment.Id));
        Assert.NotNull(await Store.GetCaseAsync("org-other", elsewhere.Id));
        Assert.NotNull(await Store.GetCaseAsync(DefaultOrg, unrelated.Id));
        var other = Assert.Single((await Store.ExportRecordAsync(DefaultOrg, "p-2")).Assessments);
        Assert.DoesNotContain("p-1", other.AssessmentJson, StringComparison.Ordinal);
        Assert.Contains(SqlCordonStore.ErasedRecordMark, other.AssessmentJson, StringComparison.Ordinal);
        Assert.Equal(["p-2"], (await Store.GetNetworkMembershipsAsync(DefaultOrg)).Select(m => m.RecordId));
    }

    [Fact]
    public async Task Purge_deletes_old_assessments_and_old_alerts_of_unwatched_subjects_only()
    {
        await Store.SaveAssessmentsAsync(DefaultOrg, [Assessment("a-old", Old), Assessment("a-both", Old), Assessment("a-both", Recent)]);
        await Store.SaveWatchSubjectsAsync(DefaultOrg, [Fixtures.Subject("watched", "KIM")]);
        await Store.ApplyScreeningResultAsync(DefaultOrg, ["watched"], [], [Fixtures.Alert("watched", "1", Old), Fixtures.Alert("gone", "2", Old), Fixtures.Alert("gone", "3", Recent)]);

        var purge = await Store.PurgeOlderThanAsync(Recent.AddDays(-30));

        Assert.Equal(2, purge.Assessments);
        Assert.Equal(1, purge.Alerts);
        Assert.Null(await Store.GetAssessmentAsync(DefaultOrg, "a-old"));
        Assert.Equal([Recent], (await Store.GetAssessmentHistoryAsync(DefaultOrg, "a-both")).Select(a => a.AssessedAt));
        Assert.Single(await Store.GetAlertsAsync(DefaultOrg, "watched"));
        Assert.Equal(["3"], (await Store.GetAlertsAsync(DefaultOrg, "gone")).Select(a => a.EntitySourceId));
        Assert.Equal(0, (await Store.PurgeOlderThanAsync(Recent.AddDays(-30))).Assessments);
    }

    private static StoredAssessment Assessment(string id, DateTimeOffset at) =>
        new(id, "{\"id\":\"" + id + "\",\"person\":{\"full_name\":\"Test Person\"}}", """{"score":40}""", 40, "medium", "cordon-risk-v1", at);
}
