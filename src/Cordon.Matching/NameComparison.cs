using System.Globalization;
using System.Text;
using Cordon.Matching.Explanation;

namespace Cordon.Matching;

/// <summary>The comparison of two names on their own: score and token alignment.</summary>
/// <param name="Algorithm">Algorithm name and version.</param>
/// <param name="Name1">The first name (the query side).</param>
/// <param name="Name2">The second name (the candidate side).</param>
/// <param name="Score">Name score, 0–1.</param>
/// <param name="Tokens">How each token was accounted for.</param>
/// <param name="Notes">Caps applied (e.g. only generic words agree), empty when none.</param>
public sealed record NameComparison(
    string Algorithm, string Name1, string Name2, double Score, IReadOnlyList<TokenAlignment> Tokens, IReadOnlyList<string> Notes)
{
    /// <summary>A readable multi-line summary.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Algorithm}: '{Name1}' vs '{Name2}' → {Score:0.000}").AppendLine();
        foreach (var token in Tokens)
        {
            sb.Append("  token ").Append(token).AppendLine();
        }

        foreach (var note in Notes)
        {
            sb.Append("  note: ").Append(note).AppendLine();
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
