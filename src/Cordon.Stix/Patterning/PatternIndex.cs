using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Patterning;

/// <summary>
/// Finds the patterns (indicators) that match an observation among very many, without evaluating them all. Each
/// pattern is filed under its <see cref="StixPattern.AnchorTerms"/> — equalities of which at least one must hold for
/// the pattern to match — keyed by (object type, property path, value); patterns without anchors are kept in a small
/// list evaluated every time. A lookup resolves, for each indexed (type, path), the record's values, collects the
/// patterns filed under them, and confirms each candidate by full evaluation, so results equal evaluating every
/// pattern. Not thread-safe for writes; concurrent lookups without writes are safe.
/// </summary>
/// <typeparam name="TKey">What identifies a pattern's owner, e.g. the indicator id.</typeparam>
public sealed class PatternIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<(string Type, string Path), PathGroup> groups = [];
    private readonly Dictionary<string, List<(string Type, string Path)>> pathsByType = new(StringComparer.Ordinal);
    private readonly Dictionary<TKey, StixPattern> patterns = [];
    private readonly HashSet<TKey> unanchored = [];

    /// <summary>How many patterns are indexed.</summary>
    public int Count => patterns.Count;

    /// <summary>How many patterns have no anchor and are evaluated on every lookup.</summary>
    public int UnanchoredCount => unanchored.Count;

    /// <summary>Adds (or replaces) the pattern of <paramref name="key"/>.</summary>
    public void Add(TKey key, StixPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Remove(key);
        patterns[key] = pattern;
        if (pattern.AnchorTerms is not { Count: > 0 } anchors)
        {
            unanchored.Add(key);
            return;
        }

        foreach (var term in anchors)
        {
            var groupKey = (term.ObjectType, term.PropertyPath);
            if (!groups.TryGetValue(groupKey, out var group))
            {
                group = new PathGroup(term.Path);
                groups[groupKey] = group;
                if (!pathsByType.TryGetValue(term.ObjectType, out var paths))
                {
                    pathsByType[term.ObjectType] = paths = [];
                }

                paths.Add(groupKey);
            }

            var valueKey = LiteralKey(term.Value);
            if (!group.Keys.TryGetValue(valueKey, out var owners))
            {
                group.Keys[valueKey] = owners = [];
            }

            if (!owners.Contains(key))
            {
                owners.Add(key);
            }
        }
    }

    /// <summary>Removes the pattern of <paramref name="key"/> (e.g. a revoked or expired indicator); false when absent.</summary>
    public bool Remove(TKey key)
    {
        if (!patterns.Remove(key, out var pattern))
        {
            return false;
        }

        if (unanchored.Remove(key))
        {
            return true;
        }

        foreach (var term in pattern.AnchorTerms ?? [])
        {
            if (groups.TryGetValue((term.ObjectType, term.PropertyPath), out var group)
                && group.Keys.TryGetValue(LiteralKey(term.Value), out var owners))
            {
                owners.Remove(key);
                if (owners.Count == 0)
                {
                    group.Keys.Remove(LiteralKey(term.Value));
                }
            }
        }

        return true;
    }

    /// <summary>The keys whose patterns could match (before confirmation): a superset of <see cref="Match(IReadOnlyList{PatternObservation})"/>.</summary>
    public IReadOnlySet<TKey> Candidates(IReadOnlyList<PatternObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var candidates = new HashSet<TKey>(unanchored);
        var keys = new List<string>(4);
        foreach (var observation in observations)
        {
            for (var i = 0; i < observation.Objects.Count; i++)
            {
                if (!pathsByType.TryGetValue(observation.Types[i], out var paths))
                {
                    continue;
                }

                foreach (var groupKey in paths)
                {
                    var group = groups[groupKey];
                    foreach (var value in PatternEvaluator.Resolve(observation.Objects[i], group.Path, observation))
                    {
                        if (value is not JsonValue v)
                        {
                            continue;
                        }

                        keys.Clear();
                        ValueKeys(v, keys);
                        foreach (var k in keys)
                        {
                            if (group.Keys.TryGetValue(k, out var owners))
                            {
                                candidates.UnionWith(owners);
                            }
                        }
                    }
                }
            }
        }

        return candidates;
    }

    /// <summary>The keys whose patterns match the observations (candidates confirmed by full evaluation).</summary>
    public IReadOnlyList<TKey> Match(IReadOnlyList<PatternObservation> observations)
    {
        var matched = new List<TKey>();
        foreach (var key in Candidates(observations))
        {
            if (patterns[key].Matches(observations))
            {
                matched.Add(key);
            }
        }

        return matched;
    }

    /// <summary>The keys whose patterns match one observation of <paramref name="objects"/> seen at <paramref name="observedAt"/>.</summary>
    public IReadOnlyList<TKey> Match(IReadOnlyList<JsonObject> objects, DateTimeOffset? observedAt = null) =>
        Match([new PatternObservation(objects, observedAt)]);

    // A constant and a property value get the same key exactly when the evaluator would call them equal.
    private static string LiteralKey(PatternLiteral literal) => literal.Kind switch
    {
        PatternLiteralKind.QuotedString => "s:" + literal.Text,
        PatternLiteralKind.WholeNumber or PatternLiteralKind.DecimalNumber => "n:" + literal.Number.ToString("R", CultureInfo.InvariantCulture),
        PatternLiteralKind.Boolean => "b:" + literal.Text,
        PatternLiteralKind.Timestamp => "t:" + StixTimestamp.Parse(literal.Text).Value.UtcTicks.ToString(CultureInfo.InvariantCulture),
        _ => "x:" + Convert.ToHexStringLower(literal.Bytes),
    };

    private static void ValueKeys(JsonValue value, List<string> keys)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                keys.Add("s:" + text);
                if (text.Length >= 20 && text[^1] == 'Z' && StixTimestamp.TryParse(text, out var t, out _))
                {
                    keys.Add("t:" + t.Value.UtcTicks.ToString(CultureInfo.InvariantCulture));
                }

                if (text.Length % 2 == 0 && text.Length > 0 && text.All(char.IsAsciiHexDigit))
                {
                    keys.Add("x:" + text.ToLowerInvariant());
                }
                else if (text.Length % 4 == 0 && text.Length > 0)
                {
                    var buffer = new byte[text.Length];
                    if (Convert.TryFromBase64String(text, buffer, out var written))
                    {
                        keys.Add("x:" + Convert.ToHexStringLower(buffer.AsSpan(0, written)));
                    }
                }

                break;
            case JsonValueKind.Number:
                keys.Add("n:" + value.GetValue<double>().ToString("R", CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.True:
                keys.Add("b:true");
                break;
            case JsonValueKind.False:
                keys.Add("b:false");
                break;
        }
    }

    private sealed class PathGroup(ObjectPath path)
    {
        public ObjectPath Path { get; } = path;

        public Dictionary<string, List<TKey>> Keys { get; } = new(StringComparer.Ordinal);
    }
}
