using Cordon.Risk;

namespace Cordon.Networks;

/// <summary>What is known about one member of a group from its own assessment and from analysts' decisions.</summary>
/// <param name="Id">The record id.</param>
/// <param name="Score">Its own risk score (0–100), before any network signal.</param>
/// <param name="Level">Its own risk level.</param>
/// <param name="Sanctioned">True when its assessment matched a sanctions list (name or wallet).</param>
/// <param name="Confirmed">True when an analyst confirmed it fraudulent (a case decided rejected or reported).</param>
public sealed record MemberFacts(string Id, int Score, RiskLevel Level, bool Sanctioned, bool Confirmed)
{
    /// <summary>Signal codes of the risk engine that mean a sanctions-list match.</summary>
    public static IReadOnlySet<string> SanctionsCodes { get; } = new HashSet<string>(["ID-SANCTIONS", "ID-WALLET-SANCTIONED"], StringComparer.Ordinal);

    /// <summary>The facts of an assessed record, from its own signals only.</summary>
    /// <param name="assessment">Its assessment; network signals it may carry are left out, or two members would keep raising each other.</param>
    /// <param name="engine">The engine that scores the record's own signals.</param>
    /// <param name="confirmed">Whether an analyst confirmed it fraudulent.</param>
    public static MemberFacts From(Assessment assessment, RiskEngine engine, bool confirmed = false)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(engine);
        var (score, level) = engine.OwnStanding(assessment);
        return new MemberFacts(assessment.Id, score, level, assessment.Signals.Any(s => SanctionsCodes.Contains(s.Code)), confirmed);
    }
}
