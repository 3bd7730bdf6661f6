using Cordon.Matching.Index;

namespace Cordon.Matching.Features;

/// <summary>Everything a feature may look at for one (query, entry) pair. <see cref="ScoreSoFar"/> is the score after the features before it.</summary>
internal sealed class FeatureInput
{
    public required ParsedSubject Query { get; init; }

    public required IndexedEntity Entity { get; init; }

    /// <summary>The entry's best-matching name, null when the entry was found by identifier only.</summary>
    public IndexedName? Name { get; init; }

    public double NameScore { get; init; }

    public required MatchingOptions Options { get; init; }

    /// <summary>When false, features skip building reason strings (the fast path).</summary>
    public bool Explain { get; init; }

    /// <summary>Description of an exact identifier match, null when none.</summary>
    public string? IdentifierMatch { get; init; }

    public double ScoreSoFar { get; set; }

    /// <summary>Set by the date-of-birth and nationality features when they agree; lifts the weak-alias cap.</summary>
    public bool Corroborated { get; set; }
}
