using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Cordon.Screening;
using Prometheus;

namespace Cordon.Web.Operations;

/// <summary>
/// Exports the instruments of the <see cref="CordonMetrics.MeterName"/> meter as Prometheus metrics with their proper types:
/// counters become <c>NAME_total</c> counters, histograms keep their bucket boundaries. (prometheus-net's generic meter adapter
/// would publish counters as gauges under a doubled prefix; it is told to leave this meter alone.)
/// </summary>
internal static class CordonMeterExporter
{
    private static readonly ConcurrentDictionary<Instrument, Collector> Exported = new();
    private static readonly Lazy<MeterListener> Listener = new(Start);

    /// <summary>Starts listening once per process; later calls do nothing.</summary>
    public static void EnsureStarted() => _ = Listener.Value;

    private static MeterListener Start()
    {
        Metrics.ConfigureMeterAdapter(options =>
        {
            var previous = options.InstrumentFilterPredicate;
            options.InstrumentFilterPredicate = instrument => instrument.Meter.Name != CordonMetrics.MeterName && previous(instrument);
        });
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == CordonMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
        return listener;
    }

    private static void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var names = new string[tags.Length];
        var values = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            names[i] = tags[i].Key;
            values[i] = tags[i].Value?.ToString() ?? string.Empty;
        }

        // An instrument is always measured with the same tag names, so the first measurement fixes its labels.
        var collector = Exported.GetOrAdd(instrument, i => Create(i, names));
        switch (collector)
        {
            case Counter counter:
                counter.WithLabels(values).Inc(value);
                break;
            case Histogram histogram:
                histogram.WithLabels(values).Observe(value);
                break;
        }
    }

    private static Collector Create(Instrument instrument, string[] labelNames)
    {
        var help = $"{instrument.Description} ({instrument.Unit})";
        return instrument switch
        {
            Histogram<long> or Histogram<double> => Metrics.CreateHistogram(instrument.Name, help, new HistogramConfiguration
            {
                LabelNames = labelNames,
                Buckets = [1, 10, 100, 1_000, 10_000, 100_000],
            }),
            _ => Metrics.CreateCounter(instrument.Name + "_total", help, new CounterConfiguration { LabelNames = labelNames }),
        };
    }
}
