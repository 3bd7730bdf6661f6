using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Cordon.Stix.Patterning;

namespace Cordon.MicroBenchmarks;

/// <summary>STIX patterns: parsing one, and matching one record's identifiers against 100,000 indexed indicators.</summary>
[MemoryDiagnoser]
public class StixBenchmarks
{
    private const string Pattern = "[email-addr:value = 'kim.operator@mail.example' OR domain-name:value = 'portfolio-dev.example'] AND [ipv4-addr:value ISSUBSET '175.45.176.0/22']";
    private readonly PatternIndex<int> _index = new();
    private JsonObject[] _listed = [];
    private JsonObject[] _clean = [];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < 100_000; i++)
        {
            var text = (i % 4) switch
            {
                0 => $"[email-addr:value = 'worker{i}@mail.example']",
                1 => $"[domain-name:value = 'site{i}.example' OR url:value = 'https://site{i}.example/']",
                2 => $"[cryptocurrency-wallet:value = '0x{i:x40}']",
                _ => $"[ipv4-addr:value = '10.{i / 65536 % 256}.{i / 256 % 256}.{i % 256}']",
            };
            _index.Add(i, StixPattern.Parse(text));
        }

        _listed = Record("worker400@mail.example", "site401.example");
        _clean = Record("nobody@mail.example", "nowhere.example");
    }

    [Benchmark]
    public StixPattern Parse() => StixPattern.Parse(Pattern);

    /// <summary>A record whose e-mail and domain are listed.</summary>
    [Benchmark]
    public int MatchListedRecord() => _index.Match(_listed).Count;

    /// <summary>A record with nothing listed (the common case).</summary>
    [Benchmark]
    public int MatchCleanRecord() => _index.Match(_clean).Count;

    private static JsonObject[] Record(string email, string domain) =>
    [
        new() { ["type"] = "email-addr", ["value"] = email },
        new() { ["type"] = "domain-name", ["value"] = domain },
        new() { ["type"] = "ipv4-addr", ["value"] = "203.0.113.7" },
        new() { ["type"] = "phone-number", ["value"] = "+442071234567" },
        new() { ["type"] = "url", ["value"] = string.Create(CultureInfo.InvariantCulture, $"https://{domain}/cv") },
    ];
}
