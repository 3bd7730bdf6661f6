using System.Globalization;
using Cordon.Core;
using Cordon.Matching.Countries;
using Cordon.Matching.Explanation;
using Cordon.Matching.Features;
using Cordon.Matching.Index;
using Cordon.Matching.Normalisation;
using Cordon.Matching.Scoring;

namespace Cordon.Matching;

/// <summary>
/// The list entries prepared for screening: every name normalised and weighted once, an inverted index from token
/// keys (normalised form, Korean phonetic key, consonant skeleton, 4-letter prefix and suffix, joined adjacent tokens)
/// to names, and exact-identifier tables. A query looks up its own token keys, ranks the names it reaches by a cheap
/// weighted count, and fully scores only the best few, so its cost does not grow with the size of the lists.
/// Immutable and thread-safe once built.
/// </summary>
public sealed class ScreeningIndex
{
    private const float ExactKeyStrength = 1.0f;
    private const float PhoneticKeyStrength = 0.95f;
    private const float SkeletonKeyStrength = 0.8f;
    private const float SpellingKeyStrength = 0.9f;
    private const float AffixKeyStrength = 0.5f;
    private const int AffixLength = 4;
    private const int AffixMinTokenLength = 9;
    private const int DeletionMinLength = 4;
    private const int CommonTokenPostings = 30;
    private const int DeletionMaxLength = 12;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly Matcher _matcher;
    private readonly NamePipeline _pipeline;
    private readonly MatchingOptions _options;
    private readonly IndexedEntity[] _entities;
    private readonly IndexedName[] _names;
    private readonly Dictionary<string, int[]> _postings;
    private readonly Dictionary<string, (int Entity, string Description)[]> _identifiers;
    private readonly TokenWeights _weights;
    private readonly Feature[] _features;
    private readonly byte[] _nameKinds;
    private readonly byte[] _nameLengths;

    internal ScreeningIndex(Matcher matcher, IEnumerable<ListedEntity> entities)
        : this(matcher, Gather(matcher.Pipeline, entities), postings: null)
    {
    }

    /// <summary>
    /// The index over <paramref name="parts"/>' entries and normalised names; the postings are computed unless given
    /// (<see cref="ScreeningIndexSnapshot"/> restores them as they were built). Token weights, identifier tables and name
    /// kinds are always derived here, so a restored index and a built one share every step after normalisation.
    /// </summary>
    internal ScreeningIndex(Matcher matcher, IndexParts parts, Dictionary<string, int[]>? postings)
    {
        _matcher = matcher;
        _pipeline = matcher.Pipeline;
        _options = matcher.Options;
        _features = FeatureTable.Create(_options);
        var names = parts.Names;
        Entities = parts.Entities;
        var identifiers = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
        _entities = new IndexedEntity[parts.Entities.Count];
        for (var e = 0; e < _entities.Length; e++)
        {
            _entities[e] = Prepare(parts.Entities[e]);
            AddIdentifiers(e, parts.Entities[e], identifiers);
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, name, _) in names)
        {
            seen.Clear();
            foreach (var t in name.Tokens)
            {
                if (seen.Add(t.FrequencyKey))
                {
                    frequency[t.FrequencyKey] = frequency.GetValueOrDefault(t.FrequencyKey) + 1;
                }
            }
        }

        _weights = new TokenWeights(frequency, names.Count, _options);
        _names = new IndexedName[names.Count];
        for (var n = 0; n < names.Count; n++)
        {
            var (e, name, source) = names[n];
            _names[n] = new IndexedName(e, name, _weights.Of(name, _entities[e].Entity.Type == EntityType.Individual), source);
        }

        _postings = postings ?? Postings(_names, _entities);
        _nameLengths = [.. _names.Select(n => (byte)Math.Min(n.Name.Tokens.Length, 255))];
        _nameKinds = new byte[_names.Length];
        for (var n = 0; n < _names.Length; n++)
        {
            foreach (var kind in Enum.GetValues<SubjectKind>())
            {
                if (KindMatches(kind, _entities[_names[n].Entity]))
                {
                    _nameKinds[n] |= (byte)(1 << (int)kind);
                }
            }
        }

