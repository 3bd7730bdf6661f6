using System.Globalization;
using System.Text.RegularExpressions;

namespace Cordon.Operations.Tests;

/// <summary>
/// Reads a Prometheus text exposition: each sample as its series text (name and labels as written) → value, and sums of the
/// samples of one metric whose labels include given ones (whatever other labels, such as OpenTelemetry's scope, and their order).
/// </summary>
internal static partial class MetricsText
{
    public static async Task<Dictionary<string, double>> ReadAsync(HttpClient client) => Parse(await client.GetStringAsync("/metrics"));

    public static Dictionary<string, double> Parse(string text)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // name{labels} value [timestamp], or name value [timestamp]; label values here never hold a '}'.
            var close = line.LastIndexOf('}');
            var series = close >= 0 ? line[..(close + 1)] : line[..line.IndexOf(' ', StringComparison.Ordinal)];
            var value = line[series.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            values[series] = value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                "NaN" => double.NaN,
                _ => double.Parse(value, CultureInfo.InvariantCulture),
            };
        }

        return values;
    }

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include all of <paramref name="labels"/> (0 when none).</summary>
    public static double Sum(this Dictionary<string, double> metrics, string name, params (string Name, string Value)[] labels) =>
        metrics.Where(m => NameOf(m.Key) == name && labels.All(l => LabelsOf(m.Key).TryGetValue(l.Name, out var v) && v == l.Value)).Sum(m => m.Value);

    /// <summary>True when a sample of <paramref name="name"/> with all of <paramref name="labels"/> is present.</summary>
    public static bool Has(this Dictionary<string, double> metrics, string name, params (string Name, string Value)[] labels) =>
        metrics.Keys.Any(k => NameOf(k) == name && labels.All(l => LabelsOf(k).TryGetValue(l.Name, out var v) && v == l.Value));

    public static string NameOf(string series) => series.Split('{')[0];

    private static Dictionary<string, string> LabelsOf(string series) =>
        Label().Matches(series).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal));

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
