using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Patterning;

/// <summary>
/// A parsed STIX 2.1 pattern (section 9): parse once, then test against observations any number of times. Instances
/// are immutable and safe to share between threads.
/// </summary>
public sealed class StixPattern
{
    private PatternEvaluator? evaluator;
    private IReadOnlyList<PatternEqualityTerm>? equalityTerms;
    private List<List<PatternAnchor>>? anchorAlternatives;

    private StixPattern(string text, ObservationExpression root, PatternLimits limits)
    {
        Text = text;
        Root = root;
        Limits = limits;
    }

    /// <summary>The pattern text as given.</summary>
    public string Text { get; }

    /// <summary>The syntax tree.</summary>
    public ObservationExpression Root { get; }

    /// <summary>The limits the pattern was parsed with and is evaluated with.</summary>
    public PatternLimits Limits { get; }

    /// <summary>
    /// Every simple equality of the pattern (<c>=</c> and <c>IN</c> members, not under NOT), in pattern order.
    /// </summary>
    public IReadOnlyList<PatternEqualityTerm> EqualityTerms => equalityTerms ??= CollectEqualities(Root).ToArray();

    /// <summary>
    /// Anchors (equalities, CIDR containment, LIKE starts/ends) at least one of which must hold for the pattern to
    /// match anything, or null when no such set exists (e.g. the pattern is only <c>!=</c> or <c>MATCHES</c> tests). An index over these terms finds every indicator that
    /// could match a record; full evaluation then confirms.
    /// </summary>
    public IReadOnlyList<PatternAnchor>? AnchorTerms =>
        AnchorAlternatives.OrderBy(a => a.Count).ThenByDescending(a => a.Sum(t => t.Value.Text.Length)).FirstOrDefault();

    /// <summary>
    /// Every set of anchors (up to 16) of which at least one must hold for the pattern to match; any one set can
    /// serve as <see cref="AnchorTerms"/>. An index picks the set whose values are rarest among what it already holds.
    /// Empty when no such set exists.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<PatternAnchor>> AnchorAlternatives => anchorAlternatives ??= Alternatives(Root);

    /// <summary>Parses a pattern.</summary>
    /// <exception cref="PatternSyntaxException">The pattern is invalid; the message gives the position and what was expected.</exception>
    public static StixPattern Parse(string pattern, PatternLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        limits ??= PatternLimits.Default;
        return new StixPattern(pattern, PatternParser.Parse(pattern, limits), limits);
    }

    /// <summary>Parses a pattern, returning null and the error instead of throwing.</summary>
    public static StixPattern? TryParse(string pattern, out PatternSyntaxException? error, PatternLimits? limits = null)
    {
        try
        {
            error = null;
            return Parse(pattern, limits);
        }
        catch (PatternSyntaxException e)
        {
            error = e;
            return null;
        }
    }

    /// <summary>Whether the pattern matches the set of observations.</summary>
    public bool Matches(IReadOnlyList<PatternObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        // Created on first use: an index holds a million patterns of which few are ever evaluated.
        evaluator ??= new PatternEvaluator(Limits);
        return evaluator.Matches(Root, observations);
    }

    /// <summary>Whether the pattern matches a single observation of <paramref name="objects"/> seen at <paramref name="observedAt"/>.</summary>
    public bool Matches(IEnumerable<StixObject> objects, DateTimeOffset? observedAt = null) =>
        Matches([PatternObservation.Of(objects, observedAt)]);

    /// <summary>Whether the pattern matches a single observation of JSON objects seen at <paramref name="observedAt"/>.</summary>
    public bool Matches(IReadOnlyList<JsonObject> objects, DateTimeOffset? observedAt = null) =>
        Matches([new PatternObservation(objects, observedAt)]);

    /// <summary>Parses <paramref name="pattern"/> and tests it against one observation of <paramref name="observedObjects"/>.</summary>
    /// <exception cref="PatternSyntaxException">The pattern is invalid.</exception>
    public static bool Matches(string pattern, IEnumerable<StixObject> observedObjects, DateTimeOffset? observedAt = null) =>
        Parse(pattern).Matches(observedObjects, observedAt);

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static IEnumerable<PatternEqualityTerm> CollectEqualities(ObservationExpression expression) => expression switch
    {
        ObservationComparison c => CollectEqualities(c.Comparison),
        ObservationBinary b => CollectEqualities(b.Left).Concat(CollectEqualities(b.Right)),
        WithinQualifier w => CollectEqualities(w.Inner),
        RepeatsQualifier r => CollectEqualities(r.Inner),
        StartStopQualifier s => CollectEqualities(s.Inner),
        _ => [],
    };

