using System.Diagnostics;
using System.Globalization;
using System.Net;
using Cordon.Intelligence;

namespace Cordon.Benchmarks;

/// <summary>
/// Loads the shared IP intelligence files (country .mmdb, 411k-range ASN CSV, VPN/hosting ASN lists, KP ranges) and measures
/// load time and lookups per second, single-threaded and on every core. Options: <c>--loads N</c> (default 5),
/// <c>--lookups N</c> per round (default 1,000,000).
/// </summary>
public sealed class IpLookupHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "ip";

    /// <inheritdoc/>
    public string Description => "load the shared IP intelligence files and measure IP lookups per second";

    /// <inheritdoc/>
    public Task<int> RunAsync(string[] args)
    {
        var loads = 5;
        var lookups = 1_000_000;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--loads")
            {
                loads = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--lookups")
            {
                lookups = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var files = IpDataFiles.FromSharedLayout(SharedData.Path());
        Console.WriteLine($"country db: {files.CountryDatabase}");
        Console.WriteLine($"asn ranges: {files.AsnRanges}");

        var loadTimes = new List<double>();
        IpIntelligence? intel = null;
        for (var i = 0; i < loads; i++)
        {
            var watch = Stopwatch.StartNew();
            intel = IpIntelligence.Load(files);
            loadTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"loaded: {intel!.AsnRangeCount:N0} ASN ranges, {intel.VpnAsnCount} VPN ASNs, {intel.HostingAsnCount} hosting ASNs, {intel.NorthKoreanRangeCount} KP ranges");
        Console.WriteLine($"load: first {loadTimes[0]:F0} ms, median of rest {Median(loadTimes.Skip(1)):F0} ms ({loads} loads)");

        // Mixed workload: 90 % random IPv4 (seeded), 10 % IPv6 around well-known prefixes.
        var random = new Random(20261125);
        var texts = new string[65_536];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = i % 10 == 9
                ? string.Create(CultureInfo.InvariantCulture, $"2001:{random.Next(0x4800, 0x4900):x}:{random.Next(0, 0xffff):x}::{random.Next(1, 0xffff):x}")
                : string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}");
        }

        var addresses = texts.Select(IPAddress.Parse).ToArray();
        var withCountry = texts.Count(t => intel.Lookup(t)?.Country is not null);
        var withAsn = texts.Count(t => intel.Lookup(t)?.Asn is not null);
        Console.WriteLine($"sample: {texts.Length:N0} addresses, {withCountry * 100.0 / texts.Length:F0} % with a country, {withAsn * 100.0 / texts.Length:F0} % with an ASN");

        for (var round = 0; round < 3; round++)
        {
            var s = Rate(lookups, i => intel.Lookup(texts[i & 0xffff]));
            var a = Rate(lookups, i => intel.Lookup(addresses[i & 0xffff]));
            var p = ParallelRate(lookups, i => intel.Lookup(texts[i & 0xffff]));
            Console.WriteLine($"round {round + 1}: Lookup(string) {s:N0}/s, Lookup(IPAddress) {a:N0}/s, Lookup(string) on {Environment.ProcessorCount} threads {p:N0}/s");
        }

        return Task.FromResult(0);
    }

    private static double Rate(int count, Func<int, IpInfo?> lookup)
    {
        var sink = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (lookup(i)?.IsVpn == true)
            {
                sink++;
            }
        }

        GC.KeepAlive(sink);
        return count / watch.Elapsed.TotalSeconds;
    }

    private static double ParallelRate(int count, Func<int, IpInfo?> lookup)
    {
        var threads = Environment.ProcessorCount;
        var per = count / threads;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var i = t * per; i < (t + 1) * per; i++)
            {
                _ = lookup(i);
            }
        });
        return per * threads / watch.Elapsed.TotalSeconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }
}
