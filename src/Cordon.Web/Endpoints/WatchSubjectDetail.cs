using Cordon.Storage;

namespace Cordon.Web.Endpoints;

/// <summary>A watch subject with its current matches.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Matches">Its matches against the lists in force.</param>
public sealed record WatchSubjectDetail(WatchSubject Subject, IReadOnlyList<WatchMatch> Matches);
