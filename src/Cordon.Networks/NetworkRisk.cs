using System.Globalization;
using Cordon.Risk;

namespace Cordon.Networks;

/// <summary>
/// What a group's members say about each other: a sanctioned or confirmed member, or members at high risk, raise the
/// others. Each feature is a small function returning its points and reason as a <see cref="Signal"/> of family
/// <see cref="Family"/>; being in a group is never a signal by itself (families and coworkers form groups too).
/// </summary>
public static class NetworkRisk
{
    /// <summary>The risk family of network signals.</summary>
    public const string Family = "network";

    /// <summary>Source named on network signals.</summary>
    public const string Source = "A22, MS (DPRK IT workers operate in teams sharing identities, devices and payout accounts)";

    /// <summary>Points for a linked member that matched a sanctions list.</summary>
    public const double SanctionedMemberPoints = 45;

    /// <summary>Points for a linked member that an analyst confirmed fraudulent.</summary>
    public const double ConfirmedMemberPoints = 50;

    /// <summary>Points for one linked member at high or critical risk; two or more count <see cref="HighRiskMembersPoints"/>.</summary>
    public const double HighRiskMemberPoints = 20;

    /// <summary>Points for two or more linked members at high or critical risk.</summary>
    public const double HighRiskMembersPoints = 30;

