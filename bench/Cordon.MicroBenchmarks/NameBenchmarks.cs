using BenchmarkDotNet.Attributes;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Matching;

namespace Cordon.MicroBenchmarks;

/// <summary>
/// Name matching's hot paths: normalising a name, scoring two names, and screening one name against OFAC SDN 2021-07 +
/// UN (the index built once in the setup).
/// </summary>
[MemoryDiagnoser]
public class NameBenchmarks
{
    private ScreeningIndex _index = null!;
    private Matcher _matcher = null!;

    /// <summary>The name compared, normalised and screened.</summary>
    [Params("Kim Jong Un", "Korea Kwangson Banking Corporation", "Mohammed Abdul Rahman al-Hashimi", "김정은")]
    public string Name { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _matcher = Matcher.Default;
        var entities = new[] { "ofac-sdn-2021-07", "un" }
            .SelectMany(l => ListLoader.Default.Load(SharedData.Path("lists", l)).Snapshots)
            .SelectMany(s => s.Entities)
            .ToList();
        _index = _matcher.BuildIndex(entities);
    }

    /// <summary>Normalisation alone (the word cache warm, as in a running server).</summary>
    [Benchmark]
    public int Normalise() => _matcher.Pipeline.Normalise(Name).Tokens.Length;

    /// <summary>Both names normalised and scored both ways (<see cref="Matcher.CompareNames"/>).</summary>
    [Benchmark]
    public double CompareNames() => _matcher.CompareNames(Name, "KIM, Jong Un");

    /// <summary>One screening: candidates from the inverted index, up to 40 scored, features, explanations.</summary>
    [Benchmark]
    public int Screen() => _index.Screen(new ScreeningSubject { Name = Name }).Count;
}
