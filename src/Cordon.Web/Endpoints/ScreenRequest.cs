using Cordon.Screening;

namespace Cordon.Web.Endpoints;

/// <summary>A request to screen one subject: the subject's fields at the top level of the body, plus how many matches to return.</summary>
public sealed record ScreenRequest : SubjectInput
{
    /// <summary>Most matches to return (default 5).</summary>
    public int? Limit { get; init; }

    /// <summary>Lowest score returned (default: the algorithm's recommended threshold).</summary>
    public double? Threshold { get; init; }

    /// <summary>Name-matching algorithm (cordon-name-v1, cordon-name-v2); the default one when absent.</summary>
    public string? Algorithm { get; init; }
}