        _identifiers = identifiers.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Number of list entries indexed.</summary>
    public int EntityCount => _entities.Length;

    /// <summary>Number of names indexed (primary names, aliases and derived acronyms).</summary>
    public int NameCount => _names.Length;

    /// <summary>The matcher (algorithm and options) this index was built with.</summary>
    public Matcher Matcher => _matcher;

    /// <summary>The list entries indexed, in the order they were given.</summary>
    public IReadOnlyList<ListedEntity> Entities { get; }

    /// <summary>The normalised names in index order, with the entry each belongs to (for <see cref="ScreeningIndexSnapshot"/>).</summary>
    internal IEnumerable<(int Entity, NormalisedName Name, NameSource Source)> IndexedNames => _names.Select(n => (n.Entity, n.Name, n.Source));

    /// <summary>The inverted index from token key to name positions (for <see cref="ScreeningIndexSnapshot"/>).</summary>
    internal IReadOnlyDictionary<string, int[]> PostingLists => _postings;

    /// <summary>
    /// Screens one subject: the entries scoring at or above <paramref name="threshold"/>, best first, at most
    /// <paramref name="limit"/>, each with its explanation.
    /// </summary>
    /// <param name="subject">Who or what is screened.</param>
    /// <param name="limit">Most matches to return.</param>
    /// <param name="threshold">Lowest score to return; null for <see cref="Matching.Matcher.DefaultThreshold"/>.</param>
    public IReadOnlyList<ScreeningMatch> Screen(ScreeningSubject subject, int limit = 5, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var cut = threshold ?? _options.Threshold;
        if (limit <= 0)
        {
            return [];
        }

        var query = Parse(subject);
        var results = new List<(double Score, int Entity, int Name, string? Identifier)>();
        var idHits = FindIdentifiers(subject);

        // Best strong-name and best weak-alias candidate per entry: a weak alias may be capped, so it must not hide a
        // slightly lower strong name.
        var best = new Dictionary<int, (double Strong, int StrongName, double Weak, int WeakName)>();
        foreach (var n in Candidates(query))
        {
            var name = _names[n];
            var entity = _entities[name.Entity];
            var score = _pipeline.Score(query.Name, query.Weights, name.Name, name.Weights, _options,
                IsPerson(subject.Kind, entity), IsCraft(subject.Kind, entity), null, null);
            if (score <= 0)
            {
                continue;
            }

            var current = best.TryGetValue(name.Entity, out var b) ? b : (0.0, -1, 0.0, -1);
            if (name.Source == NameSource.WeakAlias)
            {
                if (score > current.Item3)
                {
                    current = (current.Item1, current.Item2, score, n);
                }
            }
            else if (score > current.Item1)
            {
                current = (score, n, current.Item3, current.Item4);
            }

            best[name.Entity] = current;
        }

        foreach (var (e, b) in best)
        {
            var id = idHits?.GetValueOrDefault(e);
            var strong = b.StrongName >= 0 ? Evaluate(query, e, b.StrongName, b.Strong, id, explain: false, out _) : -1;
            var weak = b.WeakName >= 0 ? Evaluate(query, e, b.WeakName, b.Weak, id, explain: false, out _) : -1;
            var (score, nameId) = strong >= weak ? (strong, b.StrongName) : (weak, b.WeakName);
            if (score >= cut)
            {
                results.Add((score, e, nameId, id));
            }
        }

        if (idHits is not null)
        {
            foreach (var (e, description) in idHits)
            {
                if (!best.ContainsKey(e) && KindMatches(subject.Kind, _entities[e]))
                {
                    var score = Evaluate(query, e, -1, 0, description, explain: false, out _);
                    if (score >= cut)
                    {
                        results.Add((score, e, -1, description));
                    }
                }
            }
        }

        results.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Entity.CompareTo(b.Entity));
        var matches = new List<ScreeningMatch>(Math.Min(limit, results.Count));
        foreach (var r in results.Take(limit))
        {
            var score = Evaluate(query, r.Entity, r.Name, -1, r.Identifier, explain: true, out var explanation);
            matches.Add(new ScreeningMatch(_entities[r.Entity].Entity, score, explanation!.MatchedName, explanation));
        }

