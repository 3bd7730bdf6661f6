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

    /// <summary>The first-pass assessments of the batch, for rules that depend on other records' results; null during the first pass.</summary>
    public IReadOnlyList<Assessment>? FirstPass { get; init; }

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
