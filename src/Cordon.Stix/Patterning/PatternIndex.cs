using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Patterning;

/// <summary>
/// Finds the patterns (indicators) that match an observation among very many, without evaluating them all. Each
/// pattern is filed under one of its <see cref="StixPattern.AnchorAlternatives"/> — tests of which at least one must
/// hold for the pattern to match: equalities, CIDR containment (<c>ISSUBSET</c>), literal starts/ends of <c>LIKE</c> —
/// keyed by (object type, property path, value). A lookup resolves, for each indexed (type, path), the record's
/// values, collects the patterns filed under them (for CIDRs every enclosing block in use, for LIKE every prefix or
/// suffix length in use), adds the few patterns without any anchor, and confirms each candidate by full evaluation;
/// results therefore equal evaluating every pattern. Not thread-safe for writes; concurrent lookups without writes are
/// safe.
/// </summary>
/// <typeparam name="TKey">What identifies a pattern's owner, e.g. the indicator id.</typeparam>
public sealed class PatternIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<(string Type, string Path, PatternAnchorKind Kind), AnchorGroup> groups = [];
    private readonly Dictionary<string, List<AnchorGroup>> groupsByType = new(StringComparer.Ordinal);
    private readonly Dictionary<TKey, (StixPattern Pattern, IReadOnlyList<PatternAnchor>? Anchors)> patterns = [];
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
        var anchors = ChooseAnchors(pattern);
        patterns[key] = (pattern, anchors);
        if (anchors is null)
        {
            unanchored.Add(key);
            return;
        }

        foreach (var anchor in anchors)
        {
            var group = GroupOf(anchor, create: true)!;
            var (valueKey, length) = AnchorKey(anchor);
            if (!group.Owners.TryGetValue(valueKey, out var owners))
            {
                group.Owners[valueKey] = owners = [];
                group.AddLength(length);
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
        if (!patterns.Remove(key, out var entry))
        {
            return false;
        }

        if (unanchored.Remove(key))
        {
            return true;
        }

        foreach (var anchor in entry.Anchors ?? [])
        {
            var group = GroupOf(anchor, create: false);
            var (valueKey, length) = AnchorKey(anchor);
            if (group is not null && group.Owners.TryGetValue(valueKey, out var owners))
            {
                owners.Remove(key);
                if (owners.Count == 0)
                {
                    group.Owners.Remove(valueKey);
                    group.RemoveLength(length);
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the pattern stored under <paramref name="key"/> has no anchor, so that it is a candidate for every
    /// observation (and full evaluation is all that can rule it out).
    /// </summary>
    public bool IsUnanchored(TKey key) => unanchored.Contains(key);

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
                if (!groupsByType.TryGetValue(observation.Types[i], out var typeGroups))
                {
                    continue;
                }

                foreach (var group in typeGroups)
                {
                    if (group.Owners.Count == 0)
                    {
                        continue;
                    }

                    foreach (var value in PatternEvaluator.Resolve(observation.Objects[i], group.Path, observation))
                    {
                        if (value is not JsonValue v)
                        {
                            continue;
                        }

                        keys.Clear();
                        group.ValueKeys(v, keys);
                        foreach (var k in keys)
                        {
                            if (group.Owners.TryGetValue(k, out var owners))
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
            if (patterns[key].Pattern.Matches(observations))
            {
                matched.Add(key);
            }
        }

        return matched;
    }

    /// <summary>The keys whose patterns match one observation of <paramref name="objects"/> seen at <paramref name="observedAt"/>.</summary>
    public IReadOnlyList<TKey> Match(IReadOnlyList<JsonObject> objects, DateTimeOffset? observedAt = null) =>
        Match([new PatternObservation(objects, observedAt)]);

    private AnchorGroup? GroupOf(PatternAnchor anchor, bool create)
    {
        var groupKey = (anchor.ObjectType, anchor.PropertyPath, anchor.Kind);
        if (groups.TryGetValue(groupKey, out var group) || !create)
        {
            return group;
        }

        group = new AnchorGroup(anchor.Path, anchor.Kind);
        groups[groupKey] = group;
        if (!groupsByType.TryGetValue(anchor.ObjectType, out var list))
        {
            groupsByType[anchor.ObjectType] = list = [];
        }

        list.Add(group);
        return group;
    }

    // The anchor set whose values are rarest in the index so far (ties: the longest values, which are the most specific),
    // so that e.g. "kind = 'email' AND hash = '…'" is filed under the hash, not under the kind every such pattern shares.
    private IReadOnlyList<PatternAnchor>? ChooseAnchors(StixPattern pattern)
    {
        IReadOnlyList<PatternAnchor>? best = null;
        var bestShared = long.MaxValue;
        var bestLength = -1;
        foreach (var alternative in pattern.AnchorAlternatives)
        {
            long shared = 0;
            var length = 0;
            foreach (var anchor in alternative)
            {
                length += anchor.Value.Text.Length;
                if (GroupOf(anchor, create: false) is { } group && group.Owners.TryGetValue(AnchorKey(anchor).Key, out var owners))
                {
                    shared += owners.Count;
                }
            }

            if (shared < bestShared || (shared == bestShared && length > bestLength))
            {
                (best, bestShared, bestLength) = (alternative, shared, length);
            }
        }

        return best;
    }

    // The key an anchor is filed under, and the length lookups must try: the text length for LIKE anchors, the prefix
    // length for CIDR anchors (IPv6 lengths offset by 1000 so that one sorted list serves both families).
    private static (string Key, int Length) AnchorKey(PatternAnchor anchor) => anchor.Kind switch
    {
        PatternAnchorKind.Equal => (LiteralKey(anchor.Value), 0),
        PatternAnchorKind.InsideCidr => IpNetwork.TryParse(anchor.Value.Text, out var network)
            ? ("c:" + network, network.PrefixLength + (network.Family == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 1000 : 0))
            : ("c:invalid", 0),
        _ => ("s:" + anchor.Value.Text, anchor.Value.Text.Length),
    };

    // A constant and a property value get the same key exactly when the evaluator would call them equal.
    private static string LiteralKey(PatternLiteral literal) => literal.Kind switch
    {
        PatternLiteralKind.QuotedString => "s:" + literal.Text,
        PatternLiteralKind.WholeNumber or PatternLiteralKind.DecimalNumber => "n:" + literal.Number.ToString("R", CultureInfo.InvariantCulture),
        PatternLiteralKind.Boolean => "b:" + literal.Text,
        PatternLiteralKind.Timestamp => "t:" + StixTimestamp.Parse(literal.Text).Value.UtcTicks.ToString(CultureInfo.InvariantCulture),
        _ => "x:" + Convert.ToHexStringLower(literal.Bytes),
    };

    private sealed class AnchorGroup(ObjectPath path, PatternAnchorKind kind)
    {
        // How many owner keys use each length, so lookups try only lengths in use.
        private readonly SortedDictionary<int, int> lengths = [];
        private int[] lengthArray = [];

        public ObjectPath Path { get; } = path;

        public PatternAnchorKind Kind { get; } = kind;

        public Dictionary<string, List<TKey>> Owners { get; } = new(StringComparer.Ordinal);

        public void AddLength(int length)
        {
            if (Kind == PatternAnchorKind.Equal)
            {
                return;
            }

            lengths[length] = lengths.GetValueOrDefault(length) + 1;
            lengthArray = [.. lengths.Keys];
        }

        public void RemoveLength(int length)
        {
            if (Kind == PatternAnchorKind.Equal || !lengths.TryGetValue(length, out var count))
            {
                return;
            }

            if (count <= 1)
            {
                lengths.Remove(length);
            }
            else
            {
                lengths[length] = count - 1;
            }

            lengthArray = [.. lengths.Keys];
        }

        public void ValueKeys(JsonValue value, List<string> keys)
        {
            switch (Kind)
            {
                case PatternAnchorKind.Equal:
                    EqualKeys(value, keys);
                    break;
                case PatternAnchorKind.InsideCidr:
                    if (value.GetValueKind() == JsonValueKind.String && IpNetwork.TryParse(value.GetValue<string>(), out var network))
                    {
                        var offset = network.Family == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 1000 : 0;
                        foreach (var length in lengthArray)
                        {
                            var bits = length - offset;
                            if (bits >= 0 && bits <= network.PrefixLength)
                            {
                                keys.Add("c:" + network.Truncate(bits));
                            }
                        }
                    }

                    break;
                case PatternAnchorKind.StartsWith:
                case PatternAnchorKind.EndsWith:
                    if (value.GetValueKind() == JsonValueKind.String)
                    {
                        var text = value.GetValue<string>();
                        foreach (var length in lengthArray)
                        {
                            if (length > text.Length)
                            {
                                break;
                            }

                            keys.Add("s:" + (Kind == PatternAnchorKind.StartsWith ? text[..length] : text[^length..]));
                        }
                    }

                    break;
            }
        }

        private static void EqualKeys(JsonValue value, List<string> keys)
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
    }
}
