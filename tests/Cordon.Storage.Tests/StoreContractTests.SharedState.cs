using System.Text;
using Cordon.Storage;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Data_protection_keys_are_kept_in_order_and_a_name_stored_again_is_replaced()
    {
        Assert.Empty(await Store.GetDataProtectionKeysAsync());
        await Store.SaveDataProtectionKeyAsync("key-b", "<key id=\"b\" />");
        await Store.SaveDataProtectionKeyAsync("key-a", "<key id=\"a\" />");
        await Store.SaveDataProtectionKeyAsync("key-b", "<key id=\"b\" revoked=\"true\" />");

        // Another store on the same database (another instance) reads the same ring.
        await using var second = OpenSecondStore();
        Assert.Equal(["<key id=\"b\" revoked=\"true\" />", "<key id=\"a\" />"], await second.GetDataProtectionKeysAsync());
    }

    [Fact]
    public async Task A_screening_batch_is_seen_by_its_organisation_only_and_its_files_once_finished()
    {
        var started = new DateTimeOffset(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);
        var batch = new ScreeningBatch("b-1", "org-a", "ana", "people.csv", 3, 0, 0, 0, started, started, null, null);
        await Store.AddScreeningBatchAsync(batch);
        Assert.Equal(batch, await Store.GetScreeningBatchAsync("org-a", "b-1"));
        Assert.Null(await Store.GetScreeningBatchAsync("org-b", "b-1"));

        await Store.UpdateScreeningBatchProgressAsync("b-1", 1, 1, 1, started.AddSeconds(2));
        var running = await Store.GetScreeningBatchAsync("org-a", "b-1");
        Assert.Equal((1, 1, 1, 2, started.AddSeconds(2), false), (running!.Screened, running.Matched, running.Rejected, running.Done, running.HeartbeatAt, running.IsFinished));
        Assert.Null(await Store.GetScreeningBatchFileAsync("org-a", "b-1", ScreeningBatchFile.Results));

        await Store.FinishScreeningBatchAsync("b-1", 2, 1, 1, started.AddSeconds(3), null, Encoding.UTF8.GetBytes("id,rank\n"), Encoding.UTF8.GetBytes("line,id,error\n"));

        // A progress report arriving late does not reopen or change a finished batch.
        await Store.UpdateScreeningBatchProgressAsync("b-1", 1, 0, 0, started.AddSeconds(4));
        var finished = await Store.GetScreeningBatchAsync("org-a", "b-1");
        Assert.Equal((2, 1, 1, started.AddSeconds(3), (string?)null), (finished!.Screened, finished.Matched, finished.Rejected, finished.FinishedAt, finished.Failure));
        Assert.Equal("id,rank\n", Encoding.UTF8.GetString((await Store.GetScreeningBatchFileAsync("org-a", "b-1", ScreeningBatchFile.Results))!));
        Assert.Equal("line,id,error\n", Encoding.UTF8.GetString((await Store.GetScreeningBatchFileAsync("org-a", "b-1", ScreeningBatchFile.Errors))!));
        Assert.Null(await Store.GetScreeningBatchFileAsync("org-b", "b-1", ScreeningBatchFile.Results));
    }

    [Fact]
    public async Task Failed_batches_offer_no_files_lists_are_newest_first_and_old_batches_are_deleted()
    {
        var start = new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            var at = start.AddHours(i);
            await Store.AddScreeningBatchAsync(new ScreeningBatch($"batch-{i}", "org-a", "ana", $"f{i}.csv", 1, 0, 0, 0, at, at, null, null));
        }

        await Store.AddScreeningBatchAsync(new ScreeningBatch("other", "org-b", "bob", "b.csv", 1, 0, 0, 0, start, start, null, null));
        await Store.FinishScreeningBatchAsync("batch-1", 0, 0, 0, start.AddHours(1.5), "the batch stopped: lists unavailable", null, null);

        var failed = await Store.GetScreeningBatchAsync("org-a", "batch-1");
        Assert.Equal("the batch stopped: lists unavailable", failed!.Failure);
        Assert.True(failed.IsFinished);
        Assert.Null(await Store.GetScreeningBatchFileAsync("org-a", "batch-1", ScreeningBatchFile.Results));

        Assert.Equal(["batch-2", "batch-1"], (await Store.GetScreeningBatchesAsync("org-a", 2)).Select(b => b.Id));
        Assert.Equal(3, await Store.DeleteScreeningBatchesStartedBeforeAsync(start.AddHours(1.5)));
        Assert.Equal(["batch-2"], (await Store.GetScreeningBatchesAsync("org-a", 10)).Select(b => b.Id));
        Assert.Empty(await Store.GetScreeningBatchesAsync("org-b", 10));
    }
}