        return matches;
    }

    /// <summary>Scores an entry against the query through the feature table; with <paramref name="explain"/> also builds the explanation.</summary>
    private double Evaluate(ParsedSubject query, int e, int nameId, double nameScore, string? identifier, bool explain, out MatchExplanation? explanation)
    {
        var entity = _entities[e];
        var name = nameId >= 0 ? _names[nameId] : null;
        List<TokenAlignment>? tokens = explain ? [] : null;
        if (name is not null && (explain || nameScore < 0))
        {
            nameScore = _pipeline.Score(query.Name, query.Weights, name.Name, name.Weights, _options,
                IsPerson(query.Subject.Kind, entity), IsCraft(query.Subject.Kind, entity), tokens, null);
        }

        var input = new FeatureInput
        {
            Query = query,
            Entity = entity,
            Name = name,
            NameScore = name is null ? 0 : nameScore,
            Options = _options,
            Explain = explain,
            IdentifierMatch = identifier,
        };
        List<FeatureContribution>? contributions = explain ? [] : null;
        foreach (var feature in _features)
        {
            var outcome = feature.Evaluate(input);
            if (!outcome.Applied)
            {
                continue;
            }

            input.ScoreSoFar += outcome.Points;
            contributions?.Add(new FeatureContribution(feature.Descriptor.Name, Math.Round(outcome.Points, 4), outcome.Reason ?? string.Empty));
        }

        var score = Math.Clamp(input.ScoreSoFar, 0, 1);
        explanation = explain
            ? new MatchExplanation(
                _matcher.Algorithm,
                query.Subject.Name,
                name?.Name.Original ?? entity.Entity.PrimaryName,
                name?.SourceLabel ?? "identifier",
                name?.Source == NameSource.WeakAlias,
                Math.Round(input.NameScore, 4),
                tokens!,
                contributions!,
                Math.Round(score, 4))
            : null;
        return score;
    }

    private ParsedSubject Parse(ScreeningSubject subject)
    {
        var name = _pipeline.Normalise(subject.Name ?? string.Empty);
        var weights = _weights.Of(name, subject.Kind == SubjectKind.Person);
        return new ParsedSubject(subject, name, weights, Country(subject.Nationality), Gender(subject.Gender));
    }

    private static IndexParts Gather(NamePipeline pipeline, IEnumerable<ListedEntity> entities)
    {
        var entityList = new List<ListedEntity>();
        var names = new List<(int Entity, NormalisedName Name, NameSource Source)>();
        foreach (var entity in entities)
        {
            AddNames(pipeline, entityList.Count, entity, names);
            entityList.Add(entity);
        }

        return new IndexParts(entityList, names);
    }

    private static Dictionary<string, int[]> Postings(IndexedName[] names, IndexedEntity[] entities)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n].Name;
            var person = entities[names[n].Entity].Entity.Type == EntityType.Individual;
            foreach (var t in name.Tokens)
            {
                if (t.Class == TokenClass.LegalForm && !person)
                {
                    continue;
                }

                foreach (var (key, _) in Keys(t, forQuery: false, t.Class == TokenClass.Distinctive || person))
                {
                    Post(postings, key, n);
                }
            }

            foreach (var pair in name.Pairs.Concat(name.Triples).OfType<NameToken>())
            {
                foreach (var (key, _) in PairKeys(pair))
                {
                    Post(postings, key, n);
                }
            }
        }

        return postings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private List<int> Candidates(ParsedSubject query)
    {
        var scratch = t_scratch ??= new Scratch();
        scratch.Begin(_names.Length);
        var tokens = query.Name.Tokens;
        var nq = Math.Min(tokens.Length, NameScorer.MaxTokens);
        var hasNonLegal = false;
        for (var i = 0; i < nq; i++)
        {
            hasNonLegal |= tokens[i].Class != TokenClass.LegalForm;
        }

        var person = query.Subject.Kind == SubjectKind.Person;
        for (var i = 0; i < nq; i++)
        {
            var t = tokens[i];
            if (t.Class == TokenClass.LegalForm && hasNonLegal && !person)
            {
                continue;
            }

            // A token that many listed names spell exactly is no typo: its typo neighbourhood would only add noise.
            var tolerant = !_postings.TryGetValue("f" + t.Forms[0], out var exact) || exact.Length < CommonTokenPostings;
            var marker = scratch.NextMarker();
            foreach (var (key, strength) in Keys(t, forQuery: true, t.Class == TokenClass.Distinctive || person, tolerant))
            {
                Accumulate(scratch, key, query.Weights[i] * strength, marker, query.Subject.Kind);
            }
        }

        for (var len = 2; len <= NormalisedName.MaxRun; len++)
        {
            for (var i = 0; i + len <= nq; i++)
            {
                var marker = scratch.NextMarker();
                var w = 0f;
                for (var k = 0; k < len; k++)
                {
                    w += query.Weights[i + k];
                }

                if (query.Name.Run(i, len) is not { } run)
                {
                    continue;
                }

                foreach (var (key, strength) in PairKeys(run))
                {
                    Accumulate(scratch, key, w * strength, marker, query.Subject.Kind);
                }
            }
        }

        return scratch.Top(_options.MaxCandidates, _nameLengths);
    }

    private void Accumulate(Scratch scratch, string key, float points, int marker, SubjectKind kind)
    {
        if (!_postings.TryGetValue(key, out var ids))
        {
            return;
        }

        var kindBit = 1 << (int)kind;
        foreach (var n in ids)
        {
            if (scratch.Marker[n] == marker)
            {
                continue;
            }

            if ((_nameKinds[n] & kindBit) == 0)
            {
                continue;
            }

            scratch.Add(n, points, marker);
        }
    }

    private static IEnumerable<(string Key, float Strength)> Keys(NameToken t, bool forQuery, bool distinctive, bool tolerant = true)
    {
        foreach (var form in t.Forms)
        {
            yield return ("f" + form, ExactKeyStrength);
        }

        foreach (var key in t.Keys)
        {
            if (key is not null)
            {
                yield return ("k" + key, PhoneticKeyStrength);
            }
        }

        if (!distinctive)
        {
            yield break;
        }

        foreach (var key in t.GeneralKeys)
        {
            if (key is not null)
            {
                yield return ("g" + key, SpellingKeyStrength);
            }
        }

        if (!tolerant)
        {
            yield break;
        }

        if (t.Skeleton.Length >= 2 && (!forQuery || t.Script == Transliteration.Script.Arabic))
        {
            yield return ("s" + t.Skeleton, SkeletonKeyStrength);
        }

        var f = t.Forms[0];
        if (f.Length >= AffixMinTokenLength)
        {
            yield return ("p" + f[..AffixLength], AffixKeyStrength);
            yield return ("x" + f[^AffixLength..], AffixKeyStrength);
        }

        // One-deletion neighbourhood: two tokens one edit apart share a key (Chol/Cohl share "col", Song/Snog "sng").
        if (t.Script is not (Transliteration.Script.Han or Transliteration.Script.Hangul) && f.Length >= DeletionMinLength && f.Length <= DeletionMaxLength)
        {
            yield return ("d" + f, AffixKeyStrength);
            for (var k = 0; k < f.Length; k++)
            {
                yield return ("d" + string.Concat(f.AsSpan(0, k), f.AsSpan(k + 1)), AffixKeyStrength);
            }
        }
    }

    private static IEnumerable<(string Key, float Strength)> PairKeys(NameToken pair)
    {
        foreach (var form in pair.Forms)
        {
            yield return ("f" + form, ExactKeyStrength);
        }

        foreach (var key in pair.Keys)
        {
            if (key is not null)
            {
                yield return ("k" + key, PhoneticKeyStrength);
            }
        }
    }

    private static void Post(Dictionary<string, List<int>> postings, string key, int n)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = new List<int>(1);
        }

        if (list.Count == 0 || list[^1] != n)
        {
            list.Add(n);
        }
    }

    private Dictionary<int, string>? FindIdentifiers(ScreeningSubject subject)
    {
        Dictionary<int, string>? hits = null;
        void Look(string? key, string what)
        {
            if (key is null || !_identifiers.TryGetValue(key, out var found))
            {
                return;
            }

            hits ??= [];
            foreach (var (e, description) in found)
            {
                hits.TryAdd(e, $"{what} matches the entry's {description}");
            }
        }

        foreach (var d in subject.DocumentNumbers)
        {
            Look(Identifiers.Document(d), $"document number {d}");
        }

        foreach (var m in subject.EmailAddresses)
        {
            Look(Identifiers.Email(m), $"e-mail {m}");
        }

        foreach (var w in subject.Websites)
        {
            Look(Identifiers.Website(w), $"website {w}");
        }

        foreach (var a in subject.WalletAddresses)
        {
            Look(Identifiers.Wallet(a), $"wallet address {a}");
        }

        return hits;
    }

    private static void AddNames(NamePipeline pipeline, int e, ListedEntity entity, List<(int, NormalisedName, NameSource)> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var strongNames = new List<NormalisedName>();
        void Add(string raw, NameSource source)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                return;
            }

            var name = pipeline.Normalise(raw);
            if (name.Tokens.Length == 0)
            {
                return;
            }

            // The same name written twice (case, punctuation) is indexed once, as its strongest source.
            var signature = string.Join(' ', name.Tokens.Select(t => t.Forms[0]));
            if (!seen.Add(signature))
            {
                return;
            }

            names.Add((e, name, source));
            if (source != NameSource.WeakAlias)
            {
                strongNames.Add(name);
            }
        }

        Add(entity.PrimaryName, NameSource.Primary);
        foreach (var alias in entity.Aliases)
        {
            if (alias.Strength == AliasStrength.Strong)
            {
                Add(alias.Name, NameSource.Alias);
            }
        }

        if (pipeline.IsV2)
        {
            // v2 drops a bracketed acronym ("Global Relief Foundation (GRF)") and a name marked f.k.a. from the name; the
            // list wrote them, so they are aliases.
            foreach (var raw in entity.Aliases.Where(a => a.Strength == AliasStrength.Strong).Select(a => a.Name).Prepend(entity.PrimaryName).ToList())
            {
                var text = NameNormaliserV2.WithoutEmbeddedName(raw ?? string.Empty, out var other);
                NameNormaliserV2.WithoutBracketedAcronym(text, out var acronym);
                if (other is not null)
                {
                    Add(other, NameSource.Alias);
                }

                if (acronym is not null)
                {
                    Add(acronym, NameSource.Alias);
                }
            }
        }

        foreach (var alias in entity.Aliases)
        {
            if (alias.Strength == AliasStrength.Weak)
            {
                Add(alias.Name, NameSource.WeakAlias);
            }
        }

        if (entity.Type == EntityType.Individual)
        {
            return;
        }

        foreach (var name in strongNames.ToList())
        {
            foreach (var acronym in Acronyms(name))
            {
                Add(acronym, NameSource.DerivedAcronym);
            }
        }
    }

    /// <summary>
    /// Acronyms of a multi-word organisation name: initials of every word but function words, and of the words before the
    /// legal form (Korea Kwangson Banking Corp → KKBC and KKB; Foreign Trade Bank → FTB).
    /// </summary>
    private static IEnumerable<string> Acronyms(NormalisedName name)
    {
        var words = name.Tokens.Where(t => t.Script == Transliteration.Script.Latin && !Vocabulary.IsFunctionWord(t.Forms[0])).ToList();
        if (words.Count < 3 || name.Tokens.Any(t => t.Script != Transliteration.Script.Latin))
        {
            yield break;
        }

        var all = string.Concat(words.Select(t => t.Forms[0][0]));
        yield return all;
        var withoutLegal = string.Concat(words.Where(t => !Vocabulary.IsLegalForm(t.Forms[0])).Select(t => t.Forms[0][0]));
        if (withoutLegal.Length >= 3 && withoutLegal != all)
        {
            yield return withoutLegal;
        }
    }

    private static void AddIdentifiers(int e, ListedEntity entity, Dictionary<string, List<(int, string)>> identifiers)
    {
        void Add(string? key, string description)
        {
            if (key is null)
            {
                return;
            }

            if (!identifiers.TryGetValue(key, out var list))
            {
                identifiers[key] = list = [];
            }

            if (!list.Exists(x => x.Item1 == e))
            {
                list.Add((e, description));
            }
        }

        foreach (var d in entity.Documents)
        {
            Add(Identifiers.Document(d.Number), $"{d.Type} {d.Number}");
        }

        foreach (var m in entity.EmailAddresses)
        {
            Add(Identifiers.Email(m), $"e-mail address {m}");
        }

        foreach (var w in entity.Websites)
        {
            Add(Identifiers.Website(w), $"website {w}");
        }

        foreach (var a in entity.DigitalCurrencyAddresses)
        {
            Add(Identifiers.Wallet(a.Address), $"{a.Currency} address {a.Address}");
        }
    }

    private static IndexedEntity Prepare(ListedEntity entity)
    {
        var countries = entity.Nationalities.Concat(entity.Citizenships)
            .Select(Country)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new IndexedEntity(entity, countries, Gender(entity.Gender));
    }

    private static string? Country(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : CountryNormaliser.ToIso2(text) ?? text.Trim().ToUpperInvariant();

    internal static string? Gender(string? text)
    {
        var g = text?.Trim().ToLowerInvariant();
        return g switch
        {
            "m" or "male" or "man" => "male",
            "f" or "female" or "woman" => "female",
            _ => null,
        };
    }

    private static bool KindMatches(SubjectKind kind, IndexedEntity entity) =>
        KindMatches(kind, entity.Entity.Type) || (!entity.TypeStated && kind is SubjectKind.Person or SubjectKind.Organization);

    internal static bool KindMatches(SubjectKind kind, EntityType type) => kind switch
    {
        SubjectKind.Person => type == EntityType.Individual,
        SubjectKind.Organization => type == EntityType.Entity,
        SubjectKind.Vessel => type == EntityType.Vessel,
        SubjectKind.Aircraft => type == EntityType.Aircraft,
        _ => true,
    };

    private static bool IsCraft(SubjectKind kind, IndexedEntity entity) =>
        kind is SubjectKind.Vessel or SubjectKind.Aircraft || entity.Entity.Type is EntityType.Vessel or EntityType.Aircraft;

    private static bool IsPerson(SubjectKind kind, IndexedEntity entity) =>
        kind == SubjectKind.Person || entity.Entity.Type == EntityType.Individual;

    /// <summary>Per-thread buffers for candidate accumulation, reused across queries so that a query allocates little.</summary>
    private sealed class Scratch
    {
        private int _marker;

        public float[] Score { get; private set; } = [];

        public int[] Marker { get; private set; } = [];

        public int[] Seen { get; private set; } = [];

        public List<int> Touched { get; } = new(256);

        private int _query;

        public void Begin(int size)
        {
            if (Score.Length < size)
            {
                Score = new float[size];
                Marker = new int[size];
                Seen = new int[size];
                _marker = 0;
                _query = 0;
            }

            if (_marker > int.MaxValue - 10_000 || _query == int.MaxValue)
            {
                Array.Clear(Marker);
                Array.Clear(Seen);
                _marker = 0;
                _query = 0;
            }

            _query++;
            Touched.Clear();
        }

        public int NextMarker() => ++_marker;

        public void Add(int n, float points, int marker)
        {
            Marker[n] = marker;
            if (Seen[n] != _query)
            {
                Seen[n] = _query;
                Score[n] = 0;
                Touched.Add(n);
            }

            Score[n] += points;
        }

        /// <summary>
        /// The <paramref name="k"/> best names by cheap score; among equals, shorter names first (a name that the query
        /// covers whole is likelier the match than a longer one sharing the same words).
        /// </summary>
        public List<int> Top(int k, byte[] lengths)
        {
            if (Touched.Count <= k)
            {
                return [.. Touched];
            }

            var heap = new PriorityQueue<int, float>(k + 1);
            foreach (var n in Touched)
            {
                var s = Score[n] - (0.001f * lengths[n]);
                if (heap.Count < k)
                {
                    heap.Enqueue(n, s);
                }
                else if (heap.TryPeek(out _, out var min) && s > min)
                {
                    heap.DequeueEnqueue(n, s);
                }
            }

            var top = new List<int>(heap.Count);
            while (heap.TryDequeue(out var n, out _))
            {
                top.Add(n);
            }

            return top;
        }
    }
}