    /// <summary>The network signals of one record from the other members of its group.</summary>
    /// <param name="recordId">The record assessed.</param>
    /// <param name="group">Its group.</param>
    /// <param name="facts">Facts of a member by id; null when the member has not been assessed.</param>
    /// <returns>The signals, strongest first; empty when no other member says anything.</returns>
    public static IReadOnlyList<Signal> SignalsFor(string recordId, NetworkGroup group, Func<string, MemberFacts?> facts)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(facts);
        // Only members tied to this record by strong evidence (a device, phone, e-mail, payout account, document or photo,
        // directly or through other such members) speak for it: medium links make a group, not a shared fate.
        var strong = StrongComponents(group);
        var mine = strong.GetValueOrDefault(recordId);
        var others = group.Members.Where(m => m != recordId && mine is not null && strong.GetValueOrDefault(m) == mine).Select(facts).OfType<MemberFacts>().ToList();
        var via = ViaLinks(recordId, group);
        return Collect(
            SanctionedMember(others, via),
            ConfirmedMember(others, via),
            HighRiskMembers(others, via));
    }

    /// <summary>The risk of a whole group: its highest member score, raised by what its members say about each other.</summary>
    /// <param name="group">The group.</param>
    /// <param name="facts">Facts of a member by id; null when the member has not been assessed.</param>
    /// <param name="configuration">Level thresholds.</param>
    /// <returns>The group's risk with its reasons.</returns>
    public static GroupRisk ForGroup(NetworkGroup group, Func<string, MemberFacts?> facts, RiskConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(facts);
        configuration ??= RiskConfiguration.Default;
        var members = group.Members.Select(facts).OfType<MemberFacts>().ToList();
        // Members raise each other only within a strongly linked part of the group; the group takes its strongest part.
        var strong = StrongComponents(group);
        var signals = members
            .Where(m => strong.ContainsKey(m.Id))
            .GroupBy(m => strong[m.Id], StringComparer.Ordinal)
            .Select(part => part.ToList())
            .Select(part => Collect(SanctionedMember(part, null), ConfirmedMember(part, null), HighRiskMembers(part, null)))
            .OrderByDescending(part => part.Sum(x => x.Points))
            .FirstOrDefault() ?? [];
        var top = members.OrderByDescending(m => m.Score).ThenBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault();
        var raised = Math.Min(configuration.FamilyCaps.TryGetValue(Family, out var cap) ? cap : 50, signals.Sum(s => s.Points));
        var score = (int)Math.Clamp(Math.Max(top?.Score ?? 0, Math.Round(raised, MidpointRounding.AwayFromZero)), 0, 100);
        var reasons = new List<string>();
        if (top is not null)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"highest member score {top.Score} ({top.Id}, {RiskLevels.ToText(top.Level)})"));
        }

        reasons.AddRange(signals.Select(s => s.Explanation));
        if (members.Count < group.Members.Count)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{group.Members.Count - members.Count} member(s) not assessed"));
        }

        return new GroupRisk(score, configuration.LevelOf(score), reasons);
    }

    private static Signal? SanctionedMember(List<MemberFacts> others, Dictionary<string, string>? via)
    {
        var hits = others.Where(m => m.Sanctioned).ToList();
        return hits.Count == 0 ? null : new Signal(
            "NET-SANCTIONED-MEMBER",
            "Linked to a sanctions-list match",
            Family,
            SanctionedMemberPoints,
            Evidence(hits, via, "matched a sanctions list"),
            Source,
            string.Create(CultureInfo.InvariantCulture, $"{Describe(hits, via)} in the same group matched a sanctions list."));
    }

    private static Signal? ConfirmedMember(List<MemberFacts> others, Dictionary<string, string>? via)
    {
        var hits = others.Where(m => m.Confirmed).ToList();
        return hits.Count == 0 ? null : new Signal(
            "NET-CONFIRMED-MEMBER",
            "Linked to a confirmed fraudulent account",
            Family,
            ConfirmedMemberPoints,
            Evidence(hits, via, "confirmed fraudulent by an analyst"),
            Source,
            string.Create(CultureInfo.InvariantCulture, $"{Describe(hits, via)} in the same group was confirmed fraudulent by an analyst's decision."));
    }

    private static Signal? HighRiskMembers(List<MemberFacts> others, Dictionary<string, string>? via)
    {
        var hits = others.Where(m => m.Level >= RiskLevel.High && !m.Sanctioned && !m.Confirmed).ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        return new Signal(
            "NET-HIGH-RISK-MEMBERS",
            "Linked to high-risk accounts",
            Family,
            hits.Count == 1 ? HighRiskMemberPoints : HighRiskMembersPoints,
            Evidence(hits, via, "own risk high or critical"),
            Source,
            string.Create(CultureInfo.InvariantCulture, $"{Describe(hits, via)} in the same group {(hits.Count == 1 ? "is" : "are")} at high or critical risk on {(hits.Count == 1 ? "its" : "their")} own fields."));
    }

    private static List<Evidence> Evidence(List<MemberFacts> hits, Dictionary<string, string>? via, string note) =>
        [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).Take(10).Select(h => new Evidence(
            "network.members",
            h.Id,
            string.Create(CultureInfo.InvariantCulture, $"{note}; score {h.Score}{(via is not null && via.TryGetValue(h.Id, out var link) ? "; linked by " + link : string.Empty)}")))];

    private static string Describe(List<MemberFacts> hits, Dictionary<string, string>? via)
    {
        var first = hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).First();
        var name = via is not null && via.TryGetValue(first.Id, out var link) ? $"{first.Id} (linked by {link})" : first.Id;
        return hits.Count == 1 ? "Record " + name : string.Create(CultureInfo.InvariantCulture, $"{hits.Count} records, among them {name},");
    }

    /// <summary>
    /// The strongly linked parts of a group: member id → the smallest id of its part, for members with at least one strong
    /// link; members held in the group by medium links only are left out.
    /// </summary>
    /// <param name="group">The group.</param>
    /// <returns>The part of each strongly linked member.</returns>
    public static IReadOnlyDictionary<string, string> StrongComponents(NetworkGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        foreach (var link in group.Links.Where(l => l.Strength == LinkStrength.Strong))
        {
            parent.TryAdd(link.RecordA, link.RecordA);
            parent.TryAdd(link.RecordB, link.RecordB);
            var (a, b) = (Find(link.RecordA), Find(link.RecordB));
            if (a != b)
            {
                parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
            }
        }

        return parent.Keys.ToDictionary(k => k, Find, StringComparer.Ordinal);
    }

    /// <summary>For each member directly linked to <paramref name="recordId"/>, the strongest value they share.</summary>
    private static Dictionary<string, string> ViaLinks(string recordId, NetworkGroup group)
    {
        var via = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in group.Links)
        {
            var other = link.RecordA == recordId ? link.RecordB : link.RecordB == recordId ? link.RecordA : null;
            if (other is not null && !via.ContainsKey(other))
            {
                via[other] = link.Kind.Replace('_', ' ') + " " + link.Value;
            }
        }

        return via;
    }

    private static List<Signal> Collect(params Signal?[] signals) =>
        [.. signals.OfType<Signal>().OrderByDescending(s => s.Points).ThenBy(s => s.Code, StringComparer.Ordinal)];
}

/// <summary>The risk of a group.</summary>
/// <param name="Score">0–100: the highest member score, raised by what members say about each other.</param>
/// <param name="Level">The level of the score.</param>
/// <param name="Reasons">Why, in plain language.</param>
public sealed record GroupRisk(int Score, RiskLevel Level, IReadOnlyList<string> Reasons);
