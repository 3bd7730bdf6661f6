namespace Cordon.Matching.Features;

/// <summary>A feature with its documentation and function.</summary>
internal sealed record Feature(FeatureDescriptor Descriptor, FeatureFunction Evaluate);
