using System.Text.Json;
using Cordon.Intelligence;
using Cordon.Networks;
using Cordon.Risk;
using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>
/// Links every assessed record of an organisation into network groups, adds group signals to new assessments, and keeps
/// the memberships in the store. The linker is built once from the stored assessments, then extended record by record;
/// a record assessed again with changed identifiers makes the next use rebuild it. Safe to share between threads.
/// </summary>
public sealed class NetworkService : IDisposable
{
    /// <summary>The organisation the command line acts for unless told otherwise.</summary>
    public const string DefaultOrganisation = Organisation.DefaultId;

    private readonly ICordonStore _store;
    private readonly TimeProvider _time;
    private readonly NetworkLinkerOptions _options;
    private readonly IpIntelligence? _ipIntelligence;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    /// <summary>Creates the service.</summary>
    /// <param name="store">The store holding assessments and memberships.</param>
    /// <param name="ipIntelligence">Tells VPN and hosting exits apart (they are shared by unrelated people); null when not loaded.</param>
    /// <param name="time">The clock.</param>
    public NetworkService(ICordonStore store, IpIntelligence? ipIntelligence, TimeProvider time)
    {
        _store = store;
        _time = time;
        _ipIntelligence = ipIntelligence;
        _options = NetworkLinkerOptions.For(ipIntelligence);
    }

    /// <summary>The linker options in use.</summary>
    public NetworkLinkerOptions Options => _options;

