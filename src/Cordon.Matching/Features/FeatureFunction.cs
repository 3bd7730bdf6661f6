namespace Cordon.Matching.Features;

/// <summary>A scoring feature: a pure function of the pair (apart from recording corroboration for later features).</summary>
internal delegate FeatureOutcome FeatureFunction(FeatureInput input);
