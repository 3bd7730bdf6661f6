using System.Collections;
using Cordon.Storage;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset IndicatorTime = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);

    private static List<StoredIndicator> SampleIndicators() =>
    [
        new("domain", "inditechlab.com", "front-company site seized", "https://example.org/report", IndicatorTime),
        new("ip", "175.45.176.1", "North Korean address", "https://example.org/ip", IndicatorTime),
        new("email_pattern", "*@example-front.com", "pattern of front e-mails", "https://example.org/mail", IndicatorTime, IndicatorTime.AddDays(90)),
        new("wallet", "0xabc0000000000000000000000000000000000001", "payout wallet", "https://example.org/wallet", IndicatorTime),
    ];

    [Fact]
    public async Task Indicators_are_imported_and_read_back_by_type_and_value()
    {
        var result = await Store.ImportIndicatorsAsync(SampleIndicators());

        Assert.Equal(new IndicatorImportResult(4, 0, 0), result);
        var stored = await Store.GetIndicatorsAsync();
        Assert.Equal(
            [("domain", "inditechlab.com"), ("email_pattern", "*@example-front.com"), ("ip", "175.45.176.1"), ("wallet", "0xabc0000000000000000000000000000000000001")],
            stored.Select(i => (i.Type, i.Value)));
        var pattern = stored.Single(i => i.Type == "email_pattern");
        Assert.Equal(SampleIndicators()[2], pattern);
        Assert.Null(stored.Single(i => i.Type == "ip").ExpiresAt);
    }

    [Fact]
    public async Task Importing_the_same_indicators_again_changes_nothing()
    {
        await Store.ImportIndicatorsAsync(SampleIndicators());
        var before = await Store.GetIndicatorsAsync();

        var again = await Store.ImportIndicatorsAsync(SampleIndicators().Select(i => i with { ImportedAt = IndicatorTime.AddDays(1) }).ToList());

        Assert.Equal(new IndicatorImportResult(0, 0, 4), again);
        Assert.Equal(before, await Store.GetIndicatorsAsync());
    }

    [Fact]
    public async Task A_changed_indicator_is_updated_in_place_and_repeats_in_a_batch_are_counted_once_stored()
    {
        await Store.ImportIndicatorsAsync(SampleIndicators());
        var later = IndicatorTime.AddDays(2);
        var changed = new StoredIndicator("domain", "inditechlab.com", "seized by the FBI", "https://example.org/other", later);
        var fresh = new StoredIndicator("phone", "+12025550123", "contact number", "https://example.org/phone", later);

        var result = await Store.ImportIndicatorsAsync([changed, fresh, fresh]);

        Assert.Equal(new IndicatorImportResult(1, 1, 1), result);
        var stored = await Store.GetIndicatorsAsync();
        Assert.Equal(5, stored.Count);
        Assert.Equal(changed, stored.Single(i => i.Type == "domain"));
        Assert.Equal(fresh, stored.Single(i => i.Type == "phone"));
    }

    [Fact]
    public async Task A_batch_of_indicators_with_a_bad_item_stores_nothing()
    {
        await Store.ImportIndicatorsAsync(SampleIndicators().Take(1).ToList());
        var before = await Store.GetIndicatorsAsync();
        var good = new StoredIndicator("phone", "+12025550123", "contact number", "https://example.org/phone", IndicatorTime);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ImportIndicatorsAsync([good, good with { Type = "url" }]));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ImportIndicatorsAsync([good, good with { Value = " " }]));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ImportIndicatorsAsync([good, null!]));

        Assert.Equal(before, await Store.GetIndicatorsAsync());
    }

    [Fact]
    public async Task An_indicator_import_cancelled_while_writing_rolls_back_the_batch()
    {
        await Store.ImportIndicatorsAsync(SampleIndicators().Take(1).ToList());
        var before = await Store.GetIndicatorsAsync();
        var batch = Enumerable.Range(1, 50)
            .Select(n => new StoredIndicator("ip", $"10.0.0.{n}", "test", "test", IndicatorTime))
            .ToList();
        using var cancel = new CancellationTokenSource();

        // Validation reads each item once; the cancellation falls in the writing pass, after some rows are written.
        var list = new CancellingIndicatorList(batch, cancel, batch.Count + 25);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ImportIndicatorsAsync(list, cancel.Token));

        Assert.True(list.Reads >= batch.Count + 25);
        Assert.Equal(before, await Store.GetIndicatorsAsync());
    }

    /// <summary>A list of indicators that cancels a token once it has been read <c>cancelAfterReads</c> times in all.</summary>
    private sealed class CancellingIndicatorList(IReadOnlyList<StoredIndicator> inner, CancellationTokenSource source, int cancelAfterReads) : IReadOnlyList<StoredIndicator>
    {
        private int reads;

        public int Reads => reads;

        public int Count => inner.Count;

        public StoredIndicator this[int index]
        {
            get
            {
                if (Interlocked.Increment(ref reads) == cancelAfterReads)
                {
                    source.Cancel();
                }

                return inner[index];
            }
        }

        public IEnumerator<StoredIndicator> GetEnumerator()
        {
            for (var i = 0; i < inner.Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
