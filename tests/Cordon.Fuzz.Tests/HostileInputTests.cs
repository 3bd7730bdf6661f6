using System.Text;
using Cordon.Lists;
using Cordon.Risk;
using Cordon.Stix.Patterning;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// Hand-made hostile variants of real inputs, the kinds a mutation rarely reaches: other line endings, a byte order mark,
/// NUL bytes, invalid UTF-8, lone surrogates, one enormous line, deep nesting. Each reader loads or refuses with its
/// documented error type.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string, int> Lists => new()
    {
        { "sdn.csv", SharedData.Path("lists", "ofac-sdn-2021-07", "sdn.csv"), 50 },
        { "cons_prim.csv", SharedData.Path("lists", "ofac-consolidated-nonsdn", "cons_prim.csv"), 50 },
        { "dpl.txt", SharedData.Path("lists", "bis-dpl", "dpl.txt"), 50 },
        { "eu-fsf-sample.xml", SharedData.RepositoryRoot + "/tests/Cordon.Lists.Tests/Fixtures/Eu/eu-fsf-sample.xml", 0 },
        { "uk-sanctions-sample.xml", SharedData.RepositoryRoot + "/tests/Cordon.Lists.Tests/Fixtures/Uk/uk-sanctions-sample.xml", 0 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Hostile_variants_of_a_list_file_load_or_are_refused_with_a_list_format_error(string name, string path, int lines)
    {
        var text = Encoding.UTF8.GetString(lines == 0 ? File.ReadAllBytes(path) : Mutation.Head(path, lines));
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var middle = lf.IndexOf('\n', lf.Length / 2) + 1;
        string[] variants =
        [
            lf,
            lf.Replace("\n", "\r\n", StringComparison.Ordinal),
            lf.Replace("\n", "\r", StringComparison.Ordinal),
            "\uFEFF" + lf,
            lf[..middle] + "\0" + lf[middle..],
            lf[..middle] + new string('A', 3 << 20) + lf[middle..],
            lf[..middle] + string.Concat(Enumerable.Repeat("\"x\",", 100_000)) + "\n" + lf[middle..],
            lf[..middle] + "\ud800" + lf[middle..],
            lf[..middle] + "&#xD800;&#0;" + lf[middle..],
            lf[..middle] + string.Concat(Enumerable.Repeat("<a>", 10_000)) + lf[middle..],
        ];
        foreach (var variant in variants)
        {
            Guard.Run(name, () => ListLoader.Default.Load(new SourceFile(name, Encoding.UTF8.GetBytes(variant))), typeof(ListFormatException));
        }

        byte[] bytes = Encoding.UTF8.GetBytes(lf);
        var at = Encoding.UTF8.GetByteCount(lf[..middle]);
        Guard.Run(name, () => ListLoader.Default.Load(new SourceFile(name, (byte[])[.. bytes[..at], 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, .. bytes[at..]])), typeof(ListFormatException));
    }

    [Fact]
    public void Hostile_application_records_are_refused_with_errors()
    {
        var record = File.ReadLines(SharedData.Path("..", "samples", "applications.jsonl")).First();
        string[] hostile =
        [
            "\uFEFF" + record,
            record.Replace("{", "{\"\\ud800\":1,", StringComparison.Ordinal),
            record.Replace("{", "{\"id\":1,", StringComparison.Ordinal),
            record.Replace(",", ",\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
            record[..^1] + ",\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}",
            record[..^1] + ",\"x\":1" + new string('0', 100_000) + "}",
            record[..^1] + ",\"x\":1e99999}",
            record[..^1] + ",\"x\":\"\0\"}",
            record + "\0",
        ];
        foreach (var text in hostile)
        {
            ApplicationReadResult? result = null;
            Guard.Run("application record", () => result = ApplicationReader.Read(text));
            Assert.True(result!.Record is null != (result.Errors.Count == 0));
        }
    }

    [Fact]
    public void Hostile_patterns_and_risk_configurations_are_refused_with_their_documented_errors()
    {
        string[] patterns =
        [
            new string('(', 100_000) + "[file:name = 'a']" + new string(')', 100_000),
            "[" + new string('(', 100_000) + "file:name = 'a'" + new string(')', 100_000) + "]",
            "[file:name = 'a']" + string.Concat(Enumerable.Repeat(" AND [file:name = 'a']", 50_000)),
            "[file:name = '" + new string('\'', 1) + "\ud800']",
            "[file:size = 99999999999999999999999999999]",
            "[file:size = 1e99999]",
            "[file:name MATCHES '(a+)+$']",
            "[file:name MATCHES '(']",
            "[file:name = 'a'] REPEATS 99999999999999999999 TIMES",
            "[file:name = 'a'] WITHIN 99999999999999999999 SECONDS",
            "[file:name = 'a'] START t'9999-12-31T23:59:60Z' STOP t'0000-01-01T00:00:00Z'",
            "[file:name\0 = 'a']",
        ];
        foreach (var pattern in patterns)
        {
            Guard.Run("STIX pattern", () => StixPattern.Parse(pattern), typeof(PatternSyntaxException));
        }

        var configuration = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "config", "risk.json"));
        string[] configurations =
        [
            "\uFEFF" + configuration,
            configuration.Replace("{", "{\"\\ud800\":1,", StringComparison.Ordinal),
            new string('[', 100_000),
            configuration.Replace("{", "{\"version\":1e99999,", StringComparison.Ordinal),
        ];
        foreach (var text in configurations)
        {
            Guard.Run("risk configuration", () => RiskConfiguration.Parse(text), typeof(RiskConfigurationException));
        }
    }
}
