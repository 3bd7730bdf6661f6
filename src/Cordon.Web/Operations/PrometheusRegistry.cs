using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using Cordon.Screening;

namespace Cordon.Web.Operations;

/// <summary>
/// Cordon's metrics in the Prometheus text exposition format (version 0.0.4): counters, gauges and histograms with labels,
/// fed by the HTTP pipeline and by every instrument of the <see cref="CordonMetrics.MeterName"/> meter, plus process and
/// runtime figures read at scrape time. One registry per process, as metrics describe the process.
/// </summary>
public sealed class PrometheusRegistry
{
    /// <summary>Seconds buckets of the request latency histogram: 1 ms to 30 s.</summary>
    public static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    /// <summary>Buckets of the batch size histogram.</summary>
    public static readonly double[] SizeBuckets = [1, 10, 100, 1_000, 10_000, 100_000];

    private static readonly Lazy<PrometheusRegistry> Shared = new(() => new PrometheusRegistry());
    private readonly ConcurrentDictionary<string, Family> families = new(StringComparer.Ordinal);
    // Lives as long as the process, like the registry that owns it.
    private static MeterListener? listener;
    private long inProgress;

    private PrometheusRegistry()
    {
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CordonMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>The process's registry (created, and listening, on first use).</summary>
    public static PrometheusRegistry Instance => Shared.Value;

    /// <summary>Counts a request that starts; dispose the result when it ends.</summary>
    internal InProgressRequest StartRequest() => new(this);

    /// <summary>Records a finished HTTP request under its route pattern (never the raw path, which would explode the label set).</summary>
    internal void RecordRequest(string method, string route, int status, double seconds)
    {
        string[] labels = [method, route, status.ToString(CultureInfo.InvariantCulture)];
        Histogram("http_request_duration_seconds", "HTTP request duration by method, route and status.", ["method", "route", "status"], LatencyBuckets).Observe(labels, seconds);
        Counter("http_requests_total", "HTTP requests by method, route and status.", ["method", "route", "status"]).Add(labels, 1);
    }

    /// <summary>Writes every metric in the text exposition format.</summary>
    public string Render()
    {
        var text = new StringBuilder(16 * 1024);
        WriteProcess(text);
        foreach (var family in families.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            family.Write(text);
        }

        return text.ToString();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var names = new string[tags.Length];
        var values = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            names[i] = tags[i].Key;
            values[i] = Convert.ToString(tags[i].Value, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        var help = string.IsNullOrEmpty(instrument.Unit) ? instrument.Description ?? instrument.Name : $"{instrument.Description} ({instrument.Unit})";
        switch (instrument)
        {
            case Histogram<long> or Histogram<double>:
                Histogram(instrument.Name, help, names, SizeBuckets).Observe(values, value);
                break;
            default:
                Counter(instrument.Name + "_total", help, names).Add(values, value);
                break;
        }
    }

    private CounterFamily Counter(string name, string help, string[] labels) =>
        (CounterFamily)families.GetOrAdd(name, _ => new CounterFamily(name, help, labels));

    private HistogramFamily Histogram(string name, string help, string[] labels, double[] buckets) =>
        (HistogramFamily)families.GetOrAdd(name, _ => new HistogramFamily(name, help, labels, buckets));

    private void WriteProcess(StringBuilder text)
    {
        using var process = Process.GetCurrentProcess();
        Gauge(text, "process_cpu_seconds_total", "counter", "CPU time used by the process (user and system).", process.TotalProcessorTime.TotalSeconds);
        Gauge(text, "process_start_time_seconds", "gauge", "Start of the process, in seconds since the Unix epoch.", new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds() / 1000.0);
        Gauge(text, "process_working_set_bytes", "gauge", "Resident memory of the process.", process.WorkingSet64);
        Gauge(text, "process_open_handles", "gauge", "Open handles (file descriptors).", process.HandleCount);
        Gauge(text, "dotnet_gc_heap_bytes", "gauge", "Bytes on the managed heap.", GC.GetTotalMemory(forceFullCollection: false));
        text.Append("# HELP dotnet_gc_collections_total Garbage collections by generation.\n# TYPE dotnet_gc_collections_total counter\n");
        for (var generation = 0; generation <= GC.MaxGeneration; generation++)
        {
            text.Append(CultureInfo.InvariantCulture, $"dotnet_gc_collections_total{{generation=\"{generation}\"}} {GC.CollectionCount(generation)}\n");
        }

        Gauge(text, "dotnet_threadpool_threads", "gauge", "Thread-pool threads.", ThreadPool.ThreadCount);
        Gauge(text, "dotnet_threadpool_queue_length", "gauge", "Work items waiting for a thread-pool thread.", ThreadPool.PendingWorkItemCount);
        Gauge(text, "http_requests_in_progress", "gauge", "HTTP requests being served now.", Interlocked.Read(ref inProgress));
    }

    private static void Gauge(StringBuilder text, string name, string type, string help, double value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} {type}\n{name} {Format(value)}\n");

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Labels(string[] names, string[] values, string? extraName = null, string? extraValue = null)
    {
        if (names.Length == 0 && extraName is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder("{");
        for (var i = 0; i < names.Length; i++)
        {
            text.Append(names[i]).Append("=\"").Append(Escape(values[i])).Append("\",");
        }

        if (extraName is not null)
        {
            text.Append(extraName).Append("=\"").Append(extraValue).Append("\",");
        }

        text.Length--;
        return text.Append('}').ToString();
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Decrements the in-progress gauge when disposed.</summary>
    internal readonly struct InProgressRequest : IDisposable
    {
        private readonly PrometheusRegistry registry;

        public InProgressRequest(PrometheusRegistry registry)
        {
            this.registry = registry;
            Interlocked.Increment(ref registry.inProgress);
        }

        public void Dispose() => Interlocked.Decrement(ref registry.inProgress);
    }

    private abstract class Family(string name, string help, string[] labels)
    {
        public string Name { get; } = name;

        protected string Help { get; } = help;

        protected string[] LabelNames { get; } = labels;

        public abstract void Write(StringBuilder text);

        protected static string Key(string[] values) => string.Join('\u001F', values);
    }

    private sealed class CounterFamily(string name, string help, string[] labels) : Family(name, help, labels)
    {
        private readonly ConcurrentDictionary<string, (string[] Values, double[] Total)> series = new(StringComparer.Ordinal);

        public void Add(string[] values, double amount)
        {
            var entry = series.GetOrAdd(Key(values), _ => (values, new double[1]));
            lock (entry.Total)
            {
                entry.Total[0] += amount;
            }
        }

        public override void Write(StringBuilder text)
        {
            text.Append(CultureInfo.InvariantCulture, $"# HELP {Name} {Help}\n# TYPE {Name} counter\n");
            foreach (var (values, total) in series.Values)
            {
                double value;
                lock (total)
                {
                    value = total[0];
                }

                text.Append(Name).Append(Labels(LabelNames, values)).Append(' ').Append(Format(value)).Append('\n');
            }
        }
    }

    private sealed class HistogramFamily(string name, string help, string[] labels, double[] buckets) : Family(name, help, labels)
    {
        private readonly ConcurrentDictionary<string, (string[] Values, double[] State)> series = new(StringComparer.Ordinal);

        /// <summary>State: one count per bucket (not cumulative), then +Inf count, then sum.</summary>
        public void Observe(string[] values, double value)
        {
            var entry = series.GetOrAdd(Key(values), _ => (values, new double[buckets.Length + 2]));
            var index = Array.FindIndex(buckets, b => value <= b);
            lock (entry.State)
            {
                entry.State[index < 0 ? buckets.Length : index]++;
                entry.State[^1] += value;
            }
        }

        public override void Write(StringBuilder text)
        {
            text.Append(CultureInfo.InvariantCulture, $"# HELP {Name} {Help}\n# TYPE {Name} histogram\n");
            foreach (var (values, state) in series.Values)
            {
                double[] copy;
                lock (state)
                {
                    copy = (double[])state.Clone();
                }

                double cumulative = 0;
                for (var i = 0; i < buckets.Length; i++)
                {
                    cumulative += copy[i];
                    text.Append(Name).Append("_bucket").Append(Labels(LabelNames, values, "le", Format(buckets[i]))).Append(' ').Append(Format(cumulative)).Append('\n');
                }

                cumulative += copy[buckets.Length];
                text.Append(Name).Append("_bucket").Append(Labels(LabelNames, values, "le", "+Inf")).Append(' ').Append(Format(cumulative)).Append('\n');
                text.Append(Name).Append("_sum").Append(Labels(LabelNames, values)).Append(' ').Append(Format(copy[^1])).Append('\n');
                text.Append(Name).Append("_count").Append(Labels(LabelNames, values)).Append(' ').Append(Format(cumulative)).Append('\n');
            }
        }
    }
}
