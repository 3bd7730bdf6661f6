namespace Cordon.Intelligence;

/// <summary>A domain that imitates a protected (real) company domain.</summary>
/// <param name="Domain">The domain examined, normalised.</param>
/// <param name="Imitates">The protected domain it imitates.</param>
/// <param name="Technique">How: <c>homoglyph</c>, <c>idn-homoglyph</c>, <c>typo</c>, <c>added-word</c>, <c>hyphenation</c>, <c>tld-swap</c> or <c>subdomain</c>.</param>
/// <param name="Similarity">Similarity of the two full domains, 0 to 1 (1 − edit distance / longer length, on the visual skeletons).</param>
public sealed record LookalikeMatch(string Domain, string Imitates, string Technique, double Similarity);
