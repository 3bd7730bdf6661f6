using Cordon.Matching.Explanation;
using Cordon.Matching.Normalisation;
using Cordon.Matching.Scoring;

namespace Cordon.Matching;

/// <summary>
/// The steps of one algorithm version: how a name is normalised and how two normalised names are scored. v1 is the
/// released pipeline unchanged; v2 normalises with <see cref="NameNormaliserV2"/>, compares same-script Hangul, Han and
/// kana as written (<see cref="ScriptAwareSimilarity"/>) and caps a score when a discriminating token disagrees
/// (<see cref="Discriminators"/>).
/// </summary>
internal sealed class NamePipeline
{
    private NamePipeline(bool v2) => IsV2 = v2;

    /// <summary>cordon-name-v1.</summary>
    public static NamePipeline V1 { get; } = new(false);

    /// <summary>cordon-name-v2.</summary>
    public static NamePipeline V2 { get; } = new(true);

    /// <summary>True for cordon-name-v2.</summary>
    public bool IsV2 { get; }

    /// <summary>Normalises a name.</summary>
    public NormalisedName Normalise(string name) => IsV2 ? NameNormaliserV2.Normalise(name) : NameNormaliser.Normalise(name);

    /// <summary>Scores two normalised names (see <see cref="NameScorer.Score"/>).</summary>
    public double Score(
        NormalisedName query, float[] queryWeights, NormalisedName candidate, float[] candidateWeights, MatchingOptions o,
        bool person, bool strictOrder, List<TokenAlignment>? trace, List<string>? notes)
    {
        var score = NameScorer.Score(query, queryWeights, candidate, candidateWeights, o, person, person, strictOrder, trace, notes, scriptAware: IsV2, lineageCost: IsV2 ? o.LineageTokenCost : null,
            coreConflictPenalty: IsV2 ? o.CoreNameConflictPenalty : null);
        return IsV2 ? Discriminators.Cap(query, candidate, score, o, person, notes) : score;
    }
}
