using System.Text;
using Cordon.Intelligence;
using CsCheck;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// Indicator imports and protected-domain lists on mutated real files: loading ends with a set or an
/// <see cref="IntelligenceDataException"/> naming the file and line, and the look-alike check answers for any text.
/// </summary>
public sealed class IntelligenceFuzzTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("cordon-fuzz-intel-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void A_mutated_indicator_file_loads_or_is_refused_with_an_intelligence_data_error()
    {
        const string file = "dprk_itw_indicators.csv";
        var seed = Mutation.Head(SharedData.Path("indicators", file), 60);
        var path = Path.Combine(_scratch, file);
        File.WriteAllBytes(path, seed);
        Assert.True(IndicatorSet.Load(path).Count > 0);
        Mutation.Edits().Sample(
            edits =>
            {
                File.WriteAllBytes(path, Mutation.Apply(seed, edits));
                Guard.Run(file, () => IndicatorSet.Load(path), typeof(IntelligenceDataException));
            },
            iter: Mutation.Iterations(300),
            threads: 1);
    }

    [Fact]
    public void A_mutated_protected_domain_list_loads_or_is_refused_and_any_text_is_checked_for_look_alikes()
    {
        var seed = Encoding.UTF8.GetBytes(string.Join('\n', DomainLookalike.DefaultProtectedDomains.Take(40)) + "\n# comment\n");
        var path = Path.Combine(_scratch, "protected.txt");
        Gen.Select(Mutation.Edits(), Gen.String, Gen.Int[0, 39]).Sample(
            pick =>
            {
                var (edits, text, which) = pick;
                File.WriteAllBytes(path, Mutation.Apply(seed, edits));
                Guard.Run("protected.txt", () => DomainLookalike.LoadProtectedDomains(path), typeof(IntelligenceDataException));
                var domain = Encoding.UTF8.GetString(Mutation.Apply(Encoding.UTF8.GetBytes(DomainLookalike.DefaultProtectedDomains[which % DomainLookalike.DefaultProtectedDomains.Count]), edits));
                Guard.Run("look-alike check", () => DomainLookalike.Find(domain));
                Guard.Run("look-alike check", () => DomainLookalike.Find(text));
            },
            iter: Mutation.Iterations(300),
            threads: 1);
    }

    [Fact]
    public void Mutated_ip_data_files_load_or_are_refused_and_loaded_data_answers_lookups()
    {
        // Small heads of the real files, each mutated in turn; the country database is mutated in fewer cases (it is large).
        var ranges = Decompressed(SharedData.Path("ip", "asn-ipv4.csv.gz"), 300);
        var sources = new (string Name, byte[] Bytes)[]
        {
            ("asn-ipv4.csv", ranges),
            ("vpn_asn.txt", File.ReadAllBytes(SharedData.Path("ip", "vpn_asn.txt"))),
            ("hosting_asn_badasn.csv", Mutation.Head(SharedData.Path("ip", "hosting_asn_badasn.csv"), 200)),
            ("kp_cidrs.txt", File.ReadAllBytes(SharedData.Path("indicators", "kp_cidrs.txt"))),
        };
        string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(_scratch, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        IpDataFiles Files(int mutated, Mutation.Edit[] edits)
        {
            var paths = sources.Select((s, i) => Write(s.Name, i == mutated ? Mutation.Apply(s.Bytes, edits) : s.Bytes)).ToArray();
            return new IpDataFiles(null, paths[0], [paths[1]], [paths[2]], [paths[3]]);
        }

        Assert.True(IpIntelligence.Load(Files(-1, [])).AsnRangeCount > 0);
        var addresses = Gen.OneOf(Gen.Const("175.45.176.1"), Gen.Const("1.0.0.1"), Gen.Const("::1"), Gen.Const("255.255.255.255"), Gen.Const("0.0.0.0"), Gen.String);
        Gen.Select(Gen.Int[0, sources.Length - 1], Mutation.Edits(), addresses).Sample(
            pick =>
            {
                var (which, edits, address) = pick;
                IpIntelligence? loaded = null;
                Guard.Run(sources[which].Name, () => loaded = IpIntelligence.Load(Files(which, edits)), typeof(IntelligenceDataException));
                Guard.Run("IP lookup", () => loaded?.Lookup(address));
            },
            iter: Mutation.Iterations(200),
            threads: 1);
    }

    private static byte[] Decompressed(string path, int lines)
    {
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
        var head = new StringBuilder();
        for (var i = 0; i < lines && reader.ReadLine() is { } line; i++)
        {
            head.Append(line).Append('\n');
        }

        return Encoding.UTF8.GetBytes(head.ToString());
    }
}
