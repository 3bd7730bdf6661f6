using System.Globalization;
using System.Text;

namespace Cordon.Matching.Explanation;

/// <summary>
/// Why a list entry matched a query: produced by the scoring code while it scores, so it is exactly what the score
/// was made of. Serialisable with System.Text.Json.
/// </summary>
/// <param name="Algorithm">Algorithm name and version, e.g. <c>cordon-name-v1</c>.</param>
/// <param name="QueryName">The name screened.</param>
/// <param name="MatchedName">The entry's name that matched best (primary name or alias, as the list writes it).</param>
/// <param name="NameSource">"primary", "alias", "weak alias" or "derived acronym".</param>
/// <param name="WeakAlias">True when the matched name is a weak (low-quality) alias.</param>
/// <param name="NameScore">The score of the names alone, 0–1.</param>
/// <param name="Tokens">Token alignment between the query and the matched name.</param>
/// <param name="Features">Each feature's points and reason, the name feature first.</param>
/// <param name="Score">Final score, 0–1.</param>
public sealed record MatchExplanation(
    string Algorithm,
    string QueryName,
    string MatchedName,
    string NameSource,
    bool WeakAlias,
    double NameScore,
    IReadOnlyList<TokenAlignment> Tokens,
    IReadOnlyList<FeatureContribution> Features,
    double Score)
{
    /// <summary>A readable multi-line summary.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Algorithm}: '{QueryName}' vs '{MatchedName}' ({NameSource}) → {Score:0.000}");
        sb.AppendLine();
        foreach (var token in Tokens)
        {
            sb.Append("  token ").Append(token).AppendLine();
        }

        foreach (var feature in Features)
        {
            sb.Append("  ").Append(feature).AppendLine();
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