    /// <summary>
    /// Links the assessed records of a batch into the organisation's network and returns the outcomes with their network
    /// context and group signals (scored by <paramref name="engine"/>). Memberships are saved in one transaction.
    /// </summary>
    public async Task<IReadOnlyList<AssessmentOutcome>> LinkAsync(
        RiskEngine engine,
        IReadOnlyList<AssessmentOutcome> outcomes,
        IReadOnlyList<string> records,
        string organisationId = DefaultOrganisation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(records);
        var assessed = Parse(outcomes, records);
        if (assessed.Count == 0)
        {
            return outcomes;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var state = await StateAsync(engine, organisationId, cancellationToken);
            foreach (var (_, record, assessment) in assessed)
            {
                state.Facts[record.Id] = MemberFacts.From(assessment, engine, state.Confirmed.Contains(record.Id));
            }

            var changed = assessed.Any(a => state.Linker.Contains(a.Record.Id));
            if (changed)
            {
                // A record assessed again may have new identifiers; union-find cannot unlink, so the network is rebuilt.
                var all = state.Records;
                foreach (var (_, record, _) in assessed)
                {
                    all[record.Id] = record;
                }

                state.Linker = NetworkLinker.Build(all.Values, _options);
            }
            else
            {
                foreach (var (_, record, _) in assessed)
                {
                    state.Records[record.Id] = record;
                    state.Linker.Link(record);
                }
            }

            var result = outcomes.ToArray();
            var touched = new HashSet<string>(StringComparer.Ordinal);
            var memberships = new Dictionary<string, NetworkMembership>(StringComparer.Ordinal);
            var now = _time.GetUtcNow();
            // Each group is described once per batch, however many of its members the batch holds.
            var described = new Dictionary<string, NetworkGroup?>(StringComparer.Ordinal);
            foreach (var (position, record, assessment) in assessed)
            {
                touched.Add(record.Id);
                if (!described.TryGetValue(record.Id, out var group))
                {
                    group = state.Linker.GroupOf(record.Id);
                    foreach (var member in group?.Members ?? [])
                    {
                        described[member] = group;
                    }
                }

                result[position] = result[position] with { Assessment = Apply(engine, assessment, group, state.Facts) };
                if (group is not null)
                {
                    foreach (var member in group.Members)
                    {
                        touched.Add(member);
                        memberships[member] = new NetworkMembership(organisationId, member, group.Id, group.Members.Count, now);
                    }
                }
            }

            var replaceAll = changed || state.Linker.Recomputations != state.RecomputationsSaved;
            if (replaceAll)
            {
                memberships = state.Linker.Groups()
                    .SelectMany(g => g.Members.Select(m => new NetworkMembership(organisationId, m, g.Id, g.Members.Count, now)))
                    .ToDictionary(m => m.RecordId, StringComparer.Ordinal);
            }

            try
            {
                await _store.SaveNetworkMembershipsAsync(organisationId, touched, [.. memberships.Values], replaceAll, cancellationToken);
                state.RecomputationsSaved = state.Linker.Recomputations;
            }
            catch (System.Data.Common.DbException)
            {
                // Memberships are derived from the stored records and rewritten on the next link; a conflict with another
                // instance writing the same rows must not cost the analyst the assessment itself.
                state.RecomputationsSaved = -1;
            }
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Links a batch on its own, without the store (for <c>cordon assess --no-store</c>): groups are formed within the batch.
    /// </summary>
    public static IReadOnlyList<AssessmentOutcome> LinkWithinBatch(RiskEngine engine, IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<string> records, NetworkLinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var assessed = Parse(outcomes, records);
        var linker = NetworkLinker.Build(assessed.Select(a => a.Record), options);
        var facts = assessed.ToDictionary(a => a.Record.Id, a => MemberFacts.From(a.Assessment, engine), StringComparer.Ordinal);
        var result = outcomes.ToArray();
        var described = new Dictionary<string, NetworkGroup?>(StringComparer.Ordinal);
        foreach (var (position, record, assessment) in assessed)
        {
            if (!described.TryGetValue(record.Id, out var group))
            {
                group = linker.GroupOf(record.Id);
                foreach (var member in group?.Members ?? [])
                {
                    described[member] = group;
                }
            }

            result[position] = result[position] with { Assessment = Apply(engine, assessment, group, facts) };
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

    /// <summary>Forgets the built networks, so that the next use rebuilds them from the store (after an erasure or a restore).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _states.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    private static Assessment Apply(RiskEngine engine, Assessment assessment, NetworkGroup? group, IReadOnlyDictionary<string, MemberFacts> facts)
    {
        if (group is null)
        {
            return engine.WithNetwork(assessment, [], null);
        }

        var shared = group.Links
            .Where(l => l.RecordA == assessment.Id || l.RecordB == assessment.Id)
            .Select(l => new SharedValue(l.Kind, l.Value, l.Strength.ToString().ToLowerInvariant(), l.RecordA == assessment.Id ? l.RecordB : l.RecordA))
            .Take(50)
            .ToList();
        var context = new NetworkContext(group.Id, group.Members.Count, shared, group.Explanation);
        var signals = NetworkRisk.SignalsFor(assessment.Id, group, id => facts.GetValueOrDefault(id));
        return engine.WithNetwork(assessment, signals, context);
    }

    private async Task<State> StateAsync(RiskEngine engine, string organisationId, CancellationToken cancellationToken)
    {
        if (_states.TryGetValue(organisationId, out var state))
        {
            await RefreshConfirmedAsync(state, organisationId, cancellationToken);
            return state;
        }

        var stored = await _store.GetLatestAssessmentsAsync(organisationId, cancellationToken);
        var records = new Dictionary<string, ApplicationRecord>(StringComparer.Ordinal);
        var facts = new Dictionary<string, MemberFacts>(StringComparer.Ordinal);
        foreach (var row in stored)
        {
            if (ApplicationReader.Read(row.RecordJson).Record is { } record)
            {
                records[record.Id] = record;
                if (TryReadAssessment(row.AssessmentJson) is { } assessment)
                {
                    facts[record.Id] = MemberFacts.From(assessment, engine);
                }
            }
        }

        state = new State(NetworkLinker.Build(records.Values, _options), records, facts, new HashSet<string>(StringComparer.Ordinal));
        _states[organisationId] = state;
        await RefreshConfirmedAsync(state, organisationId, cancellationToken);
        return state;
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

    private static List<(int Position, ApplicationRecord Record, Assessment Assessment)> Parse(IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<string> records)
    {
        var result = new List<(int, ApplicationRecord, Assessment)>();
        foreach (var outcome in outcomes)
        {
            if (outcome.Assessment is { } assessment && ApplicationReader.Read(records[outcome.Position]).Record is { } record)
            {
                result.Add((outcome.Position, record, assessment));
            }
        }

        return result;
    }

    private sealed class State(NetworkLinker linker, Dictionary<string, ApplicationRecord> records, Dictionary<string, MemberFacts> facts, HashSet<string> confirmed)
    {
        public NetworkLinker Linker { get; set; } = linker;

        public Dictionary<string, ApplicationRecord> Records { get; } = records;

        public Dictionary<string, MemberFacts> Facts { get; } = facts;

        public HashSet<string> Confirmed { get; } = confirmed;

        public int RecomputationsSaved { get; set; }
    }
}
