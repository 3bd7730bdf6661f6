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
}
