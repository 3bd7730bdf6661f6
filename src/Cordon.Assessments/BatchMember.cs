using Cordon.Networks;
using Cordon.Risk;

namespace Cordon.Assessments;

/// <summary>A record of a batch on its way to being scored, as network linking needs it.</summary>
/// <param name="Record">The record, read once.</param>
/// <param name="Text">The record as submitted (a record stored again with another text may have new identifiers).</param>
/// <param name="Facts">What other members of its group learn about it: its own standing, without network signals.</param>
public sealed record BatchMember(ApplicationRecord Record, string Text, MemberFacts Facts);

/// <summary>What a record takes from its network group: the group's signals and where it sits.</summary>
/// <param name="Signals">Signals from the group (family <c>network</c>); empty when none.</param>
/// <param name="Context">The group and the values linking the record; null when it is linked to no other record.</param>
public sealed record NetworkFacts(IReadOnlyList<Signal> Signals, NetworkContext? Context)
{
    /// <summary>A record linked to no other.</summary>
    public static NetworkFacts None { get; } = new([], null);
}
