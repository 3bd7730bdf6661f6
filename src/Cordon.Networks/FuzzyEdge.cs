namespace Cordon.Networks;

/// <summary>A link found by similarity rather than equality (images, résumés).</summary>
internal readonly record struct FuzzyEdge(int A, int B, string Kind, string Value);
