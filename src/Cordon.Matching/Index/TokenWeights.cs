using Cordon.Matching.Normalisation;
using Cordon.Matching.Scoring;

namespace Cordon.Matching.Index;

/// <summary>
/// Token weights from inverse name frequency over the indexed names: a surname shared by many listed people (Kim, Li,
/// Mohammed) says less than a rare one. The factor runs from 1 (a token in at most the distinctive share of names)
/// down to a floor, on a log scale; class weights (generic words, legal forms, initials) multiply in.
/// </summary>
internal sealed class TokenWeights
{
    private readonly Dictionary<string, int> _frequency;
    private readonly double _nameCount;
    private readonly MatchingOptions _options;
    private readonly double _reference;

    public TokenWeights(Dictionary<string, int> frequency, int nameCount, MatchingOptions options)
    {
        _frequency = frequency;
        _nameCount = Math.Max(1, nameCount);
        _options = options;
        _reference = Math.Log(1 / options.DistinctiveTokenShare);
    }

    /// <summary>Frequency factor of a token, 0–1.</summary>
    public double Factor(NameToken token)
    {
        if (!_frequency.TryGetValue(token.FrequencyKey, out var df) || df == 0)
        {
            return 1.0;
        }

        var idf = Math.Log(_nameCount / df);
        return Math.Clamp(idf / _reference, _options.MinFrequencyFactor, 1.0);
    }

    /// <summary>Weights of all tokens of a name.</summary>
    public float[] Of(NormalisedName name, bool personName)
    {
        var weights = new float[name.Tokens.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var t = name.Tokens[i];
            var cls = NameScorer.ClassWeight(t.Class, _options, personName);
            weights[i] = (float)(t.Class == TokenClass.Distinctive || personName ? cls * Factor(t) : cls);
        }

        return weights;
    }
}
