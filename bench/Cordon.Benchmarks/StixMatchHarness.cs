using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Cordon.Core;
using Cordon.Stix.Patterning;
using Cordon.Stix.Privacy;

namespace Cordon.Benchmarks;

/// <summary>
/// STIX patterning at hub scale: parses N indicator patterns (default 1,000,000: e-mail, phone, wallet, domain, IPv4,
/// keyed-hash identifiers, and 1 % LIKE suffix / ISSUBSET CIDR patterns), files them in a
/// <see cref="PatternIndex{TKey}"/>, then matches applicant records (8 identifiers each, half of them holding a listed
/// value) one at a time and reports the per-record latency distribution. Options: <c>--indicators N</c>,
/// <c>--records N</c> (default 20,000).
/// </summary>
public sealed class StixMatchHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "stix-match";

    /// <inheritdoc/>
    public string Description => "parse 1,000,000 STIX patterns, index them, match one record's identifiers against all of them";

    /// <inheritdoc/>
    public Task<int> RunAsync(string[] args)
    {
        var indicators = 1_000_000;
        var records = 20_000;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--indicators")
            {
                indicators = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--records")
            {
                records = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var hasher = new KeyedHasher(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray(), "bench-key");
        var random = new Random(20261129);
        var texts = new string[indicators];
        var values = new (string Type, string Value)[indicators];
        for (var i = 0; i < indicators; i++)
        {
            (texts[i], values[i]) = MakePattern(i, random, hasher);
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var parsed = new StixPattern[indicators];
        for (var i = 0; i < indicators; i++)
        {
            parsed[i] = StixPattern.Parse(texts[i]);
        }

        var parseTime = watch.Elapsed;
        watch.Restart();
        var index = new PatternIndex<int>();
        for (var i = 0; i < indicators; i++)
        {
            index.Add(i, parsed[i]);
        }

        var indexTime = watch.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"patterns: {indicators:N0} ({index.UnanchoredCount:N0} without an anchor, evaluated on every lookup)");
        Console.WriteLine($"parse: {parseTime.TotalSeconds:F2} s ({indicators / parseTime.TotalSeconds:N0} patterns/s, {parseTime.TotalMilliseconds * 1000 / indicators:F2} µs each)");
        Console.WriteLine($"index: {indexTime.TotalSeconds:F2} s; parsed patterns + index: {(after - before) / 1024.0 / 1024:N0} MiB");

        // Records: 8 identifiers each; every second record carries one listed value (so it has at least one match).
        var recordObjects = new List<JsonObject[]>(records);
        for (var r = 0; r < records; r++)
        {
            recordObjects.Add(MakeRecord(r, random, hasher, r % 2 == 0 ? values[random.Next(indicators)] : null));
        }

        for (var warm = 0; warm < 2_000; warm++)
        {
            index.Match(recordObjects[warm % records]);
        }

        var latencies = new double[records];
        var matches = 0L;
        var withMatch = 0;
        for (var r = 0; r < records; r++)
        {
            var start = Stopwatch.GetTimestamp();
            var found = index.Match(recordObjects[r]);
            latencies[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            matches += found.Count;
            withMatch += found.Count > 0 ? 1 : 0;
        }

        Array.Sort(latencies);
        Console.WriteLine($"records: {records:N0}, {withMatch:N0} with at least one match, {matches:N0} matches in all");
        Console.WriteLine($"match one record (8 identifiers) against {indicators:N0} indicators: median {Percentiles.NearestRank(latencies, 0.5) * 1000:F1} µs, p95 {Percentiles.NearestRank(latencies, 0.95) * 1000:F1} µs, p99 {Percentiles.NearestRank(latencies, 0.99) * 1000:F1} µs, max {latencies[^1]:F2} ms");

        // The same without the index, on a sample: what the index saves.
        var sample = Math.Min(3, records);
        watch.Restart();
        for (var r = 0; r < sample; r++)
        {
            var observation = new[] { new PatternObservation(recordObjects[r]) };
            for (var i = 0; i < indicators; i++)
            {
                parsed[i].Matches(observation);
            }
        }

        Console.WriteLine($"for comparison, evaluating every pattern: {watch.Elapsed.TotalMilliseconds / sample:N0} ms per record");
        return Task.FromResult(0);
    }

    private static (string Pattern, (string Type, string Value) Listed) MakePattern(int i, Random random, KeyedHasher hasher)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        switch (i % 100)
        {
            case < 35:
                var email = $"user{n}.{random.Next(1000)}@mail{i % 997}.example";
                return ($"[email-addr:value = '{email}']", ("email-addr", email));
            case < 50:
                var phone = "+1202" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture);
                return ($"[phone-number:value = '{phone}']", ("phone-number", phone));
            case < 62:
                var wallet = "bc1q" + Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + n;
                return ($"[cryptocurrency-wallet:value = '{wallet}']", ("cryptocurrency-wallet", wallet));
            case < 72:
                var domain = $"host{n}.workers{i % 311}.example";
                return ($"[domain-name:value = '{domain}' OR url:value = 'https://{domain}/apply']", ("domain-name", domain));
            case < 80:
                var ip = $"{10 + (i % 200)}.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}";
                return ($"[ipv4-addr:value = '{ip}']", ("ipv4-addr", ip));
            case < 99:
                var kind = (i & 1) == 0 ? KeyedIdentifierKind.Email : KeyedIdentifierKind.DocumentNumber;
                var raw = kind == KeyedIdentifierKind.Email ? $"hidden{n}@mail.example" : $"P{n}";
                var hash = hasher.Hash(kind, raw);
                return (hasher.Pattern(kind, hash), ("keyed:" + KeyedHasher.KindName(kind), raw));
            default:
                // About 1 % test a wildcard or an address range instead of a value.
                return (i % 2 == 0
                    ? $"[email-addr:value LIKE '%@burner{i % 50}.example']"
                    : $"[ipv4-addr:value ISSUBSET '172.{i % 32}.0.0/16']", ("none", string.Empty));
        }
    }

    private static JsonObject[] MakeRecord(int r, Random random, KeyedHasher hasher, (string Type, string Value)? listed)
    {
        var n = r.ToString(CultureInfo.InvariantCulture);
        var objects = new List<JsonObject>
        {
            Sco("email-addr", $"applicant{n}@mail.example"),
            Sco("phone-number", "+4420" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)),
            Sco("cryptocurrency-wallet", "0x" + Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()))),
            Sco("domain-name", $"portfolio{n}.example"),
            Sco("ipv4-addr", $"203.0.{random.Next(256)}.{random.Next(256)}"),
            hasher.Observable(KeyedIdentifierKind.Email, $"applicant{n}@mail.example").Json,
            hasher.Observable(KeyedIdentifierKind.DocumentNumber, $"X{n}").Json,
            Sco("url", $"https://portfolio{n}.example/cv"),
        };
        if (listed is { } hit)
        {
            // Replace the identifier of the same kind with the listed value.
            if (hit.Type.StartsWith("keyed:", StringComparison.Ordinal))
            {
                var kind = hit.Type == "keyed:email" ? KeyedIdentifierKind.Email : KeyedIdentifierKind.DocumentNumber;
                objects[kind == KeyedIdentifierKind.Email ? 5 : 6] = hasher.Observable(kind, hit.Value).Json;
            }
            else if (hit.Type != "none")
            {
                var slot = objects.FindIndex(o => o["type"]!.GetValue<string>() == hit.Type);
                objects[slot] = Sco(hit.Type, hit.Value);
            }
        }

        return [.. objects];
    }

    private static JsonObject Sco(string type, string value) => new() { ["type"] = type, ["value"] = value };
}
