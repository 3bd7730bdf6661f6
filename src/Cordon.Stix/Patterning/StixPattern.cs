using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Patterning;

/// <summary>
/// A parsed STIX 2.1 pattern (section 9): parse once, then test against observations any number of times. Instances
/// are immutable and safe to share between threads.
/// </summary>
public sealed class StixPattern
{
    private readonly PatternEvaluator evaluator;
    private IReadOnlyList<PatternEqualityTerm>? equalityTerms;

    private StixPattern(string text, ObservationExpression root, PatternLimits limits)
    {
        Text = text;
        Root = root;
        Limits = limits;
        evaluator = new PatternEvaluator(limits);
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
    /// Equalities at least one of which must hold for the pattern to match anything, or null when no such set exists
    /// (e.g. the pattern is only <c>LIKE</c> or <c>!=</c> tests). An index over these terms finds every indicator that
    /// could match a record; full evaluation then confirms.
    /// </summary>
    public IReadOnlyList<PatternEqualityTerm>? AnchorTerms => Anchors(Root);

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

    private static List<PatternEqualityTerm>? Anchors(ObservationExpression expression) => expression switch
    {
        ObservationComparison c => Anchors(c.Comparison),
        ObservationBinary { Operator: ObservationOperator.Or } o => Either(Anchors(o.Left), Anchors(o.Right)),
        ObservationBinary b => Smaller(Anchors(b.Left), Anchors(b.Right)),
        WithinQualifier w => Anchors(w.Inner),
        RepeatsQualifier r => Anchors(r.Inner),
        StartStopQualifier s => Anchors(s.Inner),
        _ => null,
    };

    private static List<PatternEqualityTerm>? Anchors(ComparisonExpression expression) => expression switch
    {
        ComparisonAnd a => Smaller(Anchors(a.Left), Anchors(a.Right)),
        ComparisonOr o => Either(Anchors(o.Left), Anchors(o.Right)),
        PropertyTest { Negated: false, Operator: ComparisonOperator.Equal or ComparisonOperator.In } t => t.Values.Select(v => new PatternEqualityTerm(t.Path, v)).ToList(),
        _ => null,
    };

    // Both sides must hold: either side's anchors are necessary, so keep the more selective (fewer terms).
    private static List<PatternEqualityTerm>? Smaller(List<PatternEqualityTerm>? a, List<PatternEqualityTerm>? b) =>
        a is null ? b : b is null ? a : a.Count <= b.Count ? a : b;

    // Either side may hold: only the union of both sides' anchors is necessary, and none if one side has none.
    private static List<PatternEqualityTerm>? Either(List<PatternEqualityTerm>? a, List<PatternEqualityTerm>? b) =>
        a is null || b is null ? null : [.. a, .. b];
}
