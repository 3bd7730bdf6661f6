using System.Text.Json;
using Cordon.Assessments;
using Cordon.Intelligence;
using Cordon.Networks;
using Cordon.Risk;
using Cordon.Storage;
using Cordon.Cases;
using Cordon.Accounts;

namespace Cordon.Assessments;

/// <summary>
/// Links every assessed record of an organisation into network groups, adds group signals to new assessments, and keeps
/// the memberships in the store. The linker follows the store: before each use it catches up through the shared
/// <see cref="LatestRecordCache"/>, linking records assessed anywhere since (another instance, <c>cordon assess</c>), and it
/// is rebuilt when a record was erased, purged, or assessed again with a changed record. Safe to share between threads.
/// </summary>
public sealed class NetworkService : IDisposable
{
    /// <summary>The organisation the command line acts for unless told otherwise.</summary>
    public const string DefaultOrganisation = Organisation.DefaultId;

    /// <summary>Below this many new records a batch is linked record by record into the network in memory.</summary>
    private const int RebuildBatchSize = 256;

    private readonly ICordonStore _store;
    private readonly TimeProvider _time;
    private readonly NetworkLinkerOptions _options;
    private readonly IpIntelligence? _ipIntelligence;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);
    private readonly LatestRecordCache _records;
    private readonly bool _ownsRecords;

    /// <summary>Creates the service.</summary>
    /// <param name="store">The store holding assessments and memberships.</param>
    /// <param name="ipIntelligence">Tells VPN and hosting exits apart (they are shared by unrelated people); null when not loaded.</param>
    /// <param name="time">The clock.</param>
    /// <param name="records">The organisations' latest records, shared with the other services that read them; a private cache when null.</param>
    public NetworkService(ICordonStore store, IpIntelligence? ipIntelligence, TimeProvider time, LatestRecordCache? records = null)
    {
        _store = store;
        _time = time;
        _ipIntelligence = ipIntelligence;
        _options = NetworkLinkerOptions.For(ipIntelligence);
        _ownsRecords = records is null;
        _records = records ?? new LatestRecordCache(store);
    }

    /// <summary>The linker options in use.</summary>
    public NetworkLinkerOptions Options => _options;

    /// <summary>
    /// Links the records of a batch into the organisation's network and hands <paramref name="save"/> what each record
    /// takes from it (its group and group signals, in batch order) with the membership change. <paramref name="save"/>
    /// scores the records and must store them and the memberships in one transaction, so that no membership is ever stored
    /// without its assessment (a process killed mid-batch leaves neither); it runs while this organisation's network is
    /// held, so the memberships written are those of the network the batch was linked into.
    /// </summary>
    /// <param name="engine">The engine that scores the stored records' own standing (their facts as group members).</param>
    /// <param name="batch">The batch's readable records, each with its own standing.</param>
    /// <param name="save">Scores and stores the batch with the membership change (null when nothing was linked).</param>
    /// <param name="organisationId">The organisation whose network it is.</param>
    /// <param name="cancellationToken">Cancels linking and storing.</param>
    public async Task LinkAsync(
        RiskEngine engine,
        IReadOnlyList<BatchMember> batch,
        Func<IReadOnlyList<NetworkFacts>, NetworkMembershipChange?, CancellationToken, Task> save,
        string organisationId = DefaultOrganisation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            await save([], null, cancellationToken);
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var state = await StateAsync(engine, organisationId, cancellationToken);
            // A record assessed again unchanged keeps its links; one with another text may have new identifiers.
            var changed = batch.Any(a => state.Linker.Contains(a.Record.Id)
                && !string.Equals(state.Texts.GetValueOrDefault(a.Record.Id), a.Text, StringComparison.Ordinal));
            foreach (var member in batch)
            {
                state.Facts[member.Record.Id] = member.Facts with { Confirmed = state.Confirmed.Contains(member.Record.Id) };
                state.Texts[member.Record.Id] = member.Text;
            }

            // A record assessed again may have new identifiers; union-find cannot unlink, so the network is rebuilt. So it is
            // when the batch brings at least as many new records as the network holds: one build (keys extracted on every
            // core, components formed once) gives the same groups as linking them one by one, for less work.
            var added = batch.Count(m => !state.Records.ContainsKey(m.Record.Id));
            var rebuilt = changed || (added >= RebuildBatchSize && added >= state.Records.Count);
            if (rebuilt)
            {
                var all = state.Records;
                foreach (var member in batch)
                {
                    all[member.Record.Id] = member.Record;
                }

                state.Linker = NetworkLinker.Build(all.Values, _options);
            }
            else
            {
                var fresh = batch.Where(m => state.Records.TryAdd(m.Record.Id, m.Record)).Select(m => m.Record).ToList();
                foreach (var keys in fresh.AsParallel().AsOrdered().Select(r => LinkKeyExtractor.Extract(r, _options)))
                {
                    state.Linker.Link(keys);
                }
            }

            var result = new NetworkFacts[batch.Count];
            var touched = new HashSet<string>(StringComparer.Ordinal);
            var memberships = new Dictionary<string, NetworkMembership>(StringComparer.Ordinal);
            var now = _time.GetUtcNow();
            // Each group is described once per batch, however many of its members the batch holds.
            var described = new Dictionary<string, NetworkGroup?>(StringComparer.Ordinal);
            for (var i = 0; i < batch.Count; i++)
            {
                var id = batch[i].Record.Id;
                touched.Add(id);
                if (!described.TryGetValue(id, out var group))
                {
                    group = state.Linker.GroupOf(id);
                    foreach (var member in group?.Members ?? [])
                    {
                        described[member] = group;
                    }
                }

                result[i] = FactsOf(id, group, state.Facts);
                if (group is not null)
                {
                    foreach (var member in group.Members)
                    {
                        touched.Add(member);
                        memberships[member] = new NetworkMembership(organisationId, member, group.Id, group.Members.Count, now);
                    }
                }
            }

            var replaceAll = rebuilt || state.Linker.Recomputations != state.RecomputationsSaved;
            if (replaceAll)
            {
                memberships = state.Linker.Groups()
                    .SelectMany(g => g.Members.Select(m => new NetworkMembership(organisationId, m, g.Id, g.Members.Count, now)))
                    .ToDictionary(m => m.RecordId, StringComparer.Ordinal);
            }

            try
            {
                await save(result, new NetworkMembershipChange(touched, [.. memberships.Values], replaceAll), cancellationToken);
                state.RecomputationsSaved = state.Linker.Recomputations;
            }
            catch
            {
                // Nothing of the batch was stored: the network in memory holds records the store does not, so it is
                // rebuilt from the store at the next use.
                _states.Remove(organisationId);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Links a batch on its own, without the store (for <c>cordon assess --no-store</c>): groups are formed within the
    /// batch. Returns what each record takes from its group, in batch order.
    /// </summary>
    public static IReadOnlyList<NetworkFacts> LinkWithinBatch(IReadOnlyList<BatchMember> batch, NetworkLinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var linker = NetworkLinker.Build(batch.Select(a => a.Record), options);
        var facts = new Dictionary<string, MemberFacts>(batch.Count, StringComparer.Ordinal);
        foreach (var member in batch)
        {
            facts[member.Record.Id] = member.Facts;
        }

        var result = new NetworkFacts[batch.Count];
        var described = new Dictionary<string, NetworkGroup?>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var id = batch[i].Record.Id;
            if (!described.TryGetValue(id, out var group))
            {
                group = linker.GroupOf(id);
                foreach (var member in group?.Members ?? [])
                {
                    described[member] = group;
                }
            }

            result[i] = FactsOf(id, group, facts);
        }

        return result;
    }

    /// <summary>Every group of the organisation with more than one member, with its risk.</summary>
    public async Task<IReadOnlyList<(NetworkGroup Group, GroupRisk Risk)>> GroupsAsync(RiskEngine engine, string organisationId = DefaultOrganisation, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var state = await StateAsync(engine, organisationId, cancellationToken);
            return [.. state.Linker.Groups().Select(g => (g, NetworkRisk.ForGroup(g, id => state.Facts.GetValueOrDefault(id))))];
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The number of the organisation's records in its network (every stored assessed record).</summary>
    public async Task<int> RecordCountAsync(RiskEngine engine, string organisationId = DefaultOrganisation, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return (await StateAsync(engine, organisationId, cancellationToken)).Linker.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The group of one record with its risk, or null when it is linked to no other record.</summary>
    public async Task<(NetworkGroup Group, GroupRisk Risk)?> GroupOfAsync(RiskEngine engine, string recordId, string organisationId = DefaultOrganisation, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var state = await StateAsync(engine, organisationId, cancellationToken);
            return state.Linker.GroupOf(recordId) is { } group ? (group, NetworkRisk.ForGroup(group, id => state.Facts.GetValueOrDefault(id))) : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The laptop-farm view of the organisation's records: equipment addresses and residential IPs shared by several identities.</summary>
    public async Task<IReadOnlyList<SharedResource>> LaptopFarmsAsync(RiskEngine engine, string organisationId = DefaultOrganisation, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var state = await StateAsync(engine, organisationId, cancellationToken);
            var ipData = _ipIntelligence;
            return state.Linker.LaptopFarmView(2, ipData is null ? null : ip => ipData.Lookup(ip) is not { } info || !(info.IsHosting || info.IsVpn));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _gate.Dispose();
        if (_ownsRecords)
        {
            _records.Dispose();
        }
    }

    private static NetworkFacts FactsOf(string recordId, NetworkGroup? group, IReadOnlyDictionary<string, MemberFacts> facts)
    {
        if (group is null)
        {
            return NetworkFacts.None;
        }

        var shared = group.Links
            .Where(l => l.RecordA == recordId || l.RecordB == recordId)
            .Select(l => new SharedValue(l.Kind, l.Value, l.Strength.ToString().ToLowerInvariant(), l.RecordA == recordId ? l.RecordB : l.RecordA))
            .Take(50)
            .ToList();
        var context = new NetworkContext(group.Id, group.Members.Count, shared, group.Explanation);
        return new NetworkFacts(NetworkRisk.SignalsFor(recordId, group, id => facts.GetValueOrDefault(id)), context);
    }

    /// <summary>
    /// The organisation's network, brought up to date with the store: records stored since the last use are linked, and
    /// the network is rebuilt when a record it holds is no longer stored (erased or purged) or was stored again with a
    /// different text. A batch is linked and stored while the network is held (see <see cref="LinkAsync"/>), so every
    /// record the network holds has been stored by the time another use catches up.
    /// </summary>
    private async Task<State> StateAsync(RiskEngine engine, string organisationId, CancellationToken cancellationToken)
    {
        var stored = await _records.GetAsync(organisationId, cancellationToken);
        if (!_states.TryGetValue(organisationId, out var state))
        {
            state = Build(engine, stored);
            _states[organisationId] = state;
        }
        else if (!ReferenceEquals(state.Seen, stored))
        {
            CatchUp(engine, state, stored);
        }

        await RefreshConfirmedAsync(state, organisationId, cancellationToken);
        return state;
    }

    private State Build(RiskEngine engine, IReadOnlyDictionary<string, LatestRecord> stored)
    {
        var records = new Dictionary<string, ApplicationRecord>(stored.Count, StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(stored.Count, StringComparer.Ordinal);
        var facts = new Dictionary<string, MemberFacts>(stored.Count, StringComparer.Ordinal);
        var ids = new Dictionary<string, long>(stored.Count, StringComparer.Ordinal);
        foreach (var (id, latest) in stored)
        {
            records[id] = latest.Record;
            texts[id] = latest.RecordJson;
            ids[id] = latest.AssessmentId;
            if (TryReadAssessment(latest.AssessmentJson) is { } assessment)
            {
                facts[id] = MemberFacts.From(assessment, engine);
            }
        }

        return new State(NetworkLinker.Build(records.Values, _options), records, facts, new HashSet<string>(StringComparer.Ordinal))
        {
            Seen = stored,
            Texts = texts,
            AssessmentIds = ids,
            RecomputationsSaved = -1,
        };
    }

    private void CatchUp(RiskEngine engine, State state, IReadOnlyDictionary<string, LatestRecord> stored)
    {
        var rebuild = false;
        var added = new List<string>();
        foreach (var (id, latest) in stored)
        {
            if (state.AssessmentIds.TryGetValue(id, out var held) && held == latest.AssessmentId)
            {
                continue;
            }

            if (state.Records.ContainsKey(id) && !string.Equals(state.Texts.GetValueOrDefault(id), latest.RecordJson, StringComparison.Ordinal))
            {
                // Assessed again with another record: union-find cannot unlink, so the network is rebuilt.
                rebuild = true;
            }
            else if (!state.Records.ContainsKey(id))
            {
                added.Add(id);
            }

            state.Records[id] = latest.Record;
            state.Texts[id] = latest.RecordJson;
            state.AssessmentIds[id] = latest.AssessmentId;
            if (TryReadAssessment(latest.AssessmentJson) is { } assessment)
            {
                state.Facts[id] = MemberFacts.From(assessment, engine, state.Confirmed.Contains(id));
            }
        }

        foreach (var id in state.Records.Keys.Where(id => !stored.ContainsKey(id)).ToList())
        {
            // Erased or purged: it leaves the network and every cache of this service.
            state.Records.Remove(id);
            state.Texts.Remove(id);
            state.Facts.Remove(id);
            state.AssessmentIds.Remove(id);
            rebuild = true;
        }

        if (rebuild)
        {
            state.Linker = NetworkLinker.Build(state.Records.Values, _options);
            state.RecomputationsSaved = -1;
        }
        else
        {
            foreach (var id in added.Order(StringComparer.Ordinal))
            {
                state.Linker.Link(state.Records[id]);
            }
        }

        state.Seen = stored;
    }

    /// <summary>
    /// Marks as confirmed the records whose assessment case an analyst closed as rejected or reported, and unmarks those
    /// whose case was reopened or cleared since. Read from the store on every use, so a decision taken on another instance
    /// counts at once for every group the record belongs to.
    /// </summary>
    private async Task RefreshConfirmedAsync(State state, string organisationId, CancellationToken cancellationToken)
    {
        var closed = await _store.GetCasesAsync(organisationId, CaseState.Closed, int.MaxValue, cancellationToken);
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @case in closed)
        {
            // Most recently changed first: the latest closed case of a record is the analysts' current verdict on it.
            if (@case.SourceKind == CaseSourceKind.Assessment && decided.Add(@case.SourceId)
                && @case.Decision is CaseDecision.Rejected or CaseDecision.Reported)
            {
                confirmed.Add(@case.SourceId);
            }
        }

        if (confirmed.SetEquals(state.Confirmed))
        {
            return;
        }

        foreach (var id in confirmed.Union(state.Confirmed).ToList())
        {
            if (state.Facts.TryGetValue(id, out var facts))
            {
                state.Facts[id] = facts with { Confirmed = confirmed.Contains(id) };
            }
        }

        state.Confirmed.Clear();
        state.Confirmed.UnionWith(confirmed);
    }

    private static Assessment? TryReadAssessment(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Assessment>(json, AssessmentJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class State(NetworkLinker linker, Dictionary<string, ApplicationRecord> records, Dictionary<string, MemberFacts> facts, HashSet<string> confirmed)
    {
        public NetworkLinker Linker { get; set; } = linker;

        public Dictionary<string, ApplicationRecord> Records { get; } = records;

        public Dictionary<string, MemberFacts> Facts { get; } = facts;

        public HashSet<string> Confirmed { get; } = confirmed;

        public int RecomputationsSaved { get; set; }

        /// <summary>The store snapshot last caught up with.</summary>
        public required IReadOnlyDictionary<string, LatestRecord> Seen { get; set; }

        /// <summary>Each record's submitted text, to tell a record stored again unchanged from one with new identifiers.</summary>
        public required Dictionary<string, string> Texts { get; init; }

        /// <summary>The stored assessment each record was last caught up from.</summary>
        public required Dictionary<string, long> AssessmentIds { get; init; }

    }
}