    private static IEnumerable<PatternEqualityTerm> CollectEqualities(ComparisonExpression expression) => expression switch
    {
        ComparisonAnd a => CollectEqualities(a.Left).Concat(CollectEqualities(a.Right)),
        ComparisonOr o => CollectEqualities(o.Left).Concat(CollectEqualities(o.Right)),
        PropertyTest { Negated: false, Operator: ComparisonOperator.Equal or ComparisonOperator.In } t => t.Values.Select(v => new PatternEqualityTerm(t.Path, v)),
        _ => [],
    };

    private const int MaxAlternatives = 16;

    private static List<List<PatternAnchor>> Alternatives(ObservationExpression expression) => expression switch
    {
        ObservationComparison c => Alternatives(c.Comparison),
        ObservationBinary { Operator: ObservationOperator.Or } o => Either(Alternatives(o.Left), Alternatives(o.Right)),
        ObservationBinary b => Both(Alternatives(b.Left), Alternatives(b.Right)),
        WithinQualifier w => Alternatives(w.Inner),
        RepeatsQualifier r => Alternatives(r.Inner),
        StartStopQualifier s => Alternatives(s.Inner),
        _ => [],
    };

    private static List<List<PatternAnchor>> Alternatives(ComparisonExpression expression) => expression switch
    {
        ComparisonAnd a => Both(Alternatives(a.Left), Alternatives(a.Right)),
        ComparisonOr o => Either(Alternatives(o.Left), Alternatives(o.Right)),
        PropertyTest { Negated: false, Operator: ComparisonOperator.Equal or ComparisonOperator.In } t when t.Values.Count > 0 =>
            [t.Values.Select(v => new PatternAnchor(t.Path, PatternAnchorKind.Equal, v)).ToList()],
        PropertyTest { Negated: false, Operator: ComparisonOperator.IsSubset } t => [[new PatternAnchor(t.Path, PatternAnchorKind.InsideCidr, t.Value)]],
        PropertyTest { Negated: false, Operator: ComparisonOperator.Like } t when LikeAnchor(t) is { } like => [[like]],
        _ => [],
    };

    // The longer literal end of a LIKE pattern ('abc%' starts with abc, '%@x.example' ends with @x.example), if 3+ characters.
    private static PatternAnchor? LikeAnchor(PropertyTest test)
    {
        var like = test.Value.Text;
        var first = like.IndexOfAny(['%', '_']);
        if (first < 0)
        {
            return new PatternAnchor(test.Path, PatternAnchorKind.Equal, test.Value);
        }

        var last = like.LastIndexOfAny(['%', '_']);
        var prefix = like[..first];
        var suffix = like[(last + 1)..];
        var (kind, text) = prefix.Length >= suffix.Length ? (PatternAnchorKind.StartsWith, prefix) : (PatternAnchorKind.EndsWith, suffix);
        return text.Length < 3 ? null : new PatternAnchor(test.Path, kind, new PatternLiteral(PatternLiteralKind.QuotedString, text, test.Value.Position));
    }

    // Both sides must hold: any anchor set of either side is necessary.
    private static List<List<PatternAnchor>> Both(List<List<PatternAnchor>> a, List<List<PatternAnchor>> b) =>
        a.Concat(b).Take(MaxAlternatives).ToList();

    // Either side may hold: a necessary set needs one set from each side; none if one side has none.
    private static List<List<PatternAnchor>> Either(List<List<PatternAnchor>> a, List<List<PatternAnchor>> b)
    {
        var result = new List<List<PatternAnchor>>();
        foreach (var left in a)
        {
            foreach (var right in b)
            {
                if (result.Count < MaxAlternatives)
                {
                    result.Add([.. left, .. right]);
                }
            }
        }

        return result;
    }
}
