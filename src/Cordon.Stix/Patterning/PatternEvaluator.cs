using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Stix.Model;

namespace Cordon.Stix.Patterning;

/// <summary>
/// Evaluates a parsed pattern against observations (STIX 2.1 section 9.6 semantics):
/// <list type="bullet">
/// <item>A comparison expression holds for an observation when some object of that observation satisfies it. Tests
/// joined by AND on the same object type must hold for the same object; tests on different types must each hold for
/// some object of the observation.</item>
/// <item>A test on a path that resolves to no value is false, with or without NOT. A path through a list with
/// <c>[*]</c> holds when any entry satisfies the test; NOT negates that.</item>
/// <item>Observation AND, FOLLOWEDBY and REPEATS combine distinct observations; FOLLOWEDBY needs the right side's
/// first observation not before the left side's last; WITHIN bounds the span from the earliest first-observed to the
/// latest last-observed; START (inclusive) / STOP (exclusive) bound every observation's times.</item>
/// </list>
/// </summary>
internal sealed class PatternEvaluator
{
    private readonly PatternLimits limits;
    private ConcurrentDictionary<string, Regex>? regexes;

    public PatternEvaluator(PatternLimits limits)
    {
        this.limits = limits;
    }

    public bool Matches(ObservationExpression expression, IReadOnlyList<PatternObservation> observations) =>
        Evaluate(expression, observations).Count > 0;

    private List<Binding> Evaluate(ObservationExpression expression, IReadOnlyList<PatternObservation> observations)
    {
        switch (expression)
        {
            case ObservationComparison simple:
                var matches = new List<Binding>();
                for (var i = 0; i < observations.Count; i++)
                {
                    if (EvaluateComparison(simple.Comparison, observations[i]).Matched)
                    {
                        matches.Add(Binding.Single(i, observations[i]));
                    }
                }

                return matches;
            case ObservationBinary { Operator: ObservationOperator.Or } or:
                return Evaluate(or.Left, observations).Concat(Evaluate(or.Right, observations)).Take(limits.MaxBindings).ToList();
            case ObservationBinary binary:
                var left = Evaluate(binary.Left, observations);
                if (left.Count == 0)
                {
                    return left;
                }

                var right = Evaluate(binary.Right, observations);
                var combined = new List<Binding>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var l in left)
                {
                    foreach (var r in right)
                    {
                        if (!l.IsDisjoint(r))
                        {
                            continue;
                        }

                        if (binary.Operator == ObservationOperator.FollowedBy && !(l.LastObserved is { } ll && r.FirstObserved is { } rf && ll <= rf))
                        {
                            continue;
                        }

                        var union = l.Union(r);
                        if (seen.Add(union.Key) && combined.Count < limits.MaxBindings)
                        {
                            combined.Add(union);
                        }
                    }
                }

                return combined;
            case WithinQualifier within:
                return Evaluate(within.Inner, observations)
                    .Where(b => b.Span is { } span ? span.TotalSeconds <= within.Seconds : b.Indices.Length == 1)
                    .ToList();
            case StartStopQualifier startStop:
                return Evaluate(startStop.Inner, observations)
                    .Where(b => b.Indices.All(i => observations[i].FirstObserved is { } f && observations[i].LastObserved is { } l && f >= startStop.Start && l < startStop.Stop))
                    .ToList();
            case RepeatsQualifier repeats:
                var inner = Evaluate(repeats.Inner, observations);
                var current = inner;
                for (var n = 1; n < repeats.Count && current.Count > 0; n++)
                {
                    var next = new List<Binding>();
                    var keys = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var c in current)
                    {
                        foreach (var i in inner)
                        {
                            if (c.IsDisjoint(i))
                            {
                                var union = c.Union(i);
                                if (keys.Add(union.Key) && next.Count < limits.MaxBindings)
                                {
                                    next.Add(union);
                                }
                            }
                        }
                    }

                    current = next;
                }

