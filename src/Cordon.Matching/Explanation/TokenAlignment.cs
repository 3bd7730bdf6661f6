using System.Globalization;

namespace Cordon.Matching.Explanation;

/// <summary>One line of a token alignment: which query token(s) met which candidate token(s), and how.</summary>
/// <param name="QueryToken">The query token as written (two tokens joined with '+' when compared as one word), or null for <see cref="AlignmentKind.Extra"/>.</param>
/// <param name="CandidateToken">The candidate token (joined with '+' likewise), or null for <see cref="AlignmentKind.Missing"/>.</param>
/// <param name="Kind">How they agree.</param>
/// <param name="Similarity">Token similarity, 0–1.</param>
/// <param name="Weight">The weight the pair carries in the name score (distinctive words weigh more than generic words and legal forms).</param>
public sealed record TokenAlignment(string? QueryToken, string? CandidateToken, AlignmentKind Kind, double Similarity, double Weight)
{
    /// <summary>One-line description, e.g. <c>Jeong ↔ Jong: romanisation-variant 0.95 (weight 0.80)</c>.</summary>
    public override string ToString() => Kind switch
    {
        AlignmentKind.Missing => string.Create(CultureInfo.InvariantCulture, $"{QueryToken} ↔ (nothing): missing (weight {Weight:0.00})"),
        AlignmentKind.Extra => string.Create(CultureInfo.InvariantCulture, $"(nothing) ↔ {CandidateToken}: extra in candidate (weight {Weight:0.00})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{QueryToken} ↔ {CandidateToken}: {KindName(Kind)} {Similarity:0.00} (weight {Weight:0.00})"),
    };

    internal static string KindName(AlignmentKind kind) => kind switch
    {
        AlignmentKind.RomanisationVariant => "romanisation-variant",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
