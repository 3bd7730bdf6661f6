using System.Globalization;
using System.Numerics;
using System.Text;
using Cordon.Risk;

namespace Cordon.Networks;

/// <summary>
/// Links records into groups run by one party. Exact values are indexed in hash maps from value to records; images in a
/// multi-index over hash chunks (pigeonhole: within distance d, one of d+1 chunks is equal); résumés in MinHash LSH bands.
/// Strong links always join records. Medium links join a record to a group, or two single records, but two groups that
/// each hold together by strong links are joined only when medium values of two different kinds connect them (a shared
/// parcel forwarder, a VPN exit used the same day or a résumé template alone does not make two teams one), and a single
/// record that links by one kind of value to several such groups joins none of them (it would only bridge them).
/// A value held by more than <see cref="NetworkLinkerOptions.DocumentFrequencyLimit"/> records links nothing; when a
/// value crosses that limit the components are recomputed from the index, so incremental linking always equals a full
/// build. Not thread-safe.
/// </summary>
public sealed class NetworkLinker
{
    private readonly NetworkLinkerOptions options;
    private readonly List<RecordKeys> records = [];
    private readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostingList> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Chunk, ulong Bits), List<(int Record, int Image)>> imageIndex = [];
    private readonly Dictionary<ulong, List<int>> resumeIndex = [];
    private readonly List<FuzzyEdge> fuzzyEdges = [];
    private readonly List<FuzzyEdge> resumeEdges = [];
    private readonly Dictionary<ulong, int> shingleFrequency = [];
    private bool resumeEdgesStale;
    private readonly UnionFind sets = new();
    private readonly UnionFind strongSets = new();
    private readonly Dictionary<int, List<FuzzyEdge>> adjacency = [];

    /// <summary>Creates an empty linker.</summary>
    /// <param name="options">Options; defaults when null.</param>
    public NetworkLinker(NetworkLinkerOptions? options = null)
    {
        this.options = options ?? NetworkLinkerOptions.Default;
        if (this.options.MaxImageHammingDistance is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxImageHammingDistance must be between 0 and 15.");
        }
    }

    /// <summary>The number of records linked.</summary>
    public int Count => records.Count;

    /// <summary>True when a record with this id has been linked.</summary>
    /// <param name="id">The record id.</param>
    /// <returns>Whether it is known.</returns>
    public bool Contains(string id) => indexById.ContainsKey(id);

    /// <summary>How many full recomputations of the components happened because a value crossed the frequency limit.</summary>
    public int Recomputations { get; private set; }

    /// <summary>Builds a linker over many records at once: indexes everything, then forms components in one pass.</summary>
    /// <param name="records">The records; ids must be distinct.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <returns>The linker.</returns>
    public static NetworkLinker Build(IEnumerable<ApplicationRecord> records, NetworkLinkerOptions? options = null)
    {
        var linker = new NetworkLinker(options);
        // Extraction is pure and the costly part of indexing (phone parsing, shingling, MinHash): it runs on every core,
        // in input order, while indexing stays sequential.
        foreach (var keys in records.AsParallel().AsOrdered().Select(r => LinkKeyExtractor.Extract(r, linker.options)))
        {
            linker.Index(keys, linkNow: false);
        }

        linker.RecomputeComponents();
        linker.Recomputations = 0;
        return linker;
    }

    /// <summary>Builds a linker over records whose keys were already extracted (with the same options).</summary>
    /// <param name="keys">The records' keys; ids must be distinct.</param>
    /// <param name="options">Options; defaults when null. They must be those the keys were extracted with.</param>
    /// <returns>The linker.</returns>
    public static NetworkLinker Build(IEnumerable<RecordKeys> keys, NetworkLinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var linker = new NetworkLinker(options);
        foreach (var record in keys)
        {
            linker.Index(record, linkNow: false);
        }

        linker.RecomputeComponents();
        linker.Recomputations = 0;
        return linker;
    }

    /// <summary>Links one new record, whose keys were already extracted with this linker's options, into the existing groups.</summary>
    /// <param name="keys">The record's keys; its id must be new.</param>
    /// <returns>The group the record now belongs to, or null when it is linked to nothing.</returns>
    public NetworkGroup? Add(RecordKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var index = Index(keys, linkNow: true);
        return GroupOf(records[index].Id);
    }

    /// <summary>Links one new record into the existing groups.</summary>
    /// <param name="record">The record; its id must be new.</param>
    /// <returns>The group the record now belongs to, or null when it is linked to nothing.</returns>
    public NetworkGroup? Add(ApplicationRecord record)
    {
        var index = Index(LinkKeyExtractor.Extract(record, options), linkNow: true);
        return GroupOf(records[index].Id);
    }

    /// <summary>The group of a record.</summary>
    /// <param name="id">The record id.</param>
    /// <returns>The group, or null when the record is unknown or linked to nothing.</returns>
    public NetworkGroup? GroupOf(string id)
    {
        if (!indexById.TryGetValue(id, out var index))
        {
            return null;
        }

        var root = sets.Find(index);
        var members = sets.Members(index).ToList();
        return members.Count < 2 ? null : Describe(members, LinksOf(members, root));
    }

    /// <summary>Every group with more than one member, ordered by id.</summary>
    /// <returns>The groups.</returns>
    public IReadOnlyList<NetworkGroup> Groups()
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (var i = 0; i < records.Count; i++)
        {
            var root = sets.Find(i);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = [];
            }

            list.Add(i);
        }

        var links = LinksByRoot();
        return [.. byRoot.Where(g => g.Value.Count > 1)
            .Select(g => Describe(g.Value, links.TryGetValue(g.Key, out var l) ? l : []))
            .OrderBy(g => g.Id, StringComparer.Ordinal)];
    }

    /// <summary>A map from every record id to its group key (the smallest member id of its component; its own id when alone).</summary>
    /// <returns>The assignment.</returns>
    public IReadOnlyDictionary<string, string> Assignment()
    {
        var smallest = new Dictionary<int, string>();
        for (var i = 0; i < records.Count; i++)
        {
            var root = sets.Find(i);
            if (!smallest.TryGetValue(root, out var current) || string.CompareOrdinal(records[i].Id, current) < 0)
            {
                smallest[root] = records[i].Id;
            }
        }

        var result = new Dictionary<string, string>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            result[records[i].Id] = smallest[sets.Find(i)];
        }

        return result;
    }

    /// <summary>
    /// Laptop-farm view: equipment addresses receiving equipment for several distinct identities, and IPs used by the
    /// devices of several distinct identities (only IPs the caller says are residential, when a test is given).
    /// Values above the frequency limit are left out like everywhere else.
    /// </summary>
    /// <param name="minIdentities">Smallest number of distinct records to report. Default 2.</param>
    /// <param name="isResidentialIp">Tells residential IPs from hosting, VPN and mobile ones; every IP counts when null.</param>
    /// <returns>The shared addresses and IPs, most identities first.</returns>
    public IReadOnlyList<SharedResource> LaptopFarmView(int minIdentities = 2, Func<string, bool>? isResidentialIp = null)
    {
        var result = new List<SharedResource>();
        foreach (var (key, list) in postings)
        {
            if (list.Saturated || list.DistinctRecords < minIdentities || !key.StartsWith(LinkKinds.Address + "\u001f", StringComparison.Ordinal))
            {
                continue;
            }

            var receivers = list.Items.Where(p => p.Kind == LinkKinds.EquipmentAddress).Select(p => records[p.Record].Id).Distinct().ToList();
            if (receivers.Count >= minIdentities)
            {
                receivers.Sort(StringComparer.Ordinal);
                result.Add(new SharedResource(LinkKinds.EquipmentAddress, key[(LinkKinds.Address.Length + 1)..], receivers));
            }
        }

        var byIp = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var ip in record.Ips)
            {
                if (!byIp.TryGetValue(ip, out var list))
                {
                    byIp[ip] = list = [];
                }

                list.Add(record.Id);
            }
        }

        foreach (var (ip, ids) in byIp)
        {
            if (ids.Count >= minIdentities && ids.Count <= options.DocumentFrequencyLimit && (isResidentialIp is null || isResidentialIp(ip)))
            {
                ids.Sort(StringComparer.Ordinal);
                result.Add(new SharedResource("residential_ip", ip, ids));
            }
        }

        return [.. result.OrderByDescending(r => r.Records.Count).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Value, StringComparer.Ordinal)];
    }

    /// <summary>The stable id of a group with the given smallest member id.</summary>
    /// <param name="smallestMemberId">The ordinally smallest member id.</param>
    /// <returns><c>net-</c> and 16 hex digits.</returns>
    public static string GroupId(string smallestMemberId) =>
        "net-" + MinHasher.Fnv(smallestMemberId).ToString("x16", CultureInfo.InvariantCulture);

    private int Index(RecordKeys keys, bool linkNow)
    {
        if (indexById.ContainsKey(keys.Id))
        {
            throw new ArgumentException("A record with id '" + keys.Id + "' is already linked.", nameof(keys));
        }

        var index = records.Count;
        records.Add(keys);
        indexById[keys.Id] = index;
        sets.AddOne();
        strongSets.AddOne();
        var recompute = false;
        foreach (var key in keys.Keys)
        {
            var matchKey = key.MatchKey;
            if (!postings.TryGetValue(matchKey, out var list))
            {
                postings[matchKey] = list = new PostingList();
            }

            var posting = new Posting(index, key.Kind, key.Strength);
            if (list.Add(posting, options.LimitFor(key.Space)))
            {
                recompute = true;
            }
            else if (linkNow && !list.Saturated)
            {
                foreach (var other in list.Items)
                {
                    if (other.Record != index && PairStrength(posting, other) == LinkStrength.Strong)
                    {
                        strongSets.Union(index, other.Record);
                    }
                }
            }
        }

        LinkImages(index, keys, linkNow);
        LinkResume(index, keys, linkNow);
        if (linkNow)
        {
            if (recompute || resumeEdgesStale)
            {
                RecomputeComponents();
            }
            else
            {
                RelinkAround(index);
            }
        }

        return index;
    }

    private void LinkImages(int index, RecordKeys keys, bool linkNow)
    {
        var d = options.MaxImageHammingDistance;
        var chunks = d + 1;
        for (var m = 0; m < keys.Images.Count; m++)
        {
            var image = keys.Images[m];
            var checkedPairs = new HashSet<(int, int)>();
            for (var c = 0; c < chunks; c++)
            {
                var bucket = (c, Chunk(image.Hash, c, chunks));
                if (!imageIndex.TryGetValue(bucket, out var list))
                {
                    imageIndex[bucket] = list = [];
                }

                foreach (var (record, other) in list)
                {
                    if (record == index || !checkedPairs.Add((record, other)))
                    {
                        continue;
                    }

                    var otherImage = records[record].Images[other];
                    var distance = BitOperations.PopCount(image.Hash ^ otherImage.Hash);
                    if (distance <= d)
                    {
                        var kind = image.Kind == LinkKinds.Photo && otherImage.Kind == LinkKinds.Photo ? LinkKinds.Photo : LinkKinds.DocumentImage;
                        var edge = new FuzzyEdge(record, index, kind, string.Create(CultureInfo.InvariantCulture, $"{otherImage.Hex}~{image.Hex} (distance {distance})"));
                        fuzzyEdges.Add(edge);
                        AddAdjacency(edge);
                        if (linkNow)
                        {
                            strongSets.Union(index, record);
                        }
                    }
                }

                list.Add((index, m));
            }
        }
    }

    private void LinkResume(int index, RecordKeys keys, bool linkNow)
    {
        if (keys.Resume is null)
        {
            return;
        }

        foreach (var shingle in keys.Resume.Shingles)
        {
            var df = shingleFrequency.GetValueOrDefault(shingle) + 1;
            shingleFrequency[shingle] = df;
            if (df == options.DocumentFrequencyLimit + 1)
            {
                resumeEdgesStale = true;
            }
        }

        if (keys.Resume.Shingles.Count < options.MinResumeShingles)
        {
            return;
        }

        var candidates = new SortedSet<int>();
        foreach (var band in MinHasher.BandKeys(keys.Resume))
        {
            if (!resumeIndex.TryGetValue(band, out var list))
            {
                resumeIndex[band] = list = [];
            }

            // A band shared by more résumés than the frequency limit is a template, like any common value: it proposes
            // no candidates (and never an all-pairs comparison). Crossing the limit changes earlier candidates, so it
            // makes the résumé edges stale, as a common shingle does.
            if (list.Count < options.DocumentFrequencyLimit)
            {
                foreach (var other in list)
                {
                    candidates.Add(other);
                }
            }
            else if (list.Count == options.DocumentFrequencyLimit)
            {
                resumeEdgesStale = true;
            }

            list.Add(index);
        }

        if (!linkNow || resumeEdgesStale)
        {
            return;
        }

        foreach (var other in candidates)
        {
            if (TryResumeEdge(other, index) is { } edge)
            {
                resumeEdges.Add(edge);
                AddAdjacency(edge);
            }
        }
    }

    /// <summary>
    /// Compares two résumés on their distinctive shingles only: shingles found in more than the frequency limit of
    /// résumés (stock phrases, shared templates) are left out, like every other common value.
    /// </summary>
    private FuzzyEdge? TryResumeEdge(int a, int b)
    {
        var x = records[a].Resume!.Shingles;
        var y = records[b].Resume!.Shingles;
        var limit = options.DocumentFrequencyLimit;
        int i = 0, j = 0, common = 0, union = 0;
        while (i < x.Count || j < y.Count)
        {
            ulong value;
            bool both = false;
            if (j >= y.Count || (i < x.Count && x[i] < y[j]))
            {
                value = x[i++];
            }
            else if (i >= x.Count || y[j] < x[i])
            {
                value = y[j++];
            }
            else
            {
                value = x[i];
                i++;
                j++;
                both = true;
            }

            if (shingleFrequency.GetValueOrDefault(value) > limit)
            {
                continue;
            }

            union++;
            if (both)
            {
                common++;
            }
        }

        if (common < options.MinResumeDistinctiveShared || union == 0)
        {
            return null;
        }

        var similarity = (double)common / union;
        return similarity >= options.ResumeSimilarity
            ? new FuzzyEdge(a, b, LinkKinds.Resume, string.Create(CultureInfo.InvariantCulture, $"{common} distinctive shingles shared, jaccard {similarity:0.00}"))
            : null;
    }

    private void RecomputeResumeEdges()
    {
        resumeEdges.Clear();
        var done = new HashSet<(int, int)>();
        foreach (var list in resumeIndex.Values)
        {
            if (list.Count > options.DocumentFrequencyLimit)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (done.Add((list[i], list[j])) && TryResumeEdge(list[i], list[j]) is { } edge)
                    {
                        resumeEdges.Add(edge);
                    }
                }
            }
        }

        resumeEdgesStale = false;
    }

    private void RecomputeComponents()
    {
        Recomputations++;
        if (resumeEdgesStale || resumeEdges.Count == 0)
        {
            RecomputeResumeEdges();
        }

        adjacency.Clear();
        foreach (var edge in fuzzyEdges.Concat(resumeEdges))
        {
            AddAdjacency(edge);
        }

        strongSets.Reset();
        foreach (var list in postings.Values)
        {
            if (list.Saturated || list.DistinctRecords < 2)
            {
                continue;
            }

            var items = list.Items;
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (items[i].Record != items[j].Record && PairStrength(items[i], items[j]) == LinkStrength.Strong)
                    {
                        strongSets.Union(items[i].Record, items[j].Record);
                    }
                }
            }
        }

        foreach (var edge in fuzzyEdges)
        {
            strongSets.Union(edge.A, edge.B);
        }

        sets.Reset();
        LinkScope(Enumerable.Range(0, records.Count).ToList(), everything: true);
    }

    /// <summary>
    /// Forms the groups again around a new record: its neighbours' groups and, one link further, the groups that a
    /// change of theirs can let in or out. Nothing outside can change (see <see cref="LinkScope"/>).
    /// </summary>
    private void RelinkAround(int index)
    {
        var scope = new HashSet<int> { index };
        foreach (var neighbour in Neighbours(index))
        {
            scope.UnionWith(sets.Members(neighbour));
        }

        foreach (var member in scope.ToList())
        {
            foreach (var neighbour in Neighbours(member))
            {
                if (!scope.Contains(neighbour))
                {
                    scope.UnionWith(sets.Members(neighbour));
                }
            }
        }

        LinkScope([.. scope], everything: false);
    }

    /// <summary>Records sharing a non-common value or a similar image or résumé with <paramref name="record"/> by a medium or strong link.</summary>
    private IEnumerable<int> Neighbours(int record)
    {
        foreach (var key in records[record].Keys)
        {
            if (key.Strength < LinkStrength.Medium || !postings.TryGetValue(key.MatchKey, out var list) || list.Saturated || list.DistinctRecords < 2)
            {
                continue;
            }

            var mine = new Posting(record, key.Kind, key.Strength);
            foreach (var other in list.Items)
            {
                if (other.Record != record && PairStrength(mine, other) >= LinkStrength.Medium)
                {
                    yield return other.Record;
                }
            }
        }

        if (adjacency.TryGetValue(record, out var edges))
        {
            foreach (var edge in edges)
            {
                yield return edge.A == record ? edge.B : edge.A;
            }
        }
    }

    /// <summary>
    /// Forms the groups of the records in <paramref name="scope"/> (whole groups, or everything): strong components as
    /// they are, then the medium evidence between components decides which join. Evidence is gathered from the scope's
    /// records, so it is complete for every component inside; pairs reaching outside the scope stay apart (they were
    /// apart before, and a change inside can only make an outside pair less acceptable, never more).
    /// </summary>
    private void LinkScope(List<int> scope, bool everything)
    {
        var evidence = new Dictionary<(int, int), (string Family, bool Several)>();
        void Evidence(int a, int b, string family)
        {
            var key = a < b ? (a, b) : (b, a);
            if (!evidence.TryGetValue(key, out var current))
            {
                evidence[key] = (family, false);
            }
            else if (!current.Several && !string.Equals(current.Family, family, StringComparison.Ordinal))
            {
                evidence[key] = (current.Family, true);
            }
        }

        foreach (var record in scope)
        {
            var root = strongSets.Find(record);
            foreach (var key in records[record].Keys)
            {
                if (key.Strength < LinkStrength.Medium || !postings.TryGetValue(key.MatchKey, out var list) || list.Saturated || list.DistinctRecords < 2)
                {
                    continue;
                }

                var mine = new Posting(record, key.Kind, key.Strength);
                foreach (var other in list.Items)
                {
                    if (other.Record == record || PairStrength(mine, other) != LinkStrength.Medium)
                    {
                        continue;
                    }

                    var otherRoot = strongSets.Find(other.Record);
                    if (otherRoot != root)
                    {
                        Evidence(root, otherRoot, Family(mine, other));
                    }
                }
            }

            if (adjacency.TryGetValue(record, out var edges))
            {
                foreach (var edge in edges)
                {
                    if (edge.Kind == LinkKinds.Resume && strongSets.Find(edge.A == record ? edge.B : edge.A) is var otherRoot && otherRoot != root)
                    {
                        Evidence(root, otherRoot, LinkKinds.Resume);
                    }
                }
            }
        }

        HashSet<int>? inScope = everything ? null : [.. scope];
        if (!everything)
        {
            sets.Detach(scope);
        }

        foreach (var record in scope)
        {
            sets.Union(record, strongSets.Find(record));
        }

        // First the links between people (résumés, referrals, references), then the places they share (addresses, IPs),
        // each under the same rule: a place shared by two teams is a forwarder or an exit, not proof they are one.
        JoinPass([.. evidence.Where(e => !IsPlace(e.Value.Family) || e.Value.Several)], inScope);
        JoinPass([.. evidence.Where(e => IsPlace(e.Value.Family) && !e.Value.Several)], inScope);
    }

    /// <summary>
    /// Joins the current sets by medium evidence: two sets of more than one record join only on evidence of two kinds; a
    /// single record joins a set unless it ties by one kind of value to several (it would only bridge them); two single
    /// records join. Sizes are taken before any join, so the order of pairs never matters.
    /// </summary>
    private void JoinPass(List<KeyValuePair<(int, int), (string Family, bool Several)>> evidence, HashSet<int>? inScope)
    {
        var units = new Dictionary<(int, int), (string Family, bool Several)>();
        foreach (var ((a, b), found) in evidence)
        {
            var (x, y) = (sets.Find(a), sets.Find(b));
            if (x == y)
            {
                continue;
            }

            var key = x < y ? (x, y) : (y, x);
            units[key] = units.TryGetValue(key, out var current)
                ? (current.Family, current.Several || found.Several || !string.Equals(current.Family, found.Family, StringComparison.Ordinal))
                : found;
        }

        var sizes = units.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().ToDictionary(r => r, sets.SizeOf);
        bool IsGroup(int root) => sizes[root] > 1;
        var bridges = new Dictionary<int, int>();
        foreach (var ((a, b), found) in units)
        {
            if (!found.Several && IsGroup(a) != IsGroup(b))
            {
                var single = IsGroup(a) ? b : a;
                bridges[single] = bridges.GetValueOrDefault(single) + 1;
            }
        }

        foreach (var ((a, b), found) in units)
        {
            var join = found.Several
                || (!IsGroup(a) && !IsGroup(b))
                || (IsGroup(a) != IsGroup(b) && bridges.GetValueOrDefault(IsGroup(a) ? b : a) < 2);
            if (join && (inScope is null || (inScope.Contains(a) && inScope.Contains(b))))
            {
                sets.Union(a, b);
            }
        }
    }

    private static bool IsPlace(string family) => family is LinkKinds.Address or LinkKinds.IpInWindow;

    /// <summary>The kind of evidence a medium link is, for telling independent values apart (an address and an IP are two; two addresses are one).</summary>
    private static string Family(Posting a, Posting b)
    {
        if (a.Kind == LinkKinds.ReferenceContact || b.Kind == LinkKinds.ReferenceContact || a.Kind == LinkKinds.Referral)
        {
            return LinkKinds.Referral;
        }

        return a.Kind == LinkKinds.EquipmentAddress ? LinkKinds.Address : a.Kind;
    }

    private void AddAdjacency(FuzzyEdge edge)
    {
        foreach (var end in new[] { edge.A, edge.B })
        {
            if (!adjacency.TryGetValue(end, out var list))
            {
                adjacency[end] = list = [];
            }

            list.Add(edge);
        }
    }

    /// <summary>The links of one component, found from its members' own values (no scan of the whole index).</summary>
    private List<NetworkLink> LinksOf(List<int> members, int root)
    {
        var result = new List<NetworkLink>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var key in records[member].Keys)
            {
                var matchKey = key.MatchKey;
                if (!done.Add(matchKey) || !postings.TryGetValue(matchKey, out var list) || list.Saturated || list.DistinctRecords < 2)
                {
                    continue;
                }

                EmitStar(matchKey, list, root, (_, link) => result.Add(link));
            }
        }

        foreach (var member in members)
        {
            if (adjacency.TryGetValue(member, out var edges))
            {
                foreach (var edge in edges)
                {
                    // Each edge once (from its first end), and only inside the group.
                    if (edge.A == member && sets.Find(edge.B) == root)
                    {
                        result.Add(FuzzyLink(edge));
                    }
                }
            }
        }

        return result;
    }

    private NetworkLink FuzzyLink(FuzzyEdge edge) =>
        new(edge.Kind, edge.Value, edge.Kind == LinkKinds.Resume ? LinkStrength.Medium : LinkStrength.Strong, records[edge.A].Id, records[edge.B].Id);

    /// <summary>A star per component: the first posting of the component links to each later record in it.</summary>
    private void EmitStar(string key, PostingList list, int? onlyRoot, Action<int, NetworkLink> emit)
    {
        var value = key[(key.IndexOf('\u001f', StringComparison.Ordinal) + 1)..];
        var first = new Dictionary<int, Posting>();
        foreach (var posting in list.Items)
        {
            var root = sets.Find(posting.Record);
            if (onlyRoot is not null && root != onlyRoot)
            {
                continue;
            }

            if (!first.TryGetValue(root, out var head))
            {
                first[root] = posting;
                continue;
            }

            if (head.Record == posting.Record)
            {
                continue;
            }

            var kind = head.Kind == posting.Kind ? head.Kind : posting.Kind == LinkKinds.ReferenceContact || head.Kind == LinkKinds.ReferenceContact ? LinkKinds.ReferenceIsApplicant : head.Kind;
            emit(root, new NetworkLink(kind, value, PairStrength(head, posting), records[head.Record].Id, records[posting.Record].Id));
        }
    }

    private Dictionary<int, List<NetworkLink>> LinksByRoot()
    {
        var result = new Dictionary<int, List<NetworkLink>>();
        void Emit(int root, NetworkLink link)
        {
            if (!result.TryGetValue(root, out var list))
            {
                result[root] = list = [];
            }

            list.Add(link);
        }

        foreach (var (key, list) in postings)
        {
            if (!list.Saturated && list.DistinctRecords >= 2)
            {
                EmitStar(key, list, null, Emit);
            }
        }

        foreach (var edge in fuzzyEdges.Concat(resumeEdges))
        {
            if (sets.Find(edge.A) == sets.Find(edge.B))
            {
                Emit(sets.Find(edge.A), FuzzyLink(edge));
            }
        }

        return result;
    }

    private NetworkGroup Describe(List<int> members, List<NetworkLink> links)
    {
        var ids = members.Select(m => records[m].Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var ordered = links
            .OrderByDescending(l => l.Strength)
            .ThenBy(l => l.Kind, StringComparer.Ordinal)
            .ThenBy(l => l.Value, StringComparer.Ordinal)
            .ThenBy(l => l.RecordA, StringComparer.Ordinal)
            .ThenBy(l => l.RecordB, StringComparer.Ordinal)
            .ToList();
        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"{ids.Count} records linked by ");
        var parts = ordered
            .Where(l => l.Strength >= LinkStrength.Medium)
            .GroupBy(l => l.Kind, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Select(l => l.Value).Distinct(StringComparer.Ordinal).Count()} shared {g.Key.Replace('_', ' ')}"));
        summary.Append(string.Join(", ", parts));
        var weak = ordered.Count(l => l.Strength == LinkStrength.Weak);
        if (weak > 0)
        {
            summary.Append(CultureInfo.InvariantCulture, $"; supported by {weak} weak link{(weak == 1 ? string.Empty : "s")}");
        }

        return new NetworkGroup(GroupId(ids[0]), ids, ordered, summary.ToString());
    }

    private static LinkStrength PairStrength(Posting a, Posting b)
    {
        if (a.Kind == LinkKinds.ReferenceContact && b.Kind == LinkKinds.ReferenceContact)
        {
            return LinkStrength.Weak;
        }

        return (LinkStrength)Math.Min((int)a.Strength, (int)b.Strength);
    }

    private static ulong Chunk(ulong hash, int chunk, int chunks)
    {
        var width = 64 / chunks;
        var start = chunk * width;
        var bits = chunk == chunks - 1 ? 64 - start : width;
        var mask = bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;
        return (hash >> start) & mask;
    }
}
