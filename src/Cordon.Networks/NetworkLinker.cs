using System.Globalization;
using System.Numerics;
using System.Text;
using Cordon.Risk;

namespace Cordon.Networks;

/// <summary>
/// Links records into groups run by one party. Exact values are indexed in hash maps from value to records; images in a
/// multi-index over hash chunks (pigeonhole: within distance d, one of d+1 chunks is equal); résumés in MinHash LSH bands.
/// Strong links always join records. Medium links join two records or groups only when they are of two independent kinds
/// (an address and a résumé, a referral and a reference): one shared flat, forwarder or résumé template never joins
/// strangers. Weak links (the same IP on the same day, /24, ASN, e-mail pattern, coworking, university and forwarder
/// addresses) only support a group already formed.
/// A value held by more records than the frequency limit links nothing (the cap <see cref="NetworkLinkerOptions.DocumentFrequencyLimit"/>,
/// lower in small populations: <see cref="NetworkLinkerOptions.CommonShare"/>); when a
/// value, résumé shingle or résumé band crosses that limit, the links of the records that held it are formed again, and
/// their groups (and the groups around them) with them, so incremental linking always equals a full build without
/// rebuilding everything. Not thread-safe.
/// </summary>
public sealed class NetworkLinker
{
    private readonly NetworkLinkerOptions options;
    private readonly List<LinkedRecord> records = [];
    private readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);
    // Values are numbered once: each record keeps the numbers of its values, so regrouping never hashes a string again.
    private readonly Dictionary<string, int> valueIds = new(StringComparer.Ordinal);
    private readonly List<string> valueKeys = [];
    private readonly List<PostingList> postings = [];

    // Images: every image numbered; a multi-index over hash chunks with chains through arrays (see LinkImages).
    private readonly List<ulong> imageHashes = [];
    private readonly List<int> imageRecord = [];
    private readonly List<int> imageSlot = [];
    private readonly List<int> imageNext = [];
    private readonly Dictionary<ulong, int> imageHeads = [];
    private readonly int imageChunks;
    private readonly int imageChunkRadius;
    private readonly Dictionary<string, ulong> familyCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<int>> resumeIndex = [];
    private readonly List<FuzzyEdge> fuzzyEdges = [];
    private readonly List<FuzzyEdge> resumeEdges = [];
    private readonly Dictionary<ulong, int> shingleFrequency = [];
    private readonly UnionFind sets = new();
    private readonly UnionFind strongSets = new();
    private readonly Dictionary<int, List<FuzzyEdge>> adjacency = [];

    // The frequency limits at the current population size (see NetworkLinkerOptions.CommonShare).
    private int documentLimit;
    private int addressLimit;

    /// <summary>Creates an empty linker.</summary>
    /// <param name="options">Options; defaults when null.</param>
    public NetworkLinker(NetworkLinkerOptions? options = null)
    {
        this.options = options ?? NetworkLinkerOptions.Default;
        if (this.options.MaxImageHammingDistance is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxImageHammingDistance must be between 0 and 15.");
        }

        if (this.options.DocumentFrequencyLimit < 1 || this.options.AddressFrequencyLimit < 1 || this.options.MinFrequencyLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "DocumentFrequencyLimit, AddressFrequencyLimit and MinFrequencyLimit must be at least 1.");
        }

        if (this.options.CommonShare is < 0 or > 1 or double.NaN)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "CommonShare must be between 0 and 1.");
        }

        RefreshLimits();

        // Pigeonhole: two hashes within distance d differ, in one of m chunks, by at most d / m bits. Fewer, wider chunks
        // probed with every one-bit variant keep buckets small at millions of images (m = ceil((d + 1) / 2), radius 0 or 1).
        var d = this.options.MaxImageHammingDistance;
        imageChunks = (d + 2) / 2;
        imageChunkRadius = d / imageChunks;
    }

    /// <summary>The number of records linked.</summary>
    public int Count => records.Count;

    /// <summary>True when a record with this id has been linked.</summary>
    /// <param name="id">The record id.</param>
    /// <returns>Whether it is known.</returns>
    public bool Contains(string id) => indexById.ContainsKey(id);

    /// <summary>
    /// How many additions formed again the groups of records other than the new one's neighbours, because a value, résumé
    /// shingle or band crossed the frequency limit (groups the new record never touched may then have changed).
    /// </summary>
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
        Link(keys);
        return GroupOf(keys.Id);
    }

    /// <summary>Links one new record into the existing groups.</summary>
    /// <param name="record">The record; its id must be new.</param>
    /// <returns>The group the record now belongs to, or null when it is linked to nothing.</returns>
    public NetworkGroup? Add(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Link(record);
        return GroupOf(record.Id);
    }

    /// <summary>
    /// Links one new record, whose keys were already extracted with this linker's options, without describing its group:
    /// describing (members, links, explanation) costs as much as the group is large, and a caller linking a batch
    /// describes the groups once, after the last record (<see cref="GroupOf"/>).
    /// </summary>
    /// <param name="keys">The record's keys; its id must be new.</param>
    public void Link(RecordKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Index(keys, linkNow: true);
    }

    /// <summary>Links one new record into the existing groups without describing its group (see <see cref="Link(RecordKeys)"/>).</summary>
    /// <param name="record">The record; its id must be new.</param>
    public void Link(ApplicationRecord record) => Index(LinkKeyExtractor.Extract(record, options), linkNow: true);

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
        for (var v = 0; v < postings.Count; v++)
        {
            var (key, list) = (valueKeys[v], postings[v]);
            if (Common(list) || list.DistinctRecords < minIdentities || !key.StartsWith(LinkKinds.Address + "\u001f", StringComparison.Ordinal))
            {
                continue;
            }

            var receivers = Enumerable.Range(0, list.Count).Select(i => list[i]).Where(p => p.Kind == LinkKinds.EquipmentAddress).Select(p => records[p.Record].Id).Distinct().ToList();
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
            if (ids.Count >= minIdentities && ids.Count <= documentLimit && (isResidentialIp is null || isResidentialIp(ip)))
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

        if (records.Count >= 1 << 30)
        {
            throw new InvalidOperationException("A linker holds at most 2^30 records.");
        }

        var index = records.Count;
        var values = new RecordValue[keys.Keys.Count];
        records.Add(new LinkedRecord(keys.Id, values, keys.Images, keys.Resume?.Shingles, keys.Resume?.Bands, keys.Ips));
        indexById[keys.Id] = index;
        sets.AddOne();
        strongSets.AddOne();
        // While the population is small the limits grow with it; a value that was common may then link again. That happens
        // at most (cap - floor) times, all below cap / CommonShare records, and the groups are then formed again from the
        // index (nothing is extracted again), as a full build would.
        var limitsRose = RefreshLimits();
        var regroupAll = linkNow && limitsRose;
        linkNow &= !limitsRose;
        // Records whose groups held together partly through a value that has just become common: only their groups (and
        // the groups around them) are formed again, not the whole population.
        var affected = new List<int>();
        for (var k = 0; k < values.Length; k++)
        {
            var key = keys.Keys[k];
            var matchKey = key.MatchKey;
            if (!valueIds.TryGetValue(matchKey, out var valueId))
            {
                valueId = postings.Count;
                valueIds[matchKey] = valueId;
                valueKeys.Add(matchKey);
                postings.Add(new PostingList(key.Space == LinkKinds.Address, IsIdentifier(key.Space)));
            }

            values[k] = new RecordValue(valueId, key.Kind, key.Strength);
            var list = postings[valueId];
            var posting = new Posting(index, key.Kind, key.Strength);
            if (list.Add(posting, LimitOf(list), list.IsAddress ? options.AddressFrequencyLimit : options.DocumentFrequencyLimit) is { } crossed)
            {
                if (LinksAnything(crossed))
                {
                    affected.AddRange(crossed.Select(p => p.Record));
                }
            }
            else if (linkNow && !Common(list))
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var other = list[i];
                    if (other.Record != index && PairStrength(posting, other) == LinkStrength.Strong)
                    {
                        strongSets.Union(index, other.Record);
                    }
                }
            }
        }

        LinkImages(index, keys, linkNow);
        var resumesAffected = LinkResume(index, keys, linkNow);
        if (linkNow)
        {
            if (affected.Count > 0 || resumesAffected.Count > 0)
            {
                Recomputations++;
            }

            RelinkAround([index, .. affected, .. resumesAffected], rebuildStrong: affected.Count > 0);
        }

        if (regroupAll)
        {
            RecomputeComponents();
        }

        return index;
    }

    /// <summary>
    /// Finds the earlier images within the Hamming distance of this record's images: for each chunk, the bucket of the
    /// chunk's bits and of every variant within the chunk radius; a pair is taken in the first chunk close enough, so once.
    /// </summary>
    private void LinkImages(int index, RecordKeys keys, bool linkNow)
    {
        var d = options.MaxImageHammingDistance;
        for (var m = 0; m < keys.Images.Count; m++)
        {
            var image = keys.Images[m];
            for (var c = 0; c < imageChunks; c++)
            {
                var bits = Chunk(image.Hash, c, imageChunks);
                var width = ChunkWidth(c, imageChunks);
                for (var flip = -1; flip < (imageChunkRadius == 0 ? 0 : width); flip++)
                {
                    var probe = flip < 0 ? bits : bits ^ (1UL << flip);
                    if (!imageHeads.TryGetValue(BucketKey(c, probe), out var other))
                    {
                        continue;
                    }

                    for (; other >= 0; other = imageNext[(other * imageChunks) + c])
                    {
                        var record = imageRecord[other];
                        var otherHash = imageHashes[other];
                        var distance = BitOperations.PopCount(image.Hash ^ otherHash);
                        if (record == index || distance > d || FirstCloseChunk(image.Hash, otherHash) != c)
                        {
                            continue;
                        }

                        var otherImage = records[record].Images[imageSlot[other]];
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
            }

            var number = imageHashes.Count;
            imageHashes.Add(image.Hash);
            imageRecord.Add(index);
            imageSlot.Add(m);
            for (var c = 0; c < imageChunks; c++)
            {
                var bucket = BucketKey(c, Chunk(image.Hash, c, imageChunks));
                imageNext.Add(imageHeads.TryGetValue(bucket, out var head) ? head : -1);
                imageHeads[bucket] = number;
            }
        }
    }

    private int FirstCloseChunk(ulong a, ulong b)
    {
        for (var c = 0; c < imageChunks; c++)
        {
            if (BitOperations.PopCount(Chunk(a, c, imageChunks) ^ Chunk(b, c, imageChunks)) <= imageChunkRadius)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>A chunk is at most 32 bits wide when there are several, so its number fits above the bits; one chunk is the whole hash.</summary>
    private ulong BucketKey(int chunk, ulong bits) => imageChunks == 1 ? bits : ((ulong)(chunk + 1) << 40) | bits;

    /// <summary>
    /// Indexes a résumé's shingles and bands and, when linking now, forms its résumé edges. A shingle or band that crosses
    /// the frequency limit changes the comparisons of the résumés holding it (a shingle leaves their distinctive sets, a
    /// band stops proposing their pairs): their résumé edges are formed again, and they are returned for regrouping.
    /// </summary>
    private List<int> LinkResume(int index, RecordKeys keys, bool linkNow)
    {
        var changed = new List<int>();
        if (keys.Resume is null)
        {
            return changed;
        }

        var limit = documentLimit;
        List<ulong>? crossedShingles = null;
        foreach (var shingle in keys.Resume.Shingles)
        {
            var df = shingleFrequency.GetValueOrDefault(shingle) + 1;
            shingleFrequency[shingle] = df;
            if (df == limit + 1)
            {
                (crossedShingles ??= []).Add(shingle);
            }
        }

        var indexed = keys.Resume.Shingles.Count >= options.MinResumeShingles;
        var affected = new HashSet<int> { index };
        if (indexed)
        {
            foreach (var band in keys.Resume.Bands)
            {
                if (!resumeIndex.TryGetValue(band, out var list))
                {
                    resumeIndex[band] = list = [];
                }

                // A band shared by more résumés than the frequency limit is a template, like any common value: it
                // proposes no candidates (and never an all-pairs comparison).
                list.Add(index);
                if (list.Count == limit + 1)
                {
                    affected.UnionWith(list);
                }
            }
        }

        if (!linkNow)
        {
            return changed;
        }

        if (crossedShingles is not null)
        {
            for (var r = 0; r < index; r++)
            {
                if (records[r].Shingles is { } shingles && crossedShingles.Exists(s => Holds(shingles, s)))
                {
                    affected.Add(r);
                }
            }
        }

        if (!indexed && affected.Count == 1)
        {
            return changed;
        }

        if (affected.Count > 1)
        {
            resumeEdges.RemoveAll(e => affected.Contains(e.A) || affected.Contains(e.B));
            foreach (var record in affected)
            {
                if (adjacency.TryGetValue(record, out var edges))
                {
                    foreach (var edge in edges.Where(e => e.Kind == LinkKinds.Resume).ToList())
                    {
                        var other = edge.A == record ? edge.B : edge.A;
                        adjacency[other].Remove(edge);
                        edges.Remove(edge);
                    }
                }
            }
        }

        var pairs = new SortedSet<(int, int)>();
        foreach (var record in affected)
        {
            if (records[record].Bands is not { } bands || records[record].Shingles!.Count < options.MinResumeShingles)
            {
                continue;
            }

            foreach (var band in bands)
            {
                var list = resumeIndex[band];
                if (list.Count > limit)
                {
                    continue;
                }

                foreach (var other in list)
                {
                    if (other != record)
                    {
                        pairs.Add(other < record ? (other, record) : (record, other));
                    }
                }
            }
        }

        foreach (var (a, b) in pairs)
        {
            if (TryResumeEdge(a, b) is { } edge)
            {
                resumeEdges.Add(edge);
                AddAdjacency(edge);
            }
        }

        changed.AddRange(affected.Where(r => r != index));
        return changed;
    }

    private static bool Holds(IReadOnlyList<ulong> sorted, ulong value)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (sorted[mid] == value)
            {
                return true;
            }

            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    /// <summary>
    /// Compares two résumés on their distinctive shingles only: shingles found in more than the frequency limit of
    /// résumés (stock phrases, shared templates) are left out, like every other common value.
    /// </summary>
    private FuzzyEdge? TryResumeEdge(int a, int b) => ResumeEdge(a, b, Distinctive(records[a].Shingles!), Distinctive(records[b].Shingles!));

    /// <summary>The shingles of a résumé held by at most the frequency limit of résumés, in order.</summary>
    private ulong[] Distinctive(IReadOnlyList<ulong> shingles)
    {
        var limit = documentLimit;
        var result = new List<ulong>(shingles.Count);
        foreach (var shingle in shingles)
        {
            if (shingleFrequency.GetValueOrDefault(shingle) <= limit)
            {
                result.Add(shingle);
            }
        }

        return [.. result];
    }

    private FuzzyEdge? ResumeEdge(int a, int b, ulong[] x, ulong[] y)
    {
        var common = MinHasher.SharedCount(x, y);
        var union = x.Length + y.Length - common;
        if (common < options.MinResumeDistinctiveShared || union == 0)
        {
            return null;
        }

        var similarity = (double)common / union;
        return similarity >= options.ResumeSimilarity
            ? new FuzzyEdge(a, b, LinkKinds.Resume, string.Create(CultureInfo.InvariantCulture, $"{common} distinctive shingles shared, jaccard {similarity:0.00}"))
            : null;
    }

    /// <summary>
    /// Every résumé pair sharing a band below the frequency limit, compared once: the pairs are packed in 64-bit numbers
    /// and sorted (no set of tuples), and each résumé's distinctive shingles are found once, not once per pair.
    /// </summary>
    private void RecomputeResumeEdges()
    {
        resumeEdges.Clear();
        var pairs = new List<ulong>();
        foreach (var list in resumeIndex.Values)
        {
            if (list.Count > documentLimit)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    pairs.Add(((ulong)(uint)list[i] << 32) | (uint)list[j]);
                }
            }
        }

        pairs.Sort();
        var distinctive = new Dictionary<int, ulong[]>();
        ulong[] Of(int record)
        {
            if (!distinctive.TryGetValue(record, out var shingles))
            {
                distinctive[record] = shingles = Distinctive(records[record].Shingles!);
            }

            return shingles;
        }

        for (var p = 0; p < pairs.Count; p++)
        {
            if (p > 0 && pairs[p] == pairs[p - 1])
            {
                continue;
            }

            var (a, b) = ((int)(pairs[p] >> 32), (int)(uint)pairs[p]);
            if (ResumeEdge(a, b, Of(a), Of(b)) is { } edge)
            {
                resumeEdges.Add(edge);
            }
        }

    }

    private void RecomputeComponents()
    {
        Recomputations++;
        RecomputeResumeEdges();

        adjacency.Clear();
        foreach (var edge in fuzzyEdges.Concat(resumeEdges))
        {
            AddAdjacency(edge);
        }

        strongSets.Reset();
        foreach (var items in postings)
        {
            if (Common(items) || items.DistinctRecords < 2)
            {
                continue;
            }

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
    /// Forms the groups again around a new record (and around the records of a value that has just become common): their
    /// neighbours' groups and, one link further, the groups that a change of theirs can let in or out. Nothing outside can
    /// change (see <see cref="LinkScope"/>).
    /// </summary>
    private void RelinkAround(List<int> seeds, bool rebuildStrong)
    {
        var scope = new HashSet<int>();
        foreach (var seed in seeds)
        {
            if (!scope.Contains(seed))
            {
                scope.UnionWith(sets.Members(seed));
            }

            foreach (var neighbour in Neighbours(seed))
            {
                if (!scope.Contains(neighbour))
                {
                    scope.UnionWith(sets.Members(neighbour));
                }
            }
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

        if (rebuildStrong)
        {
            // The scope holds whole groups, hence whole strong components: they are formed again from the values that
            // still link (a value that became common no longer does) and the image edges.
            strongSets.Detach(scope);
            foreach (var record in scope)
            {
                foreach (var key in records[record].Values)
                {
                    var list = postings[key.Value];
                    if (key.Strength < LinkStrength.Strong || Common(list) || list.DistinctRecords < 2)
                    {
                        continue;
                    }

                    var mine = new Posting(record, key.Kind, key.Strength);
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i].Record != record && PairStrength(mine, list[i]) == LinkStrength.Strong)
                        {
                            strongSets.Union(record, list[i].Record);
                        }
                    }
                }

                if (adjacency.TryGetValue(record, out var edges))
                {
                    foreach (var edge in edges)
                    {
                        if (edge.Kind != LinkKinds.Resume)
                        {
                            strongSets.Union(edge.A, edge.B);
                        }
                    }
                }
            }
        }

        LinkScope([.. scope], everything: false);
    }

    /// <summary>Records sharing a non-common value or a similar image or résumé with <paramref name="record"/> by a medium or strong link.</summary>
    private IEnumerable<int> Neighbours(int record)
    {
        foreach (var key in records[record].Values)
        {
            var list = postings[key.Value];
            if (key.Strength < LinkStrength.Medium || Common(list) || list.DistinctRecords < 2)
            {
                continue;
            }

            var mine = new Posting(record, key.Kind, key.Strength);
            for (var i = 0; i < list.Count; i++)
            {
                var other = list[i];
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
        // Evidence between two strong components, packed as (smaller root, larger root, family) in one 64-bit number and
        // sorted: a pair's entries lie together, so "one kind or several" is read off without a dictionary of tuples.
        var evidence = new List<ulong>();
        foreach (var record in scope)
        {
            var root = strongSets.Find(record);
            foreach (var key in records[record].Values)
            {
                var list = postings[key.Value];
                if (key.Strength < LinkStrength.Medium || Common(list) || list.DistinctRecords < 2)
                {
                    continue;
                }

                var mine = new Posting(record, key.Kind, key.Strength);
                for (var i = 0; i < list.Count; i++)
                {
                    var other = list[i];
                    if (other.Record == record || PairStrength(mine, other) != LinkStrength.Medium)
                    {
                        continue;
                    }

                    var otherRoot = strongSets.Find(other.Record);
                    if (otherRoot != root)
                    {
                        evidence.Add(Pack(root, otherRoot, Family(mine, other)));
                    }
                }
            }

            if (adjacency.TryGetValue(record, out var edges))
            {
                foreach (var edge in edges)
                {
                    if (edge.Kind == LinkKinds.Resume && strongSets.Find(edge.A == record ? edge.B : edge.A) is var otherRoot && otherRoot != root)
                    {
                        evidence.Add(Pack(root, otherRoot, LinkKinds.Resume));
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

        // Two sets join on medium evidence of two independent kinds (an address and a résumé, a referral and a reference);
        // one kind alone — a shared flat, a forwarder, a résumé template — never joins strangers. Joining only adds
        // evidence to the joined set, so the rule is applied until nothing changes and the result does not depend on order.
        var outside = new HashSet<int>();
        while (true)
        {
            var packed = new List<ulong>(evidence.Count);
            foreach (var entry in evidence)
            {
                var (a, b) = (sets.Find((int)(entry >> 34)), sets.Find((int)((entry >> 4) & ((1UL << 30) - 1))));
                if (a != b)
                {
                    packed.Add(Pack(a, b, (int)(entry & 15)));
                }
            }

            var joined = false;
            foreach (var (a, b, _, several) in Reduce(packed))
            {
                if (!several || sets.Find(a) == sets.Find(b))
                {
                    continue;
                }

                if (inScope is null || (inScope.Contains(a) && inScope.Contains(b)))
                {
                    sets.Union(a, b);
                    joined = true;
                }
                else
                {
                    outside.Add(inScope.Contains(a) ? b : a);
                }
            }

            if (!joined)
            {
                break;
            }

            outside.Clear();
        }

        if (outside.Count > 0)
        {
            // A set grown inside the scope now has two kinds of evidence with a group outside it: that group is formed again with it.
            var wider = new HashSet<int>(scope);
            foreach (var record in outside)
            {
                wider.UnionWith(sets.Members(record));
            }

            LinkScope([.. wider], everything: false);
        }
    }

    /// <summary>Packs an unordered pair of record indices (each below 2^30) and a family code in one sortable number.</summary>
    private ulong Pack(int a, int b, string family)
    {
        if (!familyCodes.TryGetValue(family, out var code))
        {
            familyCodes[family] = code = (ulong)familyCodes.Count;
        }

        return Pack(a, b, (int)code);
    }

    private static ulong Pack(int a, int b, int code)
    {
        var (lo, hi) = a < b ? (a, b) : (b, a);
        return ((ulong)(uint)lo << 34) | ((ulong)(uint)hi << 4) | (uint)code;
    }

    /// <summary>Sorts packed evidence and reduces it to one entry per pair: its family, and whether several families tie it.</summary>
    private List<(int A, int B, string Family, bool Several)> Reduce(List<ulong> packed)
    {
        packed.Sort();
        var names = new string[familyCodes.Count];
        foreach (var (name, code) in familyCodes)
        {
            names[code] = name;
        }

        var result = new List<(int, int, string, bool)>();
        for (var i = 0; i < packed.Count;)
        {
            var pair = packed[i] >> 4;
            var family = packed[i] & 15;
            var several = false;
            var j = i + 1;
            for (; j < packed.Count && packed[j] >> 4 == pair; j++)
            {
                several |= (packed[j] & 15) != family;
            }

            result.Add(((int)(pair >> 30), (int)(pair & ((1UL << 30) - 1)), names[family], several));
            i = j;
        }

        return result;
    }

    /// <summary>True when some pair of these postings links by a medium or strong value (a weak value only supports).</summary>
    private static bool LinksAnything(List<Posting> postings)
    {
        for (var i = 0; i < postings.Count; i++)
        {
            for (var j = i + 1; j < postings.Count; j++)
            {
                if (postings[i].Record != postings[j].Record && PairStrength(postings[i], postings[j]) >= LinkStrength.Medium)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Sets the frequency limits for the current population size; true when they changed.</summary>
    private bool RefreshLimits()
    {
        var document = options.LimitFor(options.DocumentFrequencyLimit, records.Count);
        var address = options.LimitFor(options.AddressFrequencyLimit, records.Count);
        var changed = document != documentLimit || address != addressLimit;
        (documentLimit, addressLimit) = (document, address);
        return changed;
    }

    private int LimitOf(PostingList list) => list.IsAddress ? addressLimit : list.IsIdentifier ? options.DocumentFrequencyLimit : documentLimit;

    /// <summary>
    /// A person's own identifiers keep the absolute cap at every population size: their being shared is the signal itself
    /// (eleven of 500 applicants paid into one account is a ring, not infrastructure). Places, texts and networks are
    /// shared by unrelated people in proportion to the population, so their limit is relative to it.
    /// </summary>
    private static bool IsIdentifier(string space) =>
        space is LinkKinds.Email or LinkKinds.Phone or LinkKinds.Device or LinkKinds.PayoutAccount or LinkKinds.Wallet or LinkKinds.IdentityDocument;

    /// <summary>True when more records hold the value than the limit at the current population size: it links nothing.</summary>
    private bool Common(PostingList list) => list.DistinctRecords > LimitOf(list);

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
        var done = new HashSet<int>();
        foreach (var member in members)
        {
            foreach (var (value, _, _) in records[member].Values)
            {
                var list = postings[value];
                if (!done.Add(value) || Common(list) || list.DistinctRecords < 2)
                {
                    continue;
                }

                EmitStar(valueKeys[value], list, root, (_, link) => result.Add(link));
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
        for (var i = 0; i < list.Count; i++)
        {
            var posting = list[i];
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

        for (var v = 0; v < postings.Count; v++)
        {
            if (!Common(postings[v]) && postings[v].DistinctRecords >= 2)
            {
                EmitStar(valueKeys[v], postings[v], null, Emit);
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
        var weak = ordered.Where(l => l.Strength == LinkStrength.Weak).ToList();
        if (weak.Count > 0)
        {
            // Weak kinds are counted; the networks (ASNs) are named, since "the same small ISP" is only worth something
            // when the analyst can see which one.
            var weakParts = weak
                .GroupBy(l => l.Kind, StringComparer.Ordinal)
                .Select(g =>
                {
                    var values = g.Select(l => l.Value).Distinct(StringComparer.Ordinal).ToList();
                    return g.Key == LinkKinds.Asn
                        ? "same network " + string.Join(", ", values.Take(3)) + (values.Count > 3 ? ", …" : string.Empty)
                        : string.Create(CultureInfo.InvariantCulture, $"{values.Count} shared {g.Key.Replace('_', ' ')}");
                });
            summary.Append(CultureInfo.InvariantCulture, $"; supported by {weak.Count} weak link{(weak.Count == 1 ? string.Empty : "s")} ({string.Join(", ", weakParts)})");
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

    private static int ChunkWidth(int chunk, int chunks) => chunk == chunks - 1 ? 64 - (chunk * (64 / chunks)) : 64 / chunks;

    private static ulong Chunk(ulong hash, int chunk, int chunks)
    {
        var start = chunk * (64 / chunks);
        var bits = ChunkWidth(chunk, chunks);
        var mask = bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;
        return (hash >> start) & mask;
    }
}
