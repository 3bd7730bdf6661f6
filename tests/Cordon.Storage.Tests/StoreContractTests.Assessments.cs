using Cordon.Storage;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Assessments_round_trip_and_the_newest_is_returned()
    {
        var first = new StoredAssessment("app-1", """{"id":"app-1","person":{"full_name":"Ann Lee"}}""", """{"score":12,"level":"low"}""", 12, "low", "cordon-risk-v1", new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        var second = first with { AssessmentJson = """{"score":81,"level":"critical"}""", Score = 81, Level = "critical", AssessedAt = first.AssessedAt.AddHours(2) };
        var other = first with { RecordId = "app-2", RecordJson = """{"id":"app-2"}""" };

        await Store.SaveAssessmentsAsync(DefaultOrg, [first, other]);
        await Store.SaveAssessmentsAsync(DefaultOrg, [second]);

        var newest = await Store.GetAssessmentAsync(DefaultOrg, "app-1");
        Assert.NotNull(newest);
        Assert.Equal(81, newest.Score);
        Assert.Equal("critical", newest.Level);
        Assert.Equal(second.AssessedAt, newest.AssessedAt);
        Assert.Contains("\"critical\"", newest.AssessmentJson);
        Assert.Contains("Ann Lee", newest.RecordJson);
        Assert.Equal([81, 12], (await Store.GetAssessmentHistoryAsync(DefaultOrg, "app-1")).Select(a => a.Score));
        Assert.Equal("app-2", (await Store.GetAssessmentAsync(DefaultOrg, "app-2"))!.RecordId);
        Assert.Null(await Store.GetAssessmentAsync(DefaultOrg, "app-3"));
    }

    [Fact]
    public async Task A_batch_of_assessments_with_a_bad_item_stores_nothing()
    {
        var good = new StoredAssessment("app-1", "{}", "{}", 5, "low", "cordon-risk-v1", DateTimeOffset.UnixEpoch);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAssessmentsAsync(DefaultOrg, [good, good with { RecordId = "" }]));

        Assert.Null(await Store.GetAssessmentAsync(DefaultOrg, "app-1"));
    }
}
