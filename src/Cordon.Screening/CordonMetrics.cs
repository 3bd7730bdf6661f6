using System.Diagnostics.Metrics;

namespace Cordon.Screening;

/// <summary>
/// Cordon's own measurements, as <see cref="System.Diagnostics.Metrics"/> instruments of the meter <see cref="MeterName"/>:
/// the server exports them in Prometheus format at <c>/metrics</c>; any other listener (OpenTelemetry, dotnet-counters) can read them too.
/// </summary>
public static class CordonMetrics
{
    /// <summary>Name of the meter.</summary>
    public const string MeterName = "Cordon";

    /// <summary>The meter every Cordon instrument belongs to (one instance per process, so exporters see one meter).</summary>
    public static Meter Meter { get; } = new(MeterName);

    private static readonly Counter<long> ScreeningCounter =
        Meter.CreateCounter<long>("cordon_screenings", "{subject}", "Subjects screened against the lists (single, batch and watch-list re-screening).");

    private static readonly Counter<long> AssessmentCounter =
        Meter.CreateCounter<long>("cordon_assessments", "{record}", "Records assessed, by outcome (assessed or rejected).");

    private static readonly Counter<long> ImportCounter =
        Meter.CreateCounter<long>("cordon_list_imports", "{list}", "List snapshots imported, by result (stored or unchanged).");

    private static readonly Counter<long> AlertCounter =
        Meter.CreateCounter<long>("cordon_alerts", "{alert}", "Watch-list alerts raised.");

    private static readonly Histogram<long> BatchSize = Meter.CreateHistogram<long>(
        "cordon_batch_size",
        "{item}",
        "Items per batch, by kind (screening, assessment, rescreen).",
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 10, 100, 1_000, 10_000, 100_000] });

    /// <summary>
    /// Adds zero to every counter series whose labels are known in advance, so that a scrape shows them from the start and
    /// <c>rate()</c> and <c>increase()</c> see the first event (a series that appears at its first event hides that event).
    /// </summary>
    public static void InitialiseAtZero()
    {
        ScreeningCounter.Add(0, new KeyValuePair<string, object?>("kind", "screening"));
        ScreeningCounter.Add(0, new KeyValuePair<string, object?>("kind", "rescreen"));
        AssessmentCounter.Add(0, new KeyValuePair<string, object?>("outcome", "assessed"));
        AssessmentCounter.Add(0, new KeyValuePair<string, object?>("outcome", "rejected"));
        AlertCounter.Add(0);
    }

    /// <summary>Counts <paramref name="count"/> screened subjects, and the batch when <paramref name="batch"/> is set.</summary>
    public static void Screened(long count, bool batch = false, string kind = "screening")
    {
        ScreeningCounter.Add(count, new KeyValuePair<string, object?>("kind", kind));
        if (batch)
        {
            BatchSize.Record(count, new KeyValuePair<string, object?>("kind", kind));
        }
    }

    /// <summary>Counts a batch of assessments.</summary>
    public static void Assessed(long assessed, long rejected)
    {
        AssessmentCounter.Add(assessed, new KeyValuePair<string, object?>("outcome", "assessed"));
        AssessmentCounter.Add(rejected, new KeyValuePair<string, object?>("outcome", "rejected"));
        BatchSize.Record(assessed + rejected, new KeyValuePair<string, object?>("kind", "assessment"));
    }

    /// <summary>Counts one imported list snapshot.</summary>
    public static void Imported(string listId, bool stored) =>
        ImportCounter.Add(1, new("list", listId), new("result", stored ? "stored" : "unchanged"));

    /// <summary>Counts raised alerts.</summary>
    public static void Alerted(long count) => AlertCounter.Add(count);
}
