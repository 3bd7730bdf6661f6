using Cordon.Core;
using Cordon.Matching.Explanation;
using Cordon.Matching.Features;
using Cordon.Matching.Normalisation;
using Cordon.Matching.Scoring;

namespace Cordon.Matching;

/// <summary>
/// Cordon's name-matching algorithm, named and versioned (<see cref="Algorithm"/>). Compares names across scripts and
/// romanisations and builds <see cref="ScreeningIndex"/>es for screening against lists. Immutable and thread-safe.
/// A new algorithm version gets a new name; results of an existing name do not change silently. The registered
/// algorithms are in <see cref="MatchingAlgorithms"/>.
/// </summary>
public sealed class Matcher
{
    /// <summary>Name and version of the default algorithm (<see cref="MatchingAlgorithms.Default"/>).</summary>
    public const string CurrentAlgorithm = MatchingAlgorithms.Default;

    /// <summary>Creates a matcher of the default algorithm with the given options (the defaults when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public Matcher(MatchingOptions? options = null)
        : this(MatchingAlgorithms.Default, options)
    {
    }

    /// <summary>Creates a matcher of a registered algorithm (<see cref="MatchingAlgorithms.Names"/>) with the given options.</summary>
    /// <exception cref="ArgumentException">No algorithm has that name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public Matcher(string algorithm, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        Algorithm = algorithm.Trim().ToLowerInvariant() switch
        {
            MatchingAlgorithms.V1 => MatchingAlgorithms.V1,
            MatchingAlgorithms.V2 => MatchingAlgorithms.V2,
            _ => throw new ArgumentException($"unknown matching algorithm '{algorithm}'; known: {string.Join(", ", MatchingAlgorithms.Names)}", nameof(algorithm)),
        };
        Pipeline = Algorithm == MatchingAlgorithms.V2 ? NamePipeline.V2 : NamePipeline.V1;
        Options = options ?? MatchingOptions.Default;
        Options.Validate();
        Features = [.. FeatureTable.Create(Options).Select(f => f.Descriptor)];
    }

    /// <summary>The default algorithm with default options.</summary>
    public static Matcher Default => MatchingAlgorithms.Get(null);

    /// <summary>Algorithm name and version, e.g. <c>cordon-name-v1</c>; recorded with every explanation.</summary>
    public string Algorithm { get; }

    /// <summary>How names are normalised and scored: the steps of this algorithm version.</summary>
    internal NamePipeline Pipeline { get; }

    /// <summary>The options in force.</summary>
    public MatchingOptions Options { get; }

    /// <summary>The recommended threshold: a score (0–1) at or above which a candidate is a match.</summary>
    public double DefaultThreshold => Options.Threshold;

    /// <summary>The features table: every feature that can move a score, with its range of points and description.</summary>
    public IReadOnlyList<FeatureDescriptor> Features { get; }

    /// <summary>
    /// Similarity (0–1) of two names on their own, without list statistics (token weights come from word classes only).
    /// Symmetric: the name with fewer words is taken as the query, so a name missing a middle name compares the same
    /// either way round.
    /// </summary>
    public double CompareNames(string name1, string name2, SubjectKind kind = SubjectKind.Any) =>
        Math.Max(Compare(name1, name2, kind, null, null), Compare(name2, name1, kind, null, null));

    /// <summary>As <see cref="CompareNames"/>, with the token alignment that produced the score (in the direction that gave it).</summary>
    public NameComparison ExplainNames(string name1, string name2, SubjectKind kind = SubjectKind.Any)
    {
        var forward = Explain(name1, name2, kind);
        var backward = Explain(name2, name1, kind);
        return backward.Score > forward.Score ? backward : forward;
    }

    private NameComparison Explain(string query, string candidate, SubjectKind kind)
    {
        var tokens = new List<TokenAlignment>();
        var notes = new List<string>();
        var score = Compare(query, candidate, kind, tokens, notes);
        return new NameComparison(Algorithm, query, candidate, Math.Round(score, 4), tokens, notes);
    }

    /// <summary>Prepares entries for screening. Cost is linear in the number of names; the result is immutable.</summary>
    public ScreeningIndex BuildIndex(IEnumerable<ListedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return new ScreeningIndex(this, entities);
    }

    private double Compare(string name1, string name2, SubjectKind kind, List<TokenAlignment>? trace, List<string>? notes)
    {
        ArgumentNullException.ThrowIfNull(name1);
        ArgumentNullException.ThrowIfNull(name2);
        var a = Pipeline.Normalise(name1);
        var b = Pipeline.Normalise(name2);
        var person = kind == SubjectKind.Person;
        var strict = kind is SubjectKind.Vessel or SubjectKind.Aircraft;
        var score = Pipeline.Score(a, NameScorer.ClassWeights(a, Options, person), b, NameScorer.ClassWeights(b, Options, person),
            Options, person, strict, trace, notes);
        if (!person && a.Tokens.Length == 1 && score < Options.DerivedAcronymCap && Acronyms.Matches(a.Tokens[0].Forms[0], b.Tokens))
        {
            notes?.Add($"'{name1}' is an acronym of '{name2}'");
            score = Options.DerivedAcronymCap;
        }

        return score;
    }
}
