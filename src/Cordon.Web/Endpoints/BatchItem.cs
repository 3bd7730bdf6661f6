using Cordon.Screening;

namespace Cordon.Web.Endpoints;

/// <summary>One subject of a batch or watch-list request: the caller's id and the subject's fields.</summary>
public sealed record BatchItem : SubjectInput
{
    /// <summary>The caller's id for this subject, echoed in the result.</summary>
    public string? Id { get; init; }
}
