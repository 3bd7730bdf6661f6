namespace Cordon.Storage;

/// <summary>
/// A CSV batch screening started from the workspace, as every instance sees it: who started it, how far it got and how
/// it ended. The result files are read separately (<see cref="ICordonStore.GetScreeningBatchFileAsync"/>).
/// </summary>
/// <param name="Id">Random, unguessable id.</param>
/// <param name="OrganisationId">The organisation that started it; no other sees it.</param>
/// <param name="UserName">Who started it.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Total">Rows in the file.</param>
/// <param name="Screened">Rows screened so far.</param>
/// <param name="Matched">Rows with at least one match so far.</param>
/// <param name="Rejected">Rows refused so far.</param>
/// <param name="StartedAt">When it was started.</param>
/// <param name="HeartbeatAt">When the instance screening it last reported progress.</param>
/// <param name="FinishedAt">When it ended, or null while it runs.</param>
/// <param name="Failure">Why it stopped early, or null.</param>
public sealed record ScreeningBatch(
    string Id,
    string OrganisationId,
    string UserName,
    string FileName,
    int Total,
    int Screened,
    int Matched,
    int Rejected,
    DateTimeOffset StartedAt,
    DateTimeOffset HeartbeatAt,
    DateTimeOffset? FinishedAt,
    string? Failure)
{
    /// <summary>Rows done (screened or refused).</summary>
    public int Done => Screened + Rejected;

    /// <summary>True once it ended, successfully or not.</summary>
    public bool IsFinished => FinishedAt is not null;
}

/// <summary>The two files a finished batch offers.</summary>
public enum ScreeningBatchFile
{
    /// <summary>One row per match.</summary>
    Results,

    /// <summary>The rows refused, with their reasons.</summary>
    Errors,
}
