namespace Cordon.Risk.Lookups;

/// <summary>A look-alike domain found.</summary>
/// <param name="Domain">The domain examined.</param>
/// <param name="Imitates">The real domain it imitates.</param>
/// <param name="Technique">homoglyph, typo, added word, tld swap, …</param>
/// <param name="Similarity">0–1.</param>
public sealed record LookalikeFacts(string Domain, string Imitates, string Technique, double Similarity);