                return current;
            default:
                throw new InvalidOperationException($"unknown observation expression {expression.GetType().Name}");
        }
    }

    /// <summary>Which objects of the observation satisfy the expression, and of which types.</summary>
    private ObjectMatch EvaluateComparison(ComparisonExpression expression, PatternObservation observation)
    {
        switch (expression)
        {
            case ComparisonOr or:
                return ObjectMatch.Union(EvaluateComparison(or.Left, observation), EvaluateComparison(or.Right, observation));
            case ComparisonAnd and:
                var left = EvaluateComparison(and.Left, observation);
                return left.Matched ? ObjectMatch.Intersect(left, EvaluateComparison(and.Right, observation)) : ObjectMatch.None;
            case ExistsTest exists:
                return MatchObjects(observation, exists.Path, values => values.Count > 0);
            case PropertyTest test:
                return MatchObjects(observation, test.Path, values =>
                {
                    if (values.Count == 0)
                    {
                        return false;
                    }

                    var any = false;
                    foreach (var value in values)
                    {
                        if (Test(test, value))
                        {
                            any = true;
                            break;
                        }
                    }

                    return test.Negated ? !any : any;
                });
            default:
                throw new InvalidOperationException($"unknown comparison expression {expression.GetType().Name}");
        }
    }

    private static ObjectMatch MatchObjects(PatternObservation observation, ObjectPath path, Func<List<JsonNode>, bool> predicate)
    {
        List<int>? matched = null;
        for (var i = 0; i < observation.Objects.Count; i++)
        {
            if (!string.Equals(observation.Types[i], path.ObjectType, StringComparison.Ordinal))
            {
                continue;
            }

            if (predicate(Resolve(observation.Objects[i], path, observation)))
            {
                (matched ??= []).Add(i);
            }
        }

        return matched is null ? ObjectMatch.None : new ObjectMatch(matched, [path.ObjectType]);
    }

    /// <summary>Every value an object path reaches from one object, following references within the observation.</summary>
    internal static List<JsonNode> Resolve(JsonObject root, ObjectPath path, PatternObservation? observation)
    {
        var current = new List<JsonNode> { root };
        for (var s = 0; s < path.Steps.Count && current.Count > 0; s++)
        {
            var step = path.Steps[s];
            var next = new List<JsonNode>();
            foreach (var node in current)
            {
                var container = node;
                if (container is JsonValue reference && observation is not null && step.Property is not null
                    && reference.GetValueKind() == JsonValueKind.String && observation.Resolve(reference.GetValue<string>()) is { } target)
                {
                    container = target;
                }

                if (step.Property is not null)
                {
                    if (container is JsonObject o && o[step.Property] is { } child)
                    {
                        next.Add(child);
                    }
                }
                else if (container is JsonArray array)
                {
                    if (step.AnyIndex)
                    {
                        next.AddRange(array.Where(e => e is not null)!);
                    }
                    else if (step.Index is { } index && index >= 0 && index < array.Count && array[index] is { } element)
                    {
                        next.Add(element);
                    }
                }
            }

            current = next;
        }

        // A list reached without [*] is compared entry by entry, as implementations do; objects count for EXISTS only.
        var result = new List<JsonNode>(current.Count);
        foreach (var node in current)
        {
            if (node is JsonArray a)
            {
                result.AddRange(a.Where(e => e is not null)!);
            }
            else
            {
                result.Add(node);
            }
        }

        return result;
    }

    private bool Test(PropertyTest test, JsonNode node)
    {
        if (node is not JsonValue value)
        {
            return false;
        }

        switch (test.Operator)
        {
            case ComparisonOperator.Equal:
                return Compare(value, test.Value) == 0;
            case ComparisonOperator.NotEqual:
                return Compare(value, test.Value) is { } c && c != 0;
            case ComparisonOperator.GreaterThan:
                return Compare(value, test.Value) > 0;
            case ComparisonOperator.LessThan:
                return Compare(value, test.Value) < 0;
            case ComparisonOperator.GreaterThanOrEqual:
                return Compare(value, test.Value) >= 0;
            case ComparisonOperator.LessThanOrEqual:
                return Compare(value, test.Value) <= 0;
            case ComparisonOperator.In:
                foreach (var member in test.Values)
                {
                    if (Compare(value, member) == 0)
                    {
                        return true;
                    }
                }

                return false;
            case ComparisonOperator.Like:
                return value.GetValueKind() == JsonValueKind.String && RegexMatch(LikeToRegex(test.Value.Text), value.GetValue<string>());
            case ComparisonOperator.Matches:
                return value.GetValueKind() == JsonValueKind.String && RegexMatch(test.Value.Text, value.GetValue<string>());
            case ComparisonOperator.IsSubset:
                return value.GetValueKind() == JsonValueKind.String && IpNetwork.TryParse(value.GetValue<string>(), out var inner)
                    && IpNetwork.TryParse(test.Value.Text, out var outer) && outer.Contains(inner);
            case ComparisonOperator.IsSuperset:
                return value.GetValueKind() == JsonValueKind.String && IpNetwork.TryParse(value.GetValue<string>(), out var container)
                    && IpNetwork.TryParse(test.Value.Text, out var contained) && container.Contains(contained);
            default:
                return false;
        }
    }

    /// <summary>Orders a property value against a constant; null when they are not comparable (no match either way).</summary>
    internal static int? Compare(JsonValue value, PatternLiteral literal)
    {
        var kind = value.GetValueKind();
        switch (literal.Kind)
        {
            case PatternLiteralKind.QuotedString:
                return kind == JsonValueKind.String ? string.CompareOrdinal(value.GetValue<string>(), literal.Text) : null;
            case PatternLiteralKind.WholeNumber:
            case PatternLiteralKind.DecimalNumber:
                return kind == JsonValueKind.Number ? value.GetValue<double>().CompareTo(literal.Number) : null;
            case PatternLiteralKind.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False
                    ? (value.GetValue<bool>() == (literal.Text == "true") ? 0 : value.GetValue<bool>() ? 1 : -1)
                    : null;
            case PatternLiteralKind.Timestamp:
                return kind == JsonValueKind.String && StixTimestamp.TryParse(value.GetValue<string>(), out var t, out _)
                    ? t.Value.CompareTo(StixTimestamp.Parse(literal.Text).Value)
                    : null;
            case PatternLiteralKind.Hex:
            case PatternLiteralKind.Binary:
                if (kind != JsonValueKind.String)
                {
                    return null;
                }

                var bytes = PropertyBytes(value.GetValue<string>());
                return bytes is null ? null : bytes.AsSpan().SequenceCompareTo(literal.Bytes);
            default:
                return null;
        }
    }

    private static byte[]? PropertyBytes(string text)
    {
        // Hash values are hexadecimal strings; binary properties (payload_bin, ...) are base64.
        if (text.Length % 2 == 0 && text.All(char.IsAsciiHexDigit))
        {
            return Convert.FromHexString(text);
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    private bool RegexMatch(string pattern, string input)
    {
        regexes ??= new ConcurrentDictionary<string, Regex>(StringComparer.Ordinal);
        var regex = regexes.GetOrAdd(pattern, p => CreateRegex(p, limits.RegexTimeout));
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The regular expression of a MATCHES (or LIKE) test. The non-backtracking engine runs in time linear in the input
    /// whatever the pattern, so a hostile pattern such as <c>^(.+)+X0$</c> cannot make every later evaluation (of every
    /// organisation's records) spend its timeout; patterns it cannot run (backreferences, lookarounds, atomic groups) are
    /// refused when the pattern is parsed.
    /// </summary>
    /// <exception cref="ArgumentException">The expression does not parse.</exception>
    /// <exception cref="NotSupportedException">The expression needs backtracking.</exception>
    internal static Regex CreateRegex(string pattern, TimeSpan timeout) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, timeout);

    /// <summary>SQL LIKE as an anchored regular expression: <c>%</c> any run, <c>_</c> one character, everything else literal.</summary>
    internal static string LikeToRegex(string like)
    {
        var b = new StringBuilder("^");
        foreach (var c in like)
        {
            b.Append(c switch
            {
                '%' => ".*",
                '_' => ".",
                _ => Regex.Escape(c.ToString(CultureInfo.InvariantCulture)),
            });
        }

        return "(?s)" + b.Append("\\z").ToString();
    }

    private readonly record struct ObjectMatch(List<int>? Objects, HashSet<string>? Types)
    {
        public static ObjectMatch None => default;

        public bool Matched => Objects is { Count: > 0 };

        public static ObjectMatch Union(ObjectMatch a, ObjectMatch b)
        {
            if (!a.Matched)
            {
                return b;
            }

            if (!b.Matched)
            {
                return a;
            }

            return new ObjectMatch(a.Objects!.Union(b.Objects!).ToList(), [.. a.Types!, .. b.Types!]);
        }

        public static ObjectMatch Intersect(ObjectMatch a, ObjectMatch b)
        {
            if (!a.Matched || !b.Matched)
            {
                return None;
            }

            // Same type on both sides: the same object must satisfy both; different types: both present in the observation.
            if (a.Types!.Overlaps(b.Types!))
            {
                var both = a.Objects!.Intersect(b.Objects!).ToList();
                return both.Count == 0 ? None : new ObjectMatch(both, [.. a.Types!.Intersect(b.Types!)]);
            }

            return new ObjectMatch(a.Objects!.Union(b.Objects!).ToList(), [.. a.Types!, .. b.Types!]);
        }
    }

    private sealed class Binding
    {
        private Binding(int[] indices, DateTimeOffset? firstObserved, DateTimeOffset? lastObserved)
        {
            Indices = indices;
            FirstObserved = firstObserved;
            LastObserved = lastObserved;
            Key = string.Join(',', indices);
        }

        public int[] Indices { get; }

        public DateTimeOffset? FirstObserved { get; }

        public DateTimeOffset? LastObserved { get; }

        public string Key { get; }

        public TimeSpan? Span => FirstObserved is { } f && LastObserved is { } l ? l - f : null;

        public static Binding Single(int index, PatternObservation observation) =>
            new([index], observation.FirstObserved, observation.LastObserved);

        public bool IsDisjoint(Binding other) => !Indices.Intersect(other.Indices).Any();

        public Binding Union(Binding other) => new(
            Indices.Concat(other.Indices).Order().ToArray(),
            FirstObserved is { } a && other.FirstObserved is { } b ? (a < b ? a : b) : null,
            LastObserved is { } c && other.LastObserved is { } d ? (c > d ? c : d) : null);
    }
}
