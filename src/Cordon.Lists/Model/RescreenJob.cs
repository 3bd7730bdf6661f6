namespace Cordon.Lists;

/// <summary>
/// A watch-list re-screen owed after a list import: stored in the import's own transaction, done by whichever instance
/// claims it (under a lease), and done once for every older job too, since a re-screen reads the lists in force.
/// </summary>
/// <param name="Id">Job id, ascending in commit order.</param>
/// <param name="CreatedAt">When the import that owes it was committed.</param>
/// <param name="VersionIds">The list versions that import stored.</param>
/// <param name="LeasedBy">The instance working on it, or null.</param>
/// <param name="LeasedUntil">When that instance's lease runs out (another may then take the job over), or null.</param>
public sealed record RescreenJob(long Id, DateTimeOffset CreatedAt, IReadOnlyList<long> VersionIds, string? LeasedBy, DateTimeOffset? LeasedUntil);
