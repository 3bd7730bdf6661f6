using System.Globalization;

namespace Cordon.Operations.Tests;

/// <summary>Reads a Prometheus text exposition into series → value (the series as written: name and labels).</summary>
internal static class MetricsText
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

            // name{labels} value [timestamp], or name value [timestamp]; label values may hold spaces, never a '}' here.
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
}
