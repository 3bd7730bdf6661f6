using Cordon.Matching;
using Cordon.Matching.Explanation;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Lists;

namespace Cordon.Web.Workspace;

/// <summary>One screening hit as a card: the match, the list version it came from, and an id unique on the page.</summary>
/// <param name="Match">The match with its explanation.</param>
/// <param name="Version">The version of the entry's list that was searched, when known.</param>
/// <param name="DomId">A prefix for element ids, unique on the page.</param>
/// <param name="CanWork">True when the caller may open cases and watch customers (the actions are shown).</param>
public sealed record MatchCard(ScreeningMatch Match, ListVersionInfo? Version, string DomId, bool CanWork)
{
    /// <summary>The title of a case opened from this hit: what was screened, what it matched, and how well.</summary>
    public string CaseTitle => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"Screening hit: “{Match.Explanation.QueryName}” ↔ {Match.Entity.PrimaryName} ({Match.Entity.ListId} {Match.Entity.SourceId}, score {Match.Score:0.000})");

    /// <summary>True when the name alone is a strong match.</summary>
    public bool StrongName => ThresholdScreening.IsStrongName(Match);

    /// <summary>How a token pair agrees, in words.</summary>
    public static string Describe(AlignmentKind kind) => kind switch
    {
        AlignmentKind.Exact => "same",
        AlignmentKind.RomanisationVariant => "romanisation variant",
        AlignmentKind.Skeleton => "same consonants",
        AlignmentKind.Fuzzy => "close spelling",
        AlignmentKind.Initial => "initial",
        AlignmentKind.Missing => "missing from the listed name",
        AlignmentKind.Extra => "only in the listed name",
        AlignmentKind.DifferentCharacter => "different character",
        AlignmentKind.ShortForm => "short form",
        _ => kind.ToString(),
    };
}
