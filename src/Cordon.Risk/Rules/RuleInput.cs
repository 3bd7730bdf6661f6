using System.Collections.Concurrent;
using Cordon.Core;
using Cordon.Matching;
using Cordon.Risk.Lookups;

namespace Cordon.Risk.Rules;

/// <summary>Everything a rule may read for one record: the record, the context, the configuration, the batch, and IP facts looked up once.</summary>
internal sealed class RuleInput
{
    private IpFacts?[]? _ipFacts;

    public RuleInput(ApplicationRecord record, int index, RiskContext context, RiskConfiguration configuration, BatchIndex batch)
    {
        Record = record;
        Index = index;
        Context = context;
        Configuration = configuration;
        Batch = batch;
    }

    public ApplicationRecord Record { get; }

    /// <summary>Position of the record in the batch.</summary>
    public int Index { get; }

    public RiskContext Context { get; }

    public RiskConfiguration Configuration { get; }

    public BatchIndex Batch { get; }

    /// <summary>DPRK-nexus reasons of the record (<see cref="DprkNexus.Reasons"/>), found once.</summary>
    public IReadOnlyList<string>? NexusReasons { get; set; }

    /// <summary>The first-pass standing (score and level from the rules) of every record of the batch, for rules that depend on other records' results; null during the first pass.</summary>
    public IReadOnlyList<(int Score, RiskLevel Level)>? FirstPass { get; init; }

    /// <summary>The look-alike finder's answer for a domain, computed once per batch; null when none or no finder.</summary>
    public LookalikeFacts? Lookalike(string domain) =>
        Context.Lookalikes is not { } finder
            ? null
            : Batch.LookalikeCache.GetOrAdd(domain, d => finder.Find(d, Context.ProtectedDomains));

    /// <summary>A phone number parsed once per batch; null when it does not parse or no parser is configured.</summary>
    public PhoneFacts? Phone(string raw) =>
        Context.Phones is not { } phones
            ? null
            : Batch.PhoneCache.GetOrAdd((raw.Trim(), Record.ClaimedLocation.Country), k => phones.Parse(k.Raw, k.Region));

    /// <summary>Sanctions screening results shared by the records of one batch (employers and holders repeat).</summary>
    public ConcurrentDictionary<(string Name, SubjectKind Kind, string? Dob, string? Nationality), IReadOnlyList<ScreeningMatch>> ScreeningCache => Batch.ScreeningCache;

    /// <summary>IP facts per session (same order as <see cref="ApplicationRecord.Sessions"/>); empty when no IP intelligence is configured.</summary>
    public IReadOnlyList<IpFacts?> IpFacts
    {
        get
        {
            if (_ipFacts is null)
            {
                var lookup = Context.IpLookup;
                var sessions = Record.Sessions;
                var facts = new IpFacts?[lookup is null ? 0 : sessions.Count];
                var cache = new Dictionary<string, IpFacts?>(StringComparer.Ordinal);
                for (var i = 0; i < facts.Length; i++)
                {
                    var ip = sessions[i].Ip.Trim();
                    if (!cache.TryGetValue(ip, out var found))
                    {
                        found = lookup!.Lookup(ip);
                        cache[ip] = found;
                    }

                    facts[i] = found;
                }

                _ipFacts = facts;
            }

            return _ipFacts;
        }
    }
}
